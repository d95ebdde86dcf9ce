/** A person-name mention (normalized coordinates) with the evidence that made it one. */
export type NameMention = {
  start: number; end: number; name: string; score: number; rule: string
  /** Entity key where the name alone is not one (陈 of 陈老师 and 陈 of 陈小姐 are two people). */
  key?: string
}

/** The longest Chinese name: a compound surname and a two-character given name (欧阳丽娟). */
export const NAME_MAX = 4
/** The longest Chinese name with a one-character surname, as nearly all are (王建平). */
export const SINGLE_SURNAME_NAME_MAX = NAME_MAX - 1
/** The shortest Chinese name written in full: a surname and a one-character given name (王磊). */
export const NAME_MIN = 2
