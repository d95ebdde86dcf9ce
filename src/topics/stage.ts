import { defineStage } from '../pipeline/stage.js'
import { articleAt } from '../structure/types.js'
import { keywords } from './keywords.js'
import { evidenceHits } from './evidence.js'
import { RELATIVE, scoreTopics } from './score.js'

/** The longest text (characters) taken to have one subject, for the relative floor (score.ts RELATIVE). */
const ONE_SUBJECT = 3000

/** Stage: topic tags of the whole document and of each article, and keywords. */
export const topicsStage = defineStage({
  name: 'topics',
  needs: ['text', 'structure', 'tokens', 'bodyMentions', 'figures'],
  provides: ['topics', 'articleTopics', 'keywords'],
  run(doc, res) {
    const structure = doc.get('structure')
    const { taxonomy, factors, fieldNames } = res.topics
    const threshold = doc.options.topicThreshold
    const { hits: own, dup } = evidenceHits(doc, res)
    const length = structure.paragraphs.reduce((n, p) => n + (p.duplicate ? 0 : p.end - p.start), 0)
    // Each hit to its article, in one pass (articles tile the text), not every hit per article.
    const inArticle = structure.articles.map((): typeof own => [])
    for (const h of own) {
      const k = articleAt(structure, h.pos)
      const a = structure.articles[k]
      if (a && h.pos >= a.start && h.pos < a.end) inArticle[k]!.push(h)
    }
    // A text of one subject measures each tag against the best and weighs its terms by their record (precision.ts); a
    // page of several articles, or a long text (a work report, a review), has several subjects and does neither.
    const score = (hits: typeof own, length: number, oneSubject: boolean) => scoreTopics(hits, length, taxonomy, threshold, oneSubject ? RELATIVE : 0, oneSubject ? factors : [], fieldNames)
    const articleTopics = structure.articles.map((a, k) => score(inArticle[k]!, a.end - a.start, a.end - a.start <= ONE_SUBJECT).map((t) => t.id))
    return {
      topics: score(own, length, structure.articles.length <= 1 && length <= ONE_SUBJECT),
      articleTopics,
      keywords: keywords(doc.get('tokens'), (pos) => dup[pos] === 1, res.segmentation, doc.options.keywords),
    }
  },
})
