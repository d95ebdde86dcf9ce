/**
 * A text derived from the original input, with each UTF-16 unit mapped back to the original range it
 * came from. Normalisation steps build new `Mapped` texts from old ones; nothing downstream ever sees
 * raw offsets it must fix up.
 */
export type Mapped = {
  readonly text: string
  /** Original start of each unit of `text`. */
  readonly starts: Int32Array
  /** Original end (exclusive) of each unit of `text`. */
  readonly ends: Int32Array
  readonly originalLength: number
}

export function identity(text: string): Mapped {
  const starts = new Int32Array(text.length)
  const ends = new Int32Array(text.length)
  for (let i = 0; i < text.length; i++) { starts[i] = i; ends[i] = i + 1 }
  return { text, starts, ends, originalLength: text.length }
}

/** Original [start, end) of the derived range [s, e). An empty range maps to an empty range. */
export function toOriginal(m: Mapped, s: number, e: number): [number, number] {
  if (e <= s) {
    const at = s < m.text.length ? m.starts[s]! : m.originalLength
    return [at, at]
  }
  return [m.starts[s]!, m.ends[e - 1]!]
}

type Chunk = { keep: true; i: number; j: number } | { keep: false; i: number; j: number; str: string }

/** Builds a new Mapped text from a source Mapped text: kept runs are copied in bulk. */
export class Editor {
  private chunks: Chunk[] = []
  private length = 0
  constructor(private readonly src: Mapped) {}

  /** Copy source units [i, j) unchanged. */
  keep(i: number, j = i + 1): void {
    if (j <= i) return
    const last = this.chunks[this.chunks.length - 1]
    if (last?.keep && last.j === i) last.j = j
    else this.chunks.push({ keep: true, i, j })
    this.length += j - i
  }

  /** Write `str` in place of source units [i, j); every new unit maps to the whole replaced range. */
  replace(i: number, j: number, str: string): void {
    this.chunks.push({ keep: false, i, j, str })
    this.length += str.length
  }

  /** Whether the chunks tile the whole source in order, each replacement one unit for one unit. */
  private unitForUnit(): boolean {
    let at = 0
    for (const c of this.chunks) {
      if (c.i !== at || (!c.keep && (c.j - c.i !== 1 || c.str.length !== 1))) return false
      at = c.j
    }
    return at === this.src.text.length
  }

  done(): Mapped {
    const { src } = this
    // Only units swapped one for one (width and variant folding, brackets): every unit keeps its place and
    // its original range, so the source's maps serve as they are (on a long text, each copy is tens of MB).
    if (this.unitForUnit()) {
      return { text: this.chunks.map((c) => (c.keep ? src.text.slice(c.i, c.j) : c.str)).join(''), starts: src.starts, ends: src.ends, originalLength: src.originalLength }
    }
    const starts = new Int32Array(this.length)
    const ends = new Int32Array(this.length)
    const parts: string[] = []
    let at = 0
    for (const c of this.chunks) {
      if (c.keep) {
        starts.set(src.starts.subarray(c.i, c.j), at)
        ends.set(src.ends.subarray(c.i, c.j), at)
        parts.push(src.text.slice(c.i, c.j))
        at += c.j - c.i
      } else {
        starts.fill(src.starts[c.i]!, at, at + c.str.length)
        ends.fill(src.ends[c.j - 1]!, at, at + c.str.length)
        parts.push(c.str)
        at += c.str.length
      }
    }
    return { text: parts.join(''), starts, ends, originalLength: src.originalLength }
  }
}

/** Apply a per-match rewrite to a Mapped text: `fn` returns the replacement or null to keep the match. */
export function rewrite(src: Mapped, re: RegExp, fn: (m: RegExpExecArray) => string | null): { out: Mapped; changed: Array<[number, number]> } {
  const ed = new Editor(src)
  const changed: Array<[number, number]> = []
  let last = 0
  re.lastIndex = 0
  for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
    if (m[0].length === 0) { re.lastIndex++; continue }
    const rep = fn(m)
    if (rep === null) continue
    ed.keep(last, m.index)
    if (rep.length > 0) ed.replace(m.index, m.index + m[0].length, rep)
    changed.push([m.index, m.index + m[0].length])
    last = m.index + m[0].length
  }
  if (changed.length === 0) return { out: src, changed }
  ed.keep(last, src.text.length)
  return { out: ed.done(), changed }
}
