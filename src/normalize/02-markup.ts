import { rewrite, type Mapped } from './offset-map.js'
import type { NormalizeStep, RawWarning } from './types.js'

// Whole lines that are page metadata of the newspaper's CMS export, not text.
const META_LINE = /^[^\n]*(?:content_\d+\.html?|enpproperty|<!--)[^\n]*$/gm
// Page header such as 第01版:要闻 on a line of its own.
const PAGE_HEADER = /^[ \t]*第\s*\d{1,3}\s*版\s*[:：][^\n]{0,12}$/gm
// HTML tags and entities left over by extraction.
const TAGS = /<\/?[a-zA-Z][^<>\n]{0,200}>|&(?:nbsp|amp|lt|gt|quot|#\d{1,6});/g
// Markdown: heading marks, emphasis, block quotes.
const MARKDOWN = /^[ \t]*#{1,6}[ \t]+|^[ \t]*>[ \t]+|\*\*|__/gm

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }

function step(m: Mapped, re: RegExp, code: string, what: string, fn: (s: string) => string): { out: Mapped; warnings: RawWarning[] } {
  const { out, changed } = rewrite(m, re, (x) => fn(x[0]))
  const warnings = changed.map(([s, e]) => ({ code, message: `${what}: ${m.text.slice(s, e).slice(0, 60)}`, start: m.starts[s]!, end: m.ends[e - 1]! }))
  return { out, warnings }
}

// A pattern can only match where one of these is in the text: a search for them is much cheaper than
// the pattern (META_LINE tries every line start).
const has = (m: Mapped, needles: readonly string[]) => needles.some((n) => m.text.includes(n))
const unchanged = (m: Mapped) => ({ out: m, warnings: [] as RawWarning[], changed: [] })

/** Removes page metadata lines, page headers, HTML tags and Markdown marks. */
export const stripMarkup: NormalizeStep = (m0) => {
  const a = has(m0, ['content_', 'enpproperty', '<!--']) ? step(m0, META_LINE, 'W_METADATA_REMOVED', 'removed page metadata line', () => '') : unchanged(m0)
  const b = has(a.out, ['版']) ? step(a.out, PAGE_HEADER, 'W_METADATA_REMOVED', 'removed page header', () => '') : unchanged(a.out)
  const c = has(b.out, ['<', '&']) ? step(b.out, TAGS, 'W_MARKUP_REMOVED', 'removed markup', (s) => (s.startsWith('&') ? (ENTITIES[s] ?? (s.startsWith('&#') ? String.fromCodePoint(Number(s.slice(2, -1))) : '')) : '')) : unchanged(b.out)
  // Markdown marks are expected in Markdown input: removed without a warning each.
  const d = has(c.out, ['#', '>', '**', '__']) ? rewrite(c.out, MARKDOWN, () => '') : unchanged(c.out)
  return { out: d.out, warnings: [...a.warnings, ...b.warnings, ...c.warnings] }
}
