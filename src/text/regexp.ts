/** Escapes the characters a RegExp reads as syntax, `-` too (it may stand in a class). */
export const escapeRegExp = (w: string): string => w.replace(/[-.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The words of a data list as one RegExp alternation, longest first so that a word wins over its prefix;
 * a pattern that matches nothing for an empty list. Sorts a copy: the list is left as it was.
 */
export const alternation = (ws: readonly string[]): string =>
  ws.length ? [...ws].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') : '(?!)'
