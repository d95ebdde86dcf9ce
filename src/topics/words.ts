import { normalize } from '../normalize/index.js'
import { segmenter } from '../segment/jieba.js'
import { isKeywordCandidate } from './keywords.js'

/** Content words of a text (normalized, segmented, keyword candidates only): the features of classifiers and archive TF-IDF. */
export function contentWords(text: string): string[] {
  const clean = normalize(text).mapped.text
  return segmenter().cut(clean, true).filter(isKeywordCandidate)
}
