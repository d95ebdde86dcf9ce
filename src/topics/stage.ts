import { append } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import { keywords } from './keywords.js'
import { scoreTopics, termHits } from './score.js'
import { loadDefaultTaxonomy } from './taxonomy.js'

/** Stage: topic tags of the whole document (and of each article, on `articles[i].topics`) and keywords. */
export const topicsStage: Stage = {
  name: 'topics',
  run(doc, draft, options) {
    const taxonomy = options.taxonomy ?? loadDefaultTaxonomy()
    // Terms are found once; paragraphs printed twice count once for the document.
    const hits = termHits(doc.text, taxonomy)
    const dup = doc.paragraphs.filter((p) => p.duplicate)
    const own = dup.length ? hits.filter((h) => !dup.some((p) => h.pos >= p.start && h.pos < p.end)) : hits
    const length = doc.paragraphs.reduce((n, p) => n + (p.duplicate ? 0 : p.end - p.start), 0)
    append(draft.topics, scoreTopics(own, length, taxonomy, options.topicThreshold))
    for (const a of doc.articles) {
      const inArticle = own.filter((h) => h.pos >= a.start && h.pos < a.end)
      a.topics = scoreTopics(inArticle, a.end - a.start, taxonomy, options.topicThreshold).map((t) => t.id)
    }
    append(draft.keywords, keywords(doc, options.keywords))
  },
}
