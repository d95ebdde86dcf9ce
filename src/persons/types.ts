/** A person-name mention (normalized coordinates) with the evidence that made it one. */
export type NameMention = {
  start: number; end: number; name: string; score: number; rule: string
  /** Entity key where the name alone is not one (陈 of 陈老师 and 陈 of 陈小姐 are two people). */
  key?: string
}
