/**
 * Parts of speech of the segmenter (jieba's tags) for a word that may be a name or part of one: a person's
 * name (nr, nrfg), a transliterated name (nrt), a proper noun (nz) or a word it does not know (x). The
 * rules that ask whether a word is name-like start from this one set and say where they differ from it.
 */
export const NAME_LIKE_TAGS: ReadonlySet<string> = new Set(['x', 'nr', 'nrfg', 'nrt', 'nz'])

/** The segmenter's tag of a word it does not know. */
export const UNKNOWN_TAG = 'x'
/** The tags of a person's name the segmenter guessed (and that a glued conjunction or preposition may begin: 和良渚/nr). */
export const GUESSED_NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg'])
