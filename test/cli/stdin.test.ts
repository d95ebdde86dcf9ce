import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseLine } from '../../src/cli/stdin.js'
import { doc, parseLines, run, SLOW, summaryOf, tmp } from './helpers.js'

// Each input line of `tag -` and what stands for it: the job (id kept as given) or its error message.
const LINES: Array<[string, string, string | number, string | null]> = [
  ['a string id', '{"id":"a","text":"长春"}', 'a', null],
  ['a numeric id, kept a number', '{"id":7,"text":"长春"}', 7, null],
  ['no id', '{"text":"长春"}', 'line:3', null],
  ['null', 'null', 'line:4', 'line 4 is null, expected an object {"id","text"}'],
  ['an array', '[1,2]', 'line:5', 'line 5 is an array, expected an object {"id","text"}'],
  ['a number', '42', 'line:6', 'line 6 is a number, expected an object {"id","text"}'],
  ['a string', '"长春"', 'line:7', 'line 7 is a string, expected an object {"id","text"}'],
  ['not JSON', '{"id":"x",', 'line:8', 'line 8 is not JSON: '],
  ['text missing', '{"id":"m"}', 'm', 'line 9: "text" is missing, expected a string'],
  ['text a number', '{"id":"n","text":5}', 'n', 'line 10: "text" is a number, expected a string'],
  ['text null', '{"id":"o","text":null}', 'o', 'line 11: "text" is null, expected a string'],
]

describe('tag -: each input line is a job or an error that says what it is', () => {
  it.each(LINES.map((c, i) => [...c, i + 1] as const))('%s', (_name, line, id, message, n) => {
    const r = parseLine(line, n, 1e7, false)
    expect(r.id).toBe(id)
    if (message === null) expect(r).toMatchObject({ text: '长春' })
    else expect((JSON.parse((r as { line: string }).line) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'E_BAD_LINE', message: expect.stringContaining(message) })
  })

  it('writes one line per non-blank input line, in input order, and sums what it read', () => {
    const good = [doc(1), doc(2), '长春']
    const input = [JSON.stringify({ id: 'a', text: good[0] }), '', 'null', JSON.stringify({ id: 2, text: good[1] }), '[1]', JSON.stringify({ id: 'z', text: good[2] }), '   ']
    const r = run(['tag', '-', '--jobs', '2', '--progress', 'json'], { input: input.join('\n') })
    expect(r.status).toBe(1)
    expect(parseLines(r.stdout).map((l) => [l.id, l.error?.code ?? 'ok'])).toEqual([['a', 'ok'], ['line:3', 'E_BAD_LINE'], [2, 'ok'], ['line:5', 'E_BAD_LINE'], ['z', 'ok']])
    const bytes = good.reduce((n, t) => n + Buffer.byteLength(t), 0)
    const s = summaryOf(r.stderr)
    expect(s).toMatchObject({ total: 5, documents: 5, failed: 2, skipped: 0, retried: 0, added: 5, bytes, mb: Number((bytes / 1e6).toPrecision(4)) })
    expect(s.mbPerSecond).toBeGreaterThan(0)
    // The summary rounds seconds to hundredths but not the time the rate is taken over: the rate lies
    // between those of seconds ± 0.005 (a run of about a second is off by half a percent).
    const rate = (seconds: number) => Number((bytes / 1e6 / seconds).toPrecision(4))
    expect(s.mbPerSecond).toBeGreaterThanOrEqual(rate(s.seconds + 0.005))
    expect(s.mbPerSecond).toBeLessThanOrEqual(rate(Math.max(s.seconds - 0.005, 1e-3)))
  }, SLOW)
})

describe('tag FILES: the summary counts what was read', () => {
  it('gives the total, the bytes of the files analysed (none of the one too large) and a rate above 0', () => {
    const d = tmp('summary')
    mkdirSync(join(d, 'a'))
    for (let i = 0; i < 3; i++) writeFileSync(join(d, 'a', `${i}.txt`), doc(i))
    writeFileSync(join(d, 'a', 'big.txt'), doc(5).repeat(20))
    const r = run(['tag', 'a', '--max-bytes', '1000', '--jobs', '1', '--progress', 'json'], { cwd: d })
    expect(r.status).toBe(1)
    const bytes = [0, 1, 2].reduce((n, i) => n + statSync(join(d, 'a', `${i}.txt`)).size, 0)
    const s = summaryOf(r.stderr)
    expect(s).toMatchObject({ total: 4, documents: 4, failed: 1, bytes, mb: Number((bytes / 1e6).toPrecision(4)) })
    expect(s.mbPerSecond).toBeGreaterThan(0)
  }, SLOW)
})
