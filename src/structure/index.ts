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
    structure.year = pageYear(text, structure, res.dates.targetBefore, res.dates.targetAfter, res.dates.planAfter)
    return { structure }
  },
})

/**
 * The year of 今年: the page's printed date, else the latest year it writes for its present, the year of a plan or
 * agenda (2018年工作要点, 列为2024年度常委会协商议题), leaving out targets (力争2025年, 2025年底前). A year written otherwise
 * may be one reported on (2020年，最高检共承办…; 2022年度…工作情况) or of a past event (2018年成为…委员), so it
 * leaves 今年 undated (dev-pages README).
 */
function pageYear(text: string, s: Structure, before: RegExp, after: RegExp, planAfter: RegExp): number | null {
  const dated = s.articles.find((x) => x.date)?.date
  if (dated) return Number(dated.slice(0, 4))
  const years = [...text.matchAll(YEARS)]
    .filter((m) => !before.test(text.slice(Math.max(0, m.index - 2), m.index)) && !after.test(text.slice(m.index + m[0].length - YEAR.length)) && planAfter.test(text.slice(m.index + m[0].length - YEAR.length)))
    .map((m) => Number(m[1]))
  return years.length ? years.reduce((a, b) => Math.max(a, b)) : null
}
