import { z } from 'zod'
import { CppccNlpError } from '../errors.js'
import { Trie } from '../lexicon/trie.js'
import { dataFiles } from '../resources/data-files.js'
import { TaxonomySchema, type Taxonomy } from '../schema/options.js'
import { loadTermFactors, type TermFactors } from './precision.js'

/** Validates a user taxonomy (same format as data/taxonomy.json); a bad one is a typed error. */
export function parseTaxonomy(input: unknown, where = 'taxonomy'): Taxonomy {
  const r = TaxonomySchema.safeParse(input)
  if (!r.success) throw new CppccNlpError('E_TAXONOMY', `invalid ${where}: ${z.prettifyError(r.error)}`)
  const ids = new Set<string>()
  for (const t of r.data.tags) {
    if (ids.has(t.id)) throw new CppccNlpError('E_TAXONOMY', `invalid ${where}: tag id ${t.id} appears twice`)
    ids.add(t.id)
  }
  return r.data
}

/** data/taxonomy.json, validated. */
export function loadDefaultTaxonomy(): Taxonomy {
  return parseTaxonomy(dataFiles.json('taxonomy.json'), 'data/taxonomy.json')
}

/** A taxonomy term, or a boilerplate phrase (data/boilerplate.txt) that is skipped whole. */
export type TermEntry = { boilerplate: true; latin?: undefined } | { boilerplate: false; tag: number; term: string; weight: number; latin: boolean }

/**
 * The taxonomy with every term (and the boilerplate phrases every report carries) in one matcher, and for
 * each tag (by index) its terms' factors from the development pages (precision.ts; none for a user's taxonomy).
 */
export type Topics = {
  taxonomy: Taxonomy
  terms: Trie<TermEntry>
  factors: ReadonlyArray<ReadonlyMap<string, TermFactors>>
  /** Terms naming a whole field, no evidence alone when written once without a count (data/topic-field-names.txt; none for a user's taxonomy). */
  fieldNames: ReadonlySet<string>
  /** Words written right before a body's name that make it the body a speaker speaks for (代表民革市委会作…发言: data/topic-speaking-for.txt). */
  speakingFor: readonly string[]
  /** Words that are evidence only with a count of them in one of their measure words (报送信息200余篇: data/topic-counted-terms.tsv; none for a user's taxonomy). */
  countedTerms: readonly CountedTerm[]
}

/** A word that is evidence of tag `tag` (by index), weighing `weight`, only where a count of it in one of `units` is written against it, one of `verbs` close before. */
export type CountedTerm = { tag: number; term: string; weight: number; units: ReadonlySet<string>; verbs: readonly string[] }

/** data/topic-counted-terms.tsv, for the tags of the default taxonomy. */
function loadCountedTerms(tax: Taxonomy): CountedTerm[] {
  const ids = tax.tags.map((t) => t.id)
  return dataFiles.tsv('topic-counted-terms.tsv', 5).map((row) => {
    const [id, term, weight, units, verbs] = row.cells as [string, string, string, string, string]
    const tag = ids.indexOf(id)
    if (tag < 0 || !(Number(weight) > 0)) throw new CppccNlpError('E_DATA', `invalid entry in ${row.where}: expected a tag id and a positive weight, got ${id} ${weight}`)
    return { tag, term, weight: Number(weight), units: new Set(units.split(' ').filter(Boolean)), verbs: verbs.split(' ').filter(Boolean) }
  })
}

/** The default taxonomy's terms follow their record on the development pages; a user's weigh as written. */
export function loadTopics(taxonomy: Taxonomy | undefined): Topics {
  const tax = taxonomy ?? loadDefaultTaxonomy()
  const byTag = taxonomy ? undefined : loadTermFactors()
  const terms = new Trie<TermEntry>()
  for (const b of dataFiles.list('boilerplate.txt')) terms.add(b, { boilerplate: true })
  // Latin terms are matched in lower case (score.ts lowers A–Z of the text).
  tax.tags.forEach((tag, i) => {
    for (const [term, weight] of Object.entries(tag.terms)) {
      const latin = /[A-Za-z]/.test(term)
      terms.add(latin ? term.toLowerCase() : term, { boilerplate: false, tag: i, term, weight, latin })
    }
  })
  const fieldNames = new Set(taxonomy ? [] : dataFiles.list('topic-field-names.txt'))
  return { taxonomy: tax, terms, factors: tax.tags.map((t) => byTag?.get(t.id) ?? new Map()), fieldNames, speakingFor: dataFiles.list('topic-speaking-for.txt'), countedTerms: taxonomy ? [] : loadCountedTerms(tax) }
}
