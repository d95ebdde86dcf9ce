/**
 * A set of UTF-16 code units as a bitset (8 KB): small enough to stay in cache while a text is
 * scanned, where a byte per unit (64 KB) is evicted by the segmenter's dictionary between documents.
 */
export class UnitSet {
  private readonly bits = new Int32Array(2048)

  /** The set of the code units of `chars`. */
  static of(chars: string): UnitSet {
    const set = new UnitSet()
    for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i))
    return set
  }

  add(unit: number): void {
    this.bits[unit >>> 5]! |= 1 << (unit & 31)
  }

  /** Whether `unit` is in the set; false for NaN (charCodeAt out of range). */
  has(unit: number): boolean {
    return (this.bits[unit >>> 5]! & (1 << (unit & 31))) !== 0
  }
}

/**
 * The next match of the sticky (`y`) expression `re` at or after `from`, tried only where `starts`
 * holds the unit: what a global search finds, without the expression's own scan over every position.
 * `starts` must hold every unit a match can begin with.
 */
export function nextMatch(text: string, from: number, starts: UnitSet, re: RegExp): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (!starts.has(text.charCodeAt(i))) continue
    re.lastIndex = i
    const m = re.exec(text)
    if (m) return m
  }
  return null
}
