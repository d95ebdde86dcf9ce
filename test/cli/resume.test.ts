import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLI, NICE, doc, fileLines, lineSet, run, runAsync, SLOW, summaryOf, tmp, type Ran } from './helpers.js'

/** Complete lines in a file: a kill point is a number of lines written, never a time. */
const written = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : -1)

/**
 * Starts `tag`, feeds it the first `feed` input lines (stdin stays open, so it can write no more
 * than their lines), waits until `k` lines are in `out`, and kills it with SIGKILL.
 */
async function killAfter(args: string[], input: string[], out: string, k: number, feed: number, cwd?: string): Promise<void> {
  const child = spawn(NICE[0]!, [...NICE.slice(1), 'node', CLI, ...args], { stdio: ['pipe', 'ignore', 'ignore'], cwd }) // nice execs node: the kill reaches it
  if (input.length) child.stdin.write(input.slice(0, feed).map((l) => l + '\n').join(''))
  while (written(out) < k && child.exitCode === null) await new Promise((r) => setTimeout(r, 25))
  child.kill('SIGKILL')
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit')
}

const ids = (file: string) => fileLines(file).map((l) => l.id)
const noDuplicates = (file: string) => expect(new Set(ids(file)).size).toBe(ids(file).length)

// 14 documents through standard input: one a null line, one too large for --max-bytes 400, one with a numeric id.
const INPUT = Array.from({ length: 14 }, (_, i) =>
  i === 3 ? 'null' : JSON.stringify({ id: i === 5 ? 5 : `doc-${i}`, text: i === 8 ? doc(i).repeat(4) : doc(i) }))
const STDIN = ['tag', '-', '--jobs', '1', '--max-bytes', '400', '--progress', 'none']

describe('cppcc-nlp tag --resume: killed after k lines and resumed, the same lines as a clean run', () => {
  const d = tmp('resume')
  const clean = join(d, 'clean.jsonl')
  const cleanArchive = join(d, 'clean-archive.jsonl')

  // The truth the resumed runs are compared with: clean runs over the same input.
  let cleanRun: Ran
  let cleanArchiveRun: Ran
  beforeAll(async () => {
    cleanRun = await runAsync([...STDIN, '--out', clean], { input: INPUT.join('\n') + '\n' })
    cleanArchiveRun = await runAsync([...STDIN, '--out', cleanArchive, '--archive-keywords'], { input: INPUT.join('\n') + '\n' })
  }, SLOW)

  it('runs clean: one line per input line, in order, two of them errors, exit 1', () => {
    expect(cleanRun.status).toBe(1)
    expect(cleanArchiveRun.status).toBe(1)
    expect(ids(cleanArchive)).toEqual(ids(clean))
    expect(ids(clean)).toEqual(INPUT.map((l, i) => (l === 'null' ? `line:${i + 1}` : (JSON.parse(l) as { id: string | number }).id)))
    expect(fileLines(clean).filter((l) => l.error).map((l) => [l.id, l.error!.code])).toEqual([['line:4', 'E_BAD_LINE'], ['doc-8', 'E_TOO_LARGE']])
  })

  // [k lines written before the kill, input lines fed, a cut line left after them as a kill mid-write leaves]
  it.each([
    [0, 0, false], [3, 3, true], [6, 8, false], [13, 13, true],
  ])('standard input: killed after %i lines (%i fed, cut line: %s), resumed', async (k, feed, cut) => {
    const part = join(d, `part-${k}.jsonl`)
    await killAfter([...STDIN, '--out', part], INPUT, part, k, feed)
    const before = fileLines(part)
    expect(before.length).toBeGreaterThanOrEqual(k)
    if (cut) appendFileSync(part, readFileSync(clean, 'utf8').split('\n')[before.length]!.slice(0, 57))
    const r = await runAsync([...STDIN, '--out', part, '--resume'], { input: INPUT.join('\n') + '\n' })
    expect(r.status).toBe(1)
    expect(lineSet(part)).toEqual(lineSet(clean))
    noDuplicates(part)
    const failedBefore = before.filter((l) => l.error).length
    expect(summaryOf(r.stderr)).toMatchObject({ total: 14, skipped: before.length - failedBefore, retried: failedBefore, added: 14 - before.length, failed: 2 })
  }, SLOW)

  it.each([[2], [9]])('--archive-keywords: killed after %i lines, resumed; keywords ranked over the whole output', async (k) => {
    const part = join(d, `archive-${k}.jsonl`)
    await killAfter([...STDIN, '--out', part, '--archive-keywords'], INPUT, part, k, k)
    const r = await runAsync([...STDIN, '--out', part, '--resume', '--archive-keywords'], { input: INPUT.join('\n') + '\n' })
    expect(r.status).toBe(1)
    expect(lineSet(part)).toEqual(lineSet(cleanArchive))
    noDuplicates(part)
    // The archive ranking is not jieba's: a word every document shares is never a keyword.
    for (const l of fileLines(part)) expect(l.keywords?.map((w) => w.word) ?? []).not.toContain('政协')
  }, SLOW)

  it('files: killed after at least 4 lines, resumed from ./docs/ where it ran on docs', async () => {
    const docs = join(d, 'docs')
    mkdirSync(docs)
    for (let i = 0; i < 16; i++) writeFileSync(join(docs, `${String(i).padStart(2, '0')}.txt`), doc(i))
    writeFileSync(join(docs, 'empty.txt'), '')
    const full = join(d, 'files-clean.jsonl')
    expect(run(['tag', 'docs', '--out', full, '--jobs', '1', '--progress', 'none'], { cwd: d }).status).toBe(1)
    const part = join(d, 'files-part.jsonl')
    // The files are analysed one at a time, so the kill comes after 4 lines or a few more.
    await killAfter(['tag', 'docs', '--out', part, '--jobs', '1', '--progress', 'none'], [], part, 4, 0, d)
    const killed = fileLines(part)
    expect(killed.length).toBeGreaterThanOrEqual(4)
    const r = run(['tag', './docs/', '--out', part, '--resume', '--jobs', '1', '--progress', 'none'], { cwd: d })
    expect(r.status).toBe(1)
    noDuplicates(part)
    expect(ids(part).length).toBe(17)
    expect(lineSet(part)).toEqual(lineSet(full))
    const errors = killed.filter((l) => l.error).length
    expect(summaryOf(r.stderr)).toMatchObject({ total: 17, skipped: killed.length - errors, retried: errors, added: 17 - killed.length })
  }, SLOW)
})

