import type { Division } from '../places/types.js'
import type { CommitteeKind } from '../schema/result.js'

/** A public body mention (normalized coordinates): its name as the result reports it, and its identity. */
export type BodyMention = {
  start: number; end: number
  /** The region's official name + the body as written (长春市发改委). */
  name: string
  /** Same for every written form of one body (长春市|发展改革委): mentions with one key are one entity. */
  key: string
  kind: CommitteeKind; region: string | null; division: Division | null
  term: number | null; session: number | null; rule: string
}
