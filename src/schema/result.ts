import { z } from 'zod'

/** A half-open range of UTF-16 code units in the ORIGINAL input: `input.slice(start, end) === text`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Index into `articles`. */
  article: z.number().int().nonnegative(),
})

export const ArticleSchema = z.object({
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.array(z.string()),
  date: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Topic tag ids assigned to this article alone, best first. */
  topics: z.array(z.string()).optional(),
})

export const PlaceLevelSchema = z.enum(['province', 'prefecture', 'county', 'township'])

export const PlaceSchema = z.object({
  name: z.string(),
  level: PlaceLevelSchema,
  code: z.string().nullable(),
  parent: z.string().nullable(),
  mentions: z.array(SpanSchema),
  source: z.string().optional(),
})

export const CommitteeKindSchema = z.enum(['cppcc', 'cppcc-special', 'party', 'congress', 'government', 'democratic-party', 'mass-organisation', 'court', 'procuratorate', 'military', 'other'])

export const CommitteeSchema = z.object({
  name: z.string(),
  kind: CommitteeKindSchema,
  region: z.string().nullable(),
  term: z.number().int().nullable(),
  session: z.number().int().nullable(),
  mentions: z.array(SpanSchema),
  source: z.string().optional(),
})

export const PersonSchema = z.object({
  name: z.string(),
  roles: z.array(z.string()),
  org: z.string().nullable(),
  cppccMember: z.boolean(),
  mentions: z.array(SpanSchema),
  source: z.string().optional(),
})

export const ApproxSchema = z.enum(['more', 'less', 'about']).nullable()

export const FigureSchema = z.object({
  text: z.string(),
  value: z.number(),
  /** Upper bound of a range (3至5个 → value 3, max 5). */
  max: z.number().optional(),
  unit: z.string().nullable(),
  approx: ApproxSchema,
  subject: z.string().nullable(),
  span: SpanSchema,
})

export const DateSchema = z.object({
  text: z.string(),
  /** YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD / --MM where the year is not written. */
  iso: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/, 'an ISO date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM'),
  span: SpanSchema,
})

export const StatementSchema = z.object({
  speaker: z.string(),
  verb: z.string(),
  text: z.string(),
  span: SpanSchema,
})

export const TopicSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number(),
  evidence: z.array(z.string()),
})

export const KeywordSchema = z.object({ word: z.string(), weight: z.number() })

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.optional(),
})

export const TokenSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  pos: z.string(),
  /** compromise's reading of a Latin-script token: acronym, person, number, word. */
  latin: z.string().optional(),
})

export const SentenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  article: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  duplicate: z.boolean(),
})

export const AnalysisResultSchema = z.object({
  version: z.string(),
  articles: z.array(ArticleSchema),
  places: z.array(PlaceSchema),
  committees: z.array(CommitteeSchema),
  persons: z.array(PersonSchema),
  figures: z.array(FigureSchema),
  dates: z.array(DateSchema),
  statements: z.array(StatementSchema),
  topics: z.array(TopicSchema),
  keywords: z.array(KeywordSchema),
  warnings: z.array(WarningSchema),
  /** Sentences and tokens, present when `options.tokens` is true. */
  sentences: z.array(SentenceSchema).optional(),
  tokens: z.array(TokenSchema).optional(),
})

export type Span = z.infer<typeof SpanSchema>
export type Article = z.infer<typeof ArticleSchema>
export type Place = z.infer<typeof PlaceSchema>
export type PlaceLevel = z.infer<typeof PlaceLevelSchema>
export type Committee = z.infer<typeof CommitteeSchema>
export type CommitteeKind = z.infer<typeof CommitteeKindSchema>
export type Person = z.infer<typeof PersonSchema>
export type Figure = z.infer<typeof FigureSchema>
export type DateMention = z.infer<typeof DateSchema>
export type Statement = z.infer<typeof StatementSchema>
export type Topic = z.infer<typeof TopicSchema>
export type Keyword = z.infer<typeof KeywordSchema>
export type Warning = z.infer<typeof WarningSchema>
export type Token = z.infer<typeof TokenSchema>
export type Sentence = z.infer<typeof SentenceSchema>
export type AnalysisResult = z.infer<typeof AnalysisResultSchema>
