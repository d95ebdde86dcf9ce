import { CPPCC, DIGIT_DATE } from '../text/grammar.js'
import type { LineKinds } from '../text/line-kinds.js'
import type { Para } from './01-paragraphs.js'
import type { ArticleInfo } from './types.js'

type Block = { first: number; last: number }

const KICKER = new RegExp(`^[\\u4e00-\\u9fff]{2,14}${CPPCC}$`)
const FULL_DATE = new RegExp(DIGIT_DATE)
const isHead = (p: Para | undefined) => p !== undefined && (p.kind === 'heading' || p.kind === 'subtitle')

/** Title blocks: headings ending in a byline, or a committee kicker over a headline (吉林市政协 / 让委员…). */
function titleBlocks(ps: Para[]): Block[] {
  const blocks: Block[] = []
  ps.forEach((p, i) => {
    if (p.kind === 'byline') {
      let k = i
      while (k > 0 && i - k < 4 && isHead(ps[k - 1])) k--
      blocks.push({ first: k, last: i })
    } else if (p.kind === 'heading' && KICKER.test(p.text) && isHead(ps[i + 1]) && ps[i + 2]?.kind !== 'byline') {
      blocks.push({ first: i, last: i + 1 })
    }
  })
  if (blocks.length === 0 || blocks[0]!.first > 0) {
    // A page that opens with headings opens with its title block even without a byline.
    let k = 0
    while (isHead(ps[k]) && k < 4) k++
    if (k > 0 && ps[k]?.kind !== 'byline') blocks.unshift({ first: 0, last: k - 1 })
  }
  return blocks
}

function isoDate(text: string): string | null {
  const m = FULL_DATE.exec(text)
  if (!m) return null
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
}

/**
 * Splits a page into articles. Most pages print a title block before the body; some (page layouts
 * exported column by column) print it AFTER: when the first title block follows 300+ characters of
 * body, every block closes the article above it. Closing bylines (（王洪玉）) end an article and
 * continuation marks (（上接4版）) start one in both layouts.
 */
export function articles(ps: Para[], textLength: number, lines: LineKinds): ArticleInfo[] {
  if (ps.length === 0) return [{ start: 0, end: textLength, title: null, subtitle: null, byline: [], date: null, head: [] }]
  const blocks = titleBlocks(ps)
  const bodyBefore = blocks[0] ? ps.slice(0, blocks[0].first).reduce((n, p) => n + (p.kind === 'body' ? p.end - p.start : 0), 0) : 0
  const trailing = bodyBefore >= 300
  const cuts = new Set<number>()
  const blockOf = new Map<number, Block>()
  for (const b of blocks) {
    const cut = trailing ? b.last + 1 : b.first
    cuts.add(cut)
    blockOf.set(trailing ? cut - 1 : cut, b)
  }
  ps.forEach((p, i) => {
    if (p.kind === 'closing') cuts.add(i + 1)
    if (p.kind === 'continued') cuts.add(i)
  })
  const starts = [...cuts].filter((c) => c > 0 && c < ps.length).sort((a, b) => a - b)
  const ranges: Array<[number, number]> = []
  let from = 0
  for (const c of [...starts, ps.length]) { ranges.push([from, c - 1]); from = c }

  const pageDate = ps.map((p) => (p.kind === 'masthead' ? isoDate(p.text) : null)).find(Boolean) ?? null
  return ranges.map(([a, z], idx) => {
    const block = trailing ? blockOf.get(z) : blockOf.get(a)
    const inBlock = block ? ps.slice(block.first, block.last + 1) : []
    const heads = inBlock.filter((p) => p.kind === 'heading')
    const sub = inBlock.find((p) => p.kind === 'subtitle')
    const title = heads.length ? heads[heads.length - 1]!.text : null
    const subtitle = sub ? sub.text : heads.length > 1 ? heads[heads.length - 2]!.text : null
    const byline = [...inBlock, ...ps.slice(a, z + 1).filter((p) => p.kind === 'closing')].filter((p) => p.kind === 'byline' || p.kind === 'closing').flatMap((p) => lines.bylineNames(p.text))
    const own = ps.slice(a, z + 1).find((p) => p.kind === 'masthead')
    const date = own ? isoDate(own.text) : idx === 0 || ranges.length === 1 ? pageDate : null
    return {
      start: idx === 0 ? 0 : ps[a]!.start,
      end: idx === ranges.length - 1 ? textLength : ps[z + 1]!.start,
      title, subtitle, byline, date,
      head: inBlock.map((p) => ({ start: p.start, end: p.end })),
    }
  })
}
