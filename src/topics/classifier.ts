import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js'
import { z } from 'zod'
import { defaultAnalyzer, type Analyzer } from '../analyzer.js'
import { CppccNlpError } from '../errors.js'

export const TrainingExampleSchema = z.object({ text: z.string().min(1), tag: z.string().min(1) })
export type TrainingExample = z.infer<typeof TrainingExampleSchema>

export type TopicClassifier = {
  /** Tags with their probability, best first. */
  classify(text: string): Array<{ tag: string; score: number }>
  readonly tags: string[]
}

/**
 * Trains a tagger for user-defined tags from labelled examples: natural's naive Bayes classifier
 * over the content words `analyzer` cuts (default: the default analyzer). At least two tags are needed.
 */
export function trainTopicClassifier(examples: TrainingExample[], analyzer: Analyzer = defaultAnalyzer()): TopicClassifier {
  const contentWords = (t: string) => analyzer.contentWords(t)
  const parsed = z.array(TrainingExampleSchema).min(2).safeParse(examples)
  if (!parsed.success) throw new CppccNlpError('E_INVALID_OPTIONS', `invalid training examples: ${z.prettifyError(parsed.error)}`)
  const tags = [...new Set(parsed.data.map((e) => e.tag))]
  if (tags.length < 2) throw new CppccNlpError('E_INVALID_OPTIONS', `expected examples of at least two tags, got only ${tags[0]}`)
  const bayes = new BayesClassifier()
  for (const e of parsed.data) bayes.addDocument(contentWords(e.text), e.tag)
  bayes.train()
  return {
    tags,
    classify(text: string) {
      const c = bayes.getClassifications(contentWords(text))
      const total = c.reduce((s, x) => s + x.value, 0) || 1
      return c.map((x) => ({ tag: x.label, score: x.value / total })).sort((a, b) => b.score - a.score)
    },
  }
}
