import { append } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import { keywords } from './keywords.js'
import { scoreTopics } from './score.js'
import { loadDefaultTaxonomy } from './taxonomy.js'

/** Stage: topic tags of the whole document (and of each article, on `articles[i].topics`) and keywords. */
export const topicsStage: Stage = {
  name: 'topics',
  run(doc, draft, options) {
    const taxonomy = options.taxonomy ?? loadDefaultTaxonomy()
    const text = doc.paragraphs.filter((p) => !p.duplicate).map((p) => doc.text.slice(p.start, p.end)).join('\n')
    append(draft.topics, scoreTopics(text, taxonomy, options.topicThreshold))
    doc.articles.forEach((a) => {
      a.topics = scoreTopics(doc.text.slice(a.start, a.end), taxonomy, options.topicThreshold).map((t) => t.id)
    })
    append(draft.keywords, keywords(doc, options.keywords))
  },
}
