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
  needs: ['text', 'structure', 'tokens', 'bodyMentions'],
  provides: ['topics', 'articleTopics', 'keywords'],
  run(doc, res) {
    const structure = doc.get('structure')
    const { taxonomy, factors } = res.topics
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
    const articleTopics = structure.articles.map((a, k) => scoreTopics(inArticle[k]!, a.end - a.start, taxonomy, threshold, a.end - a.start > ONE_SUBJECT ? 0 : RELATIVE, a.end - a.start > ONE_SUBJECT ? [] : factors).map((t) => t.id))
    const several = structure.articles.length > 1 || length > ONE_SUBJECT
    return {
      // A page of several articles, or a long text (a work report, a review), has several subjects: no
      // tag is measured against another's. A news item of one article is.
      topics: several ? scoreTopics(own, length, taxonomy, threshold, 0) : scoreTopics(own, length, taxonomy, threshold, RELATIVE, factors),
      articleTopics,
      keywords: keywords(doc.get('tokens'), (pos) => dup[pos] === 1, res.segmentation, doc.options.keywords),
    }
  },
})
