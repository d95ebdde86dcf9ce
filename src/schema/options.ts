import { z } from 'zod'
import { CommitteeKindSchema } from './result.js'

export const TaxonomyTagSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'tag ids are lower-case words joined by hyphens'),
  label: z.string().min(1),
  /** term → weight; a term may be a word or a phrase, Chinese or English (English is matched case-insensitively on word boundaries). */
  terms: z.record(z.string().min(1), z.number().positive()),
})
export const TaxonomySchema = z.object({
  version: z.string().optional(),
  /** Where the vocabulary comes from. */
  source: z.string().optional(),
  tags: z.array(TaxonomyTagSchema).min(1),
})

/** The segmentation engines; both cut with the same jieba dictionary and give the same words. */
export const EngineSchema = z.enum(['@node-rs/jieba', 'nodejieba'])

/** Words the user adds to the library's lexicons (the same lists as files: see `extendDir`). */
export const ExtensionSchema = z
  .object({
    /** Another written form of a division: `name` is the division's official name (上海市). */
    placeAliases: z.array(z.object({ alias: z.string().min(1), name: z.string().min(2) }).strict()),
    /** Public bodies the library does not know, found as written and after a region (大数据局 → 长春市大数据局). */
    bodies: z.array(z.object({ name: z.string().min(2), kind: CommitteeKindSchema }).strict()),
    /** Titles written next to a person's name (总工程师). */
    roles: z.array(z.string().min(1)),
    /** Words that are never person names although they read like one (高大上). */
    notPersons: z.array(z.string().min(2)),
    /** Words the segmenter keeps whole: `word`, or a jieba user-dictionary line `word freq tag`. */
    words: z.array(z.string().min(1)),
  })
  .partial()
  .strict()

export const AnalyzeOptionsSchema = z
  .object({
    /** Include `sentences` and `tokens` in the result. */
    tokens: z.boolean().default(false),
    /** A replacement topic taxonomy (same format as data/taxonomy.json). */
    taxonomy: TaxonomySchema.optional(),
    /** Minimum score for a topic to be assigned: 4 is one unmistakable term (weight 4) or a few mentions of the field. */
    topicThreshold: z.number().min(0).default(4),
    /** How many keywords to return. */
    keywords: z.number().int().min(0).max(200).default(10),
    /** Inputs longer than this many UTF-16 units are analysed up to the limit, with a warning. */
    maxLength: z.number().int().positive().default(5_000_000),
    /** Record which rule or lexicon produced each entity in `source`. */
    debug: z.boolean().default(false),
    /** The segmentation engine; default: the environment variable CPPCC_NLP_ENGINE, else @node-rs/jieba. */
    engine: EngineSchema.optional(),
    /** Additions to the lexicons. */
    extend: ExtensionSchema.optional(),
    /** A folder of additions in the format of data/: place-aliases.tsv, bodies.tsv, roles.tsv, not-persons.txt, user-dict.utf8. */
    extendDir: z.string().min(1).optional(),
    /**
     * When the English side (compromise and the English lexicons, about 0.5 s and 40 MB) loads: with the
     * first page that has Latin text (`on-demand`, so that Chinese archives never pay for it), or here, in
     * createAnalyzer (`preload`, so that the first English page costs what any later one does).
     */
    english: z.enum(['on-demand', 'preload']).default('on-demand'),
  })
  .strict()

export type Taxonomy = z.infer<typeof TaxonomySchema>
export type TaxonomyTag = z.infer<typeof TaxonomyTagSchema>
export type Engine = z.infer<typeof EngineSchema>
export type ExtensionInput = z.input<typeof ExtensionSchema>
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>
export type ResolvedOptions = z.output<typeof AnalyzeOptionsSchema>
