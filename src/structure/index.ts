import { defineStage } from '../pipeline/stage.js'
import { paragraphs } from './01-paragraphs.js'
import { articles } from './02-articles.js'
import { sentences } from './03-sentences.js'
import type { Structure } from './types.js'
import { YEAR } from '../text/grammar.js'

const YEARS = new RegExp(String.raw`((?:19|20)\d{2})\s*${YEAR}`, 'g')

/** Stage: articles, paragraphs and sentences of the page, and the year that 今年 refers to. */
export const structureStage = defineStage({
  name: 'structure',
  needs: ['text'],
  provides: ['structure'],
  run(doc, res) {
    const text = doc.get('text').text
    const ps = paragraphs(text, res.lines)
    const arts = articles(ps, text.length, res.lines)
    let a = 0
    for (const p of ps) {
      while (a + 1 < arts.length && arts[a + 1]!.start <= p.start) a++
      p.article = a
    }
    const structure: Structure = {
      articles: arts,
      paragraphs: ps.map(({ start, end, article, duplicate, lang }) => ({ start, end, article, duplicate, lang })),
      sentences: sentences(ps, text),
      year: null,
    }
    structure.year = pageYear(text, structure, res.dates.targetBefore, res.dates.targetAfter, res.dates.monthAfterYear)
    return { structure }
  },
})

// How far after 年 a month is looked for (2017年8月, 2017年 12 月): its number of two digits at most and its word, with a
// space either side as some pages print it (data/date-words.tsv, kind month-after-year). A copy of a few characters.
const MONTH_AFTER_YEAR_REACH = 6

/**
 * The year of 今年: the page's printed date, else the latest year it writes out, leaving out targets
 * (力争2025年底前, 到2035年) and years that date an event to a month (2017年8月, 2016年10月开工): a page
 * dates this year's events 今年8月, so a year written with its month is a year gone by, not the page's.
 */
function pageYear(text: string, s: Structure, before: RegExp, after: RegExp, monthAfterYear: RegExp): number | null {
  const dated = s.articles.find((x) => x.date)?.date
  if (dated) return Number(dated.slice(0, 4))
  const years = [...text.matchAll(YEARS)]
    .filter((m) => !before.test(text.slice(Math.max(0, m.index - 2), m.index)) && !after.test(text.slice(m.index + m[0].length - YEAR.length)) && !monthAfterYear.test(text.slice(m.index + m[0].length, m.index + m[0].length + MONTH_AFTER_YEAR_REACH)))
    .map((m) => Number(m[1]))
  return years.length ? years.reduce((a, b) => Math.max(a, b)) : null
}
