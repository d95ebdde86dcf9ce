// natural's main entry loads every module (and dotenv, which prints to stdout); we import the two we use.
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    addDocument(doc: string[] | string, key?: unknown): void
    listTerms(d: number): Array<{ term: string; tf: number; idf: number; tfidf: number }>
    idf(term: string): number
    documents: unknown[]
  }
}
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  export default class BayesClassifier {
    addDocument(doc: string[] | string, label: string): void
    train(): void
    classify(doc: string[] | string): string
    getClassifications(doc: string[] | string): Array<{ label: string; value: number }>
  }
}
