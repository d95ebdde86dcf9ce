import { readJson, readList } from '../data/files.js'
import { CppccNlpError } from '../errors.js'
import { TaxonomySchema, type Taxonomy } from '../schema/options.js'
import { z } from 'zod'

let defaultTaxonomy: Taxonomy | undefined
let boilerplate: string[] | undefined

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

/** data/taxonomy.json, validated, loaded once. */
export function loadDefaultTaxonomy(): Taxonomy {
  defaultTaxonomy ??= parseTaxonomy(readJson('taxonomy.json'), 'data/taxonomy.json')
  return defaultTaxonomy
}

/** data/boilerplate.txt: phrases every report carries, removed before scoring topics. */
export function boilerplatePhrases(): string[] {
  boilerplate ??= readList('boilerplate.txt').sort((a, b) => b.length - a.length)
  return boilerplate
}
