import { createRequire } from 'node:module'
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileLines, run, SLOW, tmp } from './helpers.js'

const DEV = join(import.meta.dirname, '..', 'fixtures', 'dev-pages')
const HAVE_NODEJIEBA = (() => {
  try { createRequire(import.meta.url).resolve('nodejieba'); return true } catch { return false }
})()

/** Four real pages, one sentence with a user's alias, and an extension folder that holds the alias. */
function layout(): string {
  const d = tmp('options')
  mkdirSync(join(d, 'docs'))
  for (const f of readdirSync(DEV).filter((f) => f.endsWith('.txt')).slice(0, 4)) copyFileSync(join(DEV, f), join(d, 'docs', f))
  writeFileSync(join(d, 'docs', 'alias.txt'), '委员们在魔都调研，建议加强协商。\n')
  mkdirSync(join(d, 'ext'))
  writeFileSync(join(d, 'ext', 'place-aliases.tsv'), '# a user alias\nalias\tname\n魔都\t上海市\n')
  return d
}
const placesOf = (file: string) => new Map(fileLines(file).map((l) => [String(l.id).split('/').pop(), (l.places as Array<{ name: string }>).map((p) => p.name)]))

describe('the analyzer options on the command line', () => {
  it('tag --extend: every worker reads the folder (the alias is a place only with it)', () => {
    const d = layout()
    expect(run(['tag', join(d, 'docs'), '--out', join(d, 'plain.jsonl'), '--jobs', '2', '--progress', 'none']).status).toBe(0)
    expect(run(['tag', join(d, 'docs'), '--out', join(d, 'ext.jsonl'), '--jobs', '2', '--extend', join(d, 'ext'), '--progress', 'none']).status).toBe(0)
    expect(placesOf(join(d, 'plain.jsonl')).get('alias.txt')).toEqual([])
    expect(placesOf(join(d, 'ext.jsonl')).get('alias.txt')).toEqual(['上海市'])
  }, SLOW)

  it('analyze --extend reads the same folder', () => {
    const d = layout()
    const r = run(['analyze', join(d, 'docs', 'alias.txt'), '--extend', join(d, 'ext')])
    expect(r.status).toBe(0)
    expect((JSON.parse(r.stdout) as { places: Array<{ name: string }> }).places.map((p) => p.name)).toEqual(['上海市'])
  }, SLOW)

  it.skipIf(!HAVE_NODEJIEBA)('tag --engine nodejieba writes the same lines as the default engine', () => {
    const d = layout()
    expect(run(['tag', join(d, 'docs'), '--out', join(d, 'rs.jsonl'), '--progress', 'none']).status).toBe(0)
    expect(run(['tag', join(d, 'docs'), '--out', join(d, 'cpp.jsonl'), '--engine', 'nodejieba', '--progress', 'none']).status).toBe(0)
    const rs = fileLines(join(d, 'rs.jsonl'))
    expect(rs).toHaveLength(5)
    expect(fileLines(join(d, 'cpp.jsonl'))).toEqual(rs)
  }, SLOW)
})
