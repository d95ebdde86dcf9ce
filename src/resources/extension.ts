import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { CppccNlpError } from '../errors.js'
import { ExtensionSchema, type ExtensionInput } from '../schema/options.js'
import { CommitteeKindSchema, type CommitteeKind } from '../schema/result.js'
import { parseList, parseTsv } from './data-files.js'

/** The user's additions, from the `extend` option and the files of `extendDir`, with where each came from. */
export type Extension = {
  placeAliases: Array<{ alias: string; name: string; where: string }>
  bodies: Array<{ name: string; kind: CommitteeKind; where: string }>
  roles: string[]
  notPersons: string[]
  words: string[]
}

/** The files an extension folder may hold, in the format of the data/ file of the same name. */
export const EXTENSION_FILES = ['place-aliases.tsv', 'bodies.tsv', 'roles.tsv', 'not-persons.txt', 'user-dict.utf8'] as const

export function loadExtension(extend: ExtensionInput | undefined, dir: string | undefined): Extension {
  const parsed = ExtensionSchema.safeParse(extend ?? {})
  if (!parsed.success) throw new CppccNlpError('E_INVALID_OPTIONS', `invalid extend: ${z.prettifyError(parsed.error)}`)
  const o = parsed.data
  const ext: Extension = {
    placeAliases: (o.placeAliases ?? []).map((a, i) => ({ ...a, where: `extend.placeAliases[${i}]` })),
    bodies: (o.bodies ?? []).map((b, i) => ({ ...b, where: `extend.bodies[${i}]` })),
    roles: [...(o.roles ?? [])],
    notPersons: [...(o.notPersons ?? [])],
    words: (o.words ?? []).map((w, i) => userWord(w, `extend.words[${i}]`)),
  }
  if (dir !== undefined) addFolder(ext, dir)
  for (const a of ext.placeAliases) {
    if (WHITE_SPACE.test(a.alias)) throw new CppccNlpError('E_INVALID_OPTIONS', `invalid entry in ${a.where}: the alias ${a.alias} has white space`)
  }
  return ext
}

// The aliases and words go into jieba's dictionary, a `word freq tag` line each: a word with white space breaks it.
const WHITE_SPACE = /[\s\p{White_Space}]/u
/** A user-dictionary line `word [freq] [tag]` (jieba's format) whose word has no white space: its fields read as one. */
const USER_WORD = /^[^\s\p{White_Space}]+(?:\s+\d+)?(?:\s+[A-Za-z]+)?$/u

function userWord(line: string, where: string): string {
  if (!USER_WORD.test(line.trim())) throw new CppccNlpError('E_INVALID_OPTIONS', `invalid entry in ${where}: expected a word with no white space, then a frequency and a tag, got ${line.trim()}`)
  return line
}

function addFolder(ext: Extension, dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CppccNlpError('E_INVALID_OPTIONS', `extendDir: ${dir} is not a folder`)
  const known = new Set<string>(EXTENSION_FILES)
  const text = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : null)
  const name = (f: string) => join(dir, f)
  const aliases = text('place-aliases.tsv')
  if (aliases !== null) for (const r of parseTsv(aliases, name('place-aliases.tsv'), 2)) ext.placeAliases.push({ alias: r.cells[0]!, name: r.cells[1]!, where: r.where })
  const bodies = text('bodies.tsv')
  if (bodies !== null) {
    for (const r of parseTsv(bodies, name('bodies.tsv'), 2)) {
      const kind = CommitteeKindSchema.safeParse(r.cells[1])
      if (!kind.success) throw new CppccNlpError('E_INVALID_OPTIONS', `invalid entry in ${r.where}: kind ${r.cells[1]} is not one of ${CommitteeKindSchema.options.join(', ')}`)
      ext.bodies.push({ name: r.cells[0]!, kind: kind.data, where: r.where })
    }
  }
  const roles = text('roles.tsv')
  if (roles !== null) for (const r of parseTsv(roles, name('roles.tsv'), 1)) ext.roles.push(r.cells[0]!)
  const notPersons = text('not-persons.txt')
  if (notPersons !== null) ext.notPersons.push(...parseList(notPersons))
  const words = text('user-dict.utf8')
  if (words !== null) {
    words.split('\n').forEach((l, i) => {
      if (l.trim() && !l.trim().startsWith('#')) ext.words.push(userWord(l.trim(), `${name('user-dict.utf8')}:${i + 1}`))
    })
  }
  if (![...known].some((f) => existsSync(join(dir, f)))) {
    throw new CppccNlpError('E_INVALID_OPTIONS', `extendDir: ${dir} holds none of ${EXTENSION_FILES.join(', ')}`)
  }
}
