import type { Doc } from '../doc/doc.js'
import { paragraphs } from './01-paragraphs.js'
import { articles } from './02-articles.js'
import { sentences } from './03-sentences.js'

const YEAR = /((?:19|20)\d{2})\s*年/g
// Targets are not the page's year: 力争2025年底前, 到2035年.
const TARGET_BEFORE = /(?:到|至|力争|争取|计划|预计|目标|截至|截止)$/
const TARGET_AFTER = /^年(?:底前|前|以前|末前)/

/** Stage: articles, paragraphs and sentences of the page, and the year 今年 refers to. */
export function structure(doc: Doc): void {
  const ps = paragraphs(doc.text)
  doc.articles = articles(ps, doc.text.length)
  let a = 0
  for (const p of ps) {
    while (a + 1 < doc.articles.length && doc.articles[a + 1]!.start <= p.start) a++
    p.article = a
  }
  doc.paragraphs = ps.map(({ start, end, article, duplicate }) => ({ start, end, article, duplicate }))
  doc.sentences = sentences(ps, doc.text)
  const dated = doc.articles.find((x) => x.date)?.date
  if (dated) doc.year = Number(dated.slice(0, 4))
  else {
    // Without a printed date, 今年 is taken as the latest year the page writes out (targets aside).
    const years = [...doc.text.matchAll(YEAR)]
      .filter((m) => !TARGET_BEFORE.test(doc.text.slice(Math.max(0, m.index - 2), m.index)) && !TARGET_AFTER.test(doc.text.slice(m.index + 4)))
      .map((m) => Number(m[1]))
    doc.year = years.length ? Math.max(...years) : null
  }
}
