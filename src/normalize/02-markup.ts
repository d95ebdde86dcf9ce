import { rewrite, type Mapped } from './offset-map.js'
import type { LineKinds } from '../text/line-kinds.js'
import type { NormalizeStep, RawWarning } from './types.js'

// Whole lines that are page metadata of the newspaper's CMS export, not text.
const META_LINE = /^[^\n]*(?:content_\d+\.html?|enpproperty|<!--)[^\n]*$/gm
// HTML tags and entities left over by extraction.
const TAGS = /<\/?[a-zA-Z][^<>\n]{0,200}>|&(?:nbsp|amp|lt|gt|quot|#\d{1,6});/g
// Markdown: heading marks, emphasis, block quotes.
const MARKDOWN = /^[ \t]*#{1,6}[ \t]+|^[ \t]*>[ \t]+|\*\*|__/gm

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }

// A whole HTML page, not a stray tag in text: removed with an HTML-aware pass instead of line rules.
const HTML_PAGE = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i
// What a reader never sees: script, style, head and template blocks, comments, CDATA, doctype, PIs.
const HTML_HIDDEN = /<(script|style|head|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>/gi
// A tag, across lines, with quoted attributes that may hold '>'.
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g
// Tags that end a line of text where they stand (else 标题</h1><p>正文 would run together).
const HTML_BLOCK = /^<\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|caption|section|article|header|footer|main|nav|aside|blockquote|pre|figure|figcaption|title|center|form)\b/i
const HTML_ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g
// The named entities of Chinese news pages (typography, symbols), beyond the five above.
const NAMED: Record<string, string> = {
  apos: "'", ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026',
  middot: '\u00b7', bull: '\u2022', times: '\u00d7', divide: '\u00f7', deg: '\u00b0', plusmn: '\u00b1', permil: '\u2030', yen: '\u00a5',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', sect: '\u00a7', para: '\u00b6', laquo: '\u00ab', raquo: '\u00bb', larr: '\u2190',
  rarr: '\u2192', uarr: '\u2191', darr: '\u2193', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', sup2: '\u00b2', sup3: '\u00b3',
  frac12: '\u00bd', frac14: '\u00bc', prime: '\u2032', Prime: '\u2033', le: '\u2264', ge: '\u2265', ne: '\u2260', micro: '\u00b5',
}

function entity(s: string): string | null {
  const body = s.slice(1, -1)
  if (body[0] !== '#') return ENTITIES[s] ?? NAMED[body] ?? null
  const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd'
}

/** An HTML page as its reader sees it: hidden blocks dropped, block tags as line ends, entities decoded. */
function stripHtml(m0: Mapped): { out: Mapped; warnings: RawWarning[] } {
  const hidden = rewrite(m0, HTML_HIDDEN, () => '')
  const tags = rewrite(hidden.out, HTML_TAG, (x) => (HTML_BLOCK.test(x[0]) ? '\n' : ''))
  const ents = rewrite(tags.out, HTML_ENTITY, (x) => entity(x[0]))
  const message = `removed HTML markup: ${hidden.changed.length} hidden blocks and comments, ${tags.changed.length} tags; decoded ${ents.changed.length} entities`
  return { out: ents.out, warnings: [{ code: 'W_MARKUP_REMOVED', message }] }
}

function step(m: Mapped, re: RegExp, code: string, what: string, fn: (s: string) => string): { out: Mapped; warnings: RawWarning[] } {
  const { out, changed } = rewrite(m, re, (x) => fn(x[0]))
  const warnings = changed.map(([s, e]) => ({ code, message: `${what}: ${m.text.slice(s, e).slice(0, 60)}`, start: m.starts[s]!, end: m.ends[e - 1]! }))
  return { out, warnings }
}

// A pattern can only match where one of these is in the text: a search for them is much cheaper than
// the pattern (META_LINE tries every line start).
const has = (m: Mapped, needles: readonly string[]) => needles.some((n) => m.text.includes(n))
const unchanged = (m: Mapped) => ({ out: m, warnings: [] as RawWarning[], changed: [] })
const metaLines = (m: Mapped, needles: readonly string[]) => (has(m, needles) ? step(m, META_LINE, 'W_METADATA_REMOVED', 'removed page metadata line', () => '') : unchanged(m))
// Page headers such as 第01版:要闻 on lines of their own.
const pageHeaders = (m: Mapped, lines: LineKinds) => (has(m, lines.pageHeader.words) ? step(m, lines.pageHeader.pattern, 'W_METADATA_REMOVED', 'removed page header', () => '') : unchanged(m))

/**
 * Removes page metadata lines, page headers, HTML tags and Markdown marks. A whole HTML page goes
 * through an HTML-aware pass first (its line rules would cut text sharing a line with markup).
 */
export const stripMarkup: NormalizeStep = (input, res) => {
  if (HTML_PAGE.test(input.text)) {
    const h = stripHtml(input)
    const a = metaLines(h.out, ['content_', 'enpproperty'])
    const b = pageHeaders(a.out, res.lines)
    return { out: b.out, warnings: [...h.warnings, ...a.warnings, ...b.warnings] }
  }
  const m0 = input
  const a = metaLines(m0, ['content_', 'enpproperty', '<!--'])
  const b = pageHeaders(a.out, res.lines)
  const c = has(b.out, ['<', '&']) ? step(b.out, TAGS, 'W_MARKUP_REMOVED', 'removed markup', (s) => (s.startsWith('&') ? (ENTITIES[s] ?? (s.startsWith('&#') ? String.fromCodePoint(Number(s.slice(2, -1))) : '')) : '')) : unchanged(b.out)
  // Markdown marks are expected in Markdown input: removed without a warning each.
  const d = has(c.out, ['#', '>', '**', '__']) ? rewrite(c.out, MARKDOWN, () => '') : unchanged(c.out)
  return { out: d.out, warnings: [...a.warnings, ...b.warnings, ...c.warnings] }
}
