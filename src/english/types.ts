import type { BodyMention } from '../committees/types.js'
import type { PlaceMention } from '../places/types.js'
import type { DateMention, Figure, Person } from '../schema/result.js'

/** What the English paragraphs of a page name, in the shapes the lists are made of (normalized coordinates for mentions). */
export type EnglishFindings = {
  placeMentions: PlaceMention[]
  bodyMentions: BodyMention[]
  persons: Person[]
  figures: Figure[]
  dates: DateMention[]
}

