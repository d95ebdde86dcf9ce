import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shardOf } from '../../src/cli/shard.js'
import { parseLines, run, SLOW, tmp } from './helpers.js'

/** The documented rule, computed by coreutils instead of Node: first 4 bytes of SHA-256, big-endian, mod n. */
const bySha256sum = (id: string, n: number) => parseInt(execFileSync('sha256sum', { input: id }).toString().slice(0, 8), 16) % n

describe('shards by a stable hash of the id', () => {
  it.each([['k300/1.txt', 3], ['k300/2.txt', 3], ['docs/长春市政协.txt', 7], ['/data/archive/2024/05/18.html', 2], ['', 5], ['doc-42', 100]])(
    '%s in %i shards: as sha256sum computes it', (id, n) => expect(shardOf(id, n)).toBe(bySha256sum(id, n)))

  it('spreads 300 ids over 3 shards, none nearly empty', () => {
    const counts = [0, 0, 0]
    for (let i = 0; i < 300; i++) counts[shardOf(`archive/${i}.txt`, 3)]!++
    for (const c of counts) expect(c).toBeGreaterThan(70)
  })

  it('cppcc-nlp tag --shard i/n: shards cover the archive once; a document added moves no other', () => {
    const d = tmp('shard')
    mkdirSync(join(d, 'arch', 'sub'), { recursive: true })
    // The shard is chosen from the id before a file is read: empty files keep these runs quick.
    const files = Array.from({ length: 14 }, (_, i) => (i % 4 === 0 ? `sub/${i}.txt` : `${i}.txt`))
    for (const f of files) writeFileSync(join(d, 'arch', f), '')
    const shards = () => [0, 1, 2].map((i) => {
      const r = run(['tag', 'arch', '--shard', `${i}/3`, '--progress', 'none'], { cwd: d })
      expect(r.status).toBe(1) // every file is empty: every line an error line
      return parseLines(r.stdout).map((l) => l.id as string)
    })
    const before = shards()
    const all = files.map((f) => `arch/${f}`).sort()
    expect(before.flat().sort()).toEqual(all)
    before.forEach((ids, i) => { for (const id of ids) expect(bySha256sum(id, 3)).toBe(i) })

    writeFileSync(join(d, 'arch', 'sub', 'added.txt'), '')
    const after = shards()
    const home = bySha256sum('arch/sub/added.txt', 3)
    after.forEach((ids, i) => expect(ids.sort()).toEqual([...before[i]!, ...(i === home ? ['arch/sub/added.txt'] : [])].sort()))
  }, SLOW)
})
