import type { BodyMention } from '../committees/types.js'
import type { EnglishFindings } from '../english/types.js'
import type { Mapped } from '../normalize/offset-map.js'
import type { NameMention } from '../persons/types.js'
import type { Division, PlaceMention } from '../places/types.js'
import type { Committee, DateMention, Figure, Keyword, Person, Place, Statement, Topic } from '../schema/result.js'
import type { Tokens } from '../segment/tokens.js'
import type { Structure } from '../structure/types.js'
import type { RelativeResolver } from '../regions/words.js'

/** What the stages of a pipeline provide, by name: each is provided by one stage and read by those that declare it. */
export interface Artifacts {
  /** The repaired text, with its map back to the original input (normalize). */
  text: Mapped
  /** Articles, paragraphs, sentences (structure). */
  structure: Structure
  /** Words with parts of speech (segment). */
  tokens: Tokens
  /** What the English paragraphs name (english): joined into the lists by their stages. */
  english: EnglishFindings
  /** Place mentions resolved to divisions (places). */
  placeMentions: PlaceMention[]
  /** The home region of each article (regions). */
  homes: Array<Division | null>
  /** The region a relative word (市政协, 区委) at a position of the text means (regions): regions/home.ts. */
  relative: RelativeResolver
  /** Public body mentions (committees). */
  bodyMentions: BodyMention[]
  /** Person-name mentions (persons). */
  names: NameMention[]
  places: Place[]
  committees: Committee[]
  persons: Person[]
  statements: Statement[]
  figures: Figure[]
  dates: DateMention[]
  topics: Topic[]
  /** Topic ids per article, best first. */
  articleTopics: string[][]
  keywords: Keyword[]
}

export type ArtifactName = keyof Artifacts
