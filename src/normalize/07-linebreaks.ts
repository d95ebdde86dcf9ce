import { Editor, type Mapped } from './offset-map.js'
import { HAN } from '../text/chars.js'
import type { LineKinds } from '../text/line-kinds.js'
import { CLOSING_MARKS } from '../text/grammar.js'
import type { NormalizeStep } from './types.js'

const TERMINAL = new RegExp(`(?:[。！？!?；;…]|[。！？!?…][${CLOSING_MARKS})])$`)
const STRUCTURAL = new Set(['byline', 'closing', 'continued', 'masthead', 'subtitle'])
const HAN_END = new RegExp(`[${HAN}]$`)
const structural = (lines: LineKinds, line: string) => lines.opensStructure(line) || STRUCTURAL.has(lines.classify(line))
const HAN_START = new RegExp(`^[${HAN}“‘《（]`)
const HAN_ANY = new RegExp(`[${HAN}]`)

type Line = { start: number; end: number; text: string }

// The most Han characters of a line that holds a name alone (尚 红, 何伟).
const LONE_LINE_MAX = 4
const LONE_LINE = new RegExp(`^[${HAN}]{2,${LONE_LINE_MAX}}$`)
const loneShortLine = (line: string) => LONE_LINE.test(line.replace(/\s/g, ''))

function linesOf(text: string): Line[] {
  const out: Line[] = []
  let s = 0
  for (;;) {
    const i = text.indexOf('\n', s)
    const end = i < 0 ? text.length : i
    out.push({ start: s, end, text: text.slice(s, end) })
    if (i < 0) return out
    s = i + 1
  }
}

/**
 * Joins lines broken mid-sentence (…工作组成\n\n员紧紧围绕…; a narrow newspaper column broken every
 * 17 characters). A line is joined to the next non-empty one when it ends mid-sentence and the next
 * is not a byline, title or marker. Narrow-column pages (median line ≤ 30 characters) join any such
 * line; other pages only long lines (≥ 40) that end and resume in Han characters, so headings stay.
 */
export const joinBrokenLines: NormalizeStep = (m: Mapped, res) => {
  const lines = linesOf(m.text)
  const full = lines.filter((l) => l.text.trim() !== '')
  if (full.length < 2) return { out: m, warnings: [] }
  const lengths = full.map((l) => l.text.length).sort((a, b) => a - b)
  const columnar = full.length >= 20 && lengths[Math.floor(lengths.length / 2)]! <= 30
  // Where blank lines separate paragraphs, lines set directly under each other form a block (title + byline).
  let blankSeparated = 0
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i]!.text.trim() !== '' && lines[i + 1]!.text.trim() === '') blankSeparated++
  const blocksMeanSomething = blankSeparated >= 0.7 * (full.length - 1)

  const ed = new Editor(m)
  let last = 0
  let joins = 0
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!
    if (a.text.trim() === '') continue
    let j = i + 1
    while (j < lines.length && lines[j]!.text.trim() === '') j++
    if (j >= lines.length) break
    const b = lines[j]!
    const inBlock = (k: number) => k + 1 < lines.length && lines[k + 1]!.text.trim() !== ''
    if (blocksMeanSomething && (j === i + 1 || inBlock(j))) continue
    // Cheap tests first: most lines end a sentence or are too short to be broken.
    // A column's lines run to its width, its last one ends a sentence: a short line of Han characters alone
    // after it is no part of it but a name of a list set out one a line (杨关林⏎农工党辽宁省委主委⏎尚 红).
    // …a column of Han text: lines of Latin script alone (an English table set out one row a line) are not joined.
    const ok = columnar ? a.text.length >= 6 && !loneShortLine(b.text) && HAN_ANY.test(a.text) : a.text.length >= 40 && HAN_END.test(a.text) && HAN_START.test(b.text)
    if (!ok || TERMINAL.test(a.text) || structural(res.lines, b.text.trim()) || structural(res.lines, a.text.trim()) || res.lines.endsInCredit(a.text.trim())) continue
    ed.keep(last, a.end)
    last = b.start
    joins++
  }
  if (joins === 0) return { out: m, warnings: [] }
  ed.keep(last, m.text.length)
  return { out: ed.done(), warnings: [{ code: 'W_LINES_JOINED', message: `joined ${joins} line(s) broken mid-sentence` }] }
}
