/**
 * Legacy Chinese encoders for tests, built from the platform's own decoders (every two-byte sequence
 * decoded once): Node has TextDecoder for GB18030 and Big5 but no encoder.
 */
function table(encoding: string): Map<string, number[]> {
  const dec = new TextDecoder(encoding)
  const map = new Map<string, number[]>()
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue
      const ch = dec.decode(new Uint8Array([a, b]))
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b])
    }
  }
  return map
}

const tables = new Map<string, Map<string, number[]>>()

/** Encode `text` as GB18030 or Big5; `extra` gives byte sequences for characters outside the 2-byte table (𠀀). */
export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5', extra: Record<string, number[]> = {}): Uint8Array {
  let t = tables.get(encoding)
  if (!t) { t = table(encoding); tables.set(encoding, t) }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else if (extra[ch]) out.push(...extra[ch]!)
    else {
      const bytes = t.get(ch)
      if (!bytes) throw new Error(`no ${encoding} bytes for ${ch}`)
      out.push(...bytes)
    }
  }
  return Uint8Array.from(out)
}
