import { compromise, type Compromise } from '../english/nlp.js'

/** What compromise makes of a Latin run inside Chinese text: acronym, person, place, organization, number, code or word. */
export type LatinReader = { classify(run: string): string }

/** compromise's reading of Latin runs (compromise is loaded with the first one), remembering runs already seen. */
export function latinReader(): LatinReader {
  let nlp: Compromise | undefined
  const seen = new Map<string, string>()
  return {
    classify(run) {
      let kind = seen.get(run)
      if (kind) return kind
      nlp ??= compromise()
      const doc = nlp(run)
      if (/\d/.test(run) && /[A-Za-z]/.test(run)) kind = doc.has('#Acronym') ? 'acronym' : 'code'
      else if (doc.has('#Value')) kind = 'number'
      else if (doc.has('#Acronym') || /^[A-Z]{2,6}$/.test(run)) kind = 'acronym'
      else if (doc.has('#Person')) kind = 'person'
      else if (doc.has('#Place')) kind = 'place'
      else if (doc.has('#Organization')) kind = 'organization'
      else kind = 'word'
      if (seen.size < 10000) seen.set(run, kind)
      return kind
    },
  }
}
