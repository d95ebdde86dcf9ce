import { z } from 'zod'

export const TaxonomyTagSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'tag ids are lower-case words joined by hyphens'),
  label: z.string().min(1),
  /** term → weight; a term may be a word or a phrase. */
  terms: z.record(z.string().min(1), z.number().positive()),
})
export const TaxonomySchema = z.object({
  version: z.string().optional(),
  tags: z.array(TaxonomyTagSchema).min(1),
})

export const AnalyzeOptionsSchema = z
  .object({
    /** Include `sentences` and `tokens` in the result. */
    tokens: z.boolean().default(false),
    /** A replacement topic taxonomy (same format as data/taxonomy.json). */
    taxonomy: TaxonomySchema.optional(),
    /** Minimum score for a topic to be assigned. */
    topicThreshold: z.number().min(0).default(5),
    /** How many keywords to return. */
    keywords: z.number().int().min(0).max(200).default(10),
    /** Inputs longer than this many UTF-16 units are analysed up to the limit, with a warning. */
    maxLength: z.number().int().positive().default(5_000_000),
    /** Record which rule or lexicon produced each entity in `source`. */
    debug: z.boolean().default(false),
  })
  .strict()

export type Taxonomy = z.infer<typeof TaxonomySchema>
export type TaxonomyTag = z.infer<typeof TaxonomyTagSchema>
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>
export type ResolvedOptions = z.output<typeof AnalyzeOptionsSchema>
