import { CppccNlpError } from '../errors.js'
import { dataFiles } from '../resources/data-files.js'
import { reversedKey, Trie } from './trie.js'

/**
 * A data list of two columns, word and role: one trie per role, with keys reversed for the roles in `reversed` (they
 * are read backwards from a position, longestEndingAt). A role not in `roles` is a data error naming file and line.
 */
export function triesByRole<R extends string>(file: string, roles: readonly R[], reversed: readonly R[] = []): Record<R, Trie<true>> {
  const tries = Object.fromEntries(roles.map((role) => [role, new Trie<true>()])) as Record<R, Trie<true>>
  for (const r of dataFiles.tsv(file, 2)) {
    const [word = '', role = ''] = r.cells
    if (!(roles as readonly string[]).includes(role)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: role must be ${roles.slice(0, -1).join(', ')} or ${roles.at(-1)}`)
    tries[role as R].add(reversed.includes(role as R) ? reversedKey(word) : word, true)
  }
  return tries
}
