import { createRequire } from 'node:module'

type Nlp = (text: string) => { has(tag: string): boolean }

/** What compromise makes of a Latin run inside Chinese text: acronym, person, place, organization, number, code or word. */
export type LatinReader = { classify(run: string): string }

/**
 * compromise, loaded the first time a document has Latin text (most Chinese pages have none, and it
 * takes a quarter of a second to load), with the readings of runs already seen.
 */
export function latinReader(): LatinReader {
  let nlp: Nlp | undefined
  const seen = new Map<string, string>()
  return {
    classify(run) {
      let kind = seen.get(run)
      if (kind) return kind
      nlp ??= createRequire(import.meta.url)('compromise') as Nlp
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
