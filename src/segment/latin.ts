import nlp from 'compromise'

const cache = new Map<string, string>()

/** compromise's reading of a Latin-script run inside Chinese text: acronym, person, place, organization, number or word. */
export function classifyLatin(run: string): string {
  let kind = cache.get(run)
  if (kind) return kind
  const doc = nlp(run)
  if (/\d/.test(run) && /[A-Za-z]/.test(run)) kind = doc.has('#Acronym') ? 'acronym' : 'code'
  else if (doc.has('#Value')) kind = 'number'
  else if (doc.has('#Acronym') || /^[A-Z]{2,6}$/.test(run)) kind = 'acronym'
  else if (doc.has('#Person')) kind = 'person'
  else if (doc.has('#Place')) kind = 'place'
  else if (doc.has('#Organization')) kind = 'organization'
  else kind = 'word'
  if (cache.size < 10000) cache.set(run, kind)
  return kind
}