describe('cppcc-nlp tag --resume: failed documents are retried, ids match however the folder is written', () => {
  it('replaces the error line of a document that fails no more, adds a new file, and skips the rest', () => {
    const d = tmp('retry')
    mkdirSync(join(d, 'k300'))
    for (let i = 0; i < 3; i++) writeFileSync(join(d, 'k300', `${i}.txt`), doc(i))
    writeFileSync(join(d, 'k300', 'long.txt'), doc(9).repeat(5))
    const out = join(d, 'out.jsonl')
    const first = run(['tag', 'k300', '--out', out, '--max-bytes', '400', '--jobs', '1', '--progress', 'none'], { cwd: d })
    expect(first.status).toBe(1)
    expect(fileLines(out).find((l) => l.id === 'k300/long.txt')?.error?.code).toBe('E_TOO_LARGE')

    writeFileSync(join(d, 'k300', 'new.txt'), doc(7))
    const again = run(['tag', './k300/', '--out', out, '--resume', '--jobs', '1', '--progress', 'none'], { cwd: d })
    expect(again.status).toBe(0)
    expect(summaryOf(again.stderr)).toMatchObject({ total: 5, documents: 2, skipped: 3, retried: 1, added: 1, failed: 0 })
    expect(ids(out).sort()).toEqual(['k300/0.txt', 'k300/1.txt', 'k300/2.txt', 'k300/long.txt', 'k300/new.txt'])
    expect(fileLines(out).filter((l) => l.error)).toEqual([])

    const truth = join(d, 'truth.jsonl')
    expect(run(['tag', 'k300', '--out', truth, '--jobs', '1', '--progress', 'none'], { cwd: d }).status).toBe(0)
    expect(lineSet(out)).toEqual(lineSet(truth))

    // Nothing left to do: every id is found again, written k300/ this time; the file does not change.
    const bytes = readFileSync(out, 'utf8')
    const third = run(['tag', 'k300/', '--out', out, '--resume', '--progress', 'none'], { cwd: d })
    expect(third.status).toBe(0)
    expect(summaryOf(third.stderr)).toMatchObject({ total: 5, documents: 0, skipped: 5, retried: 0, added: 0 })
    expect(readFileSync(out, 'utf8')).toBe(bytes)
  }, SLOW)
})
