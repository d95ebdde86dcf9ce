import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI, NICE, parseLines, ROOT, SLOW } from './helpers.js'

// `tag -` is the contract of Hadoop Streaming and Spark's RDD.pipe: lines in, lines out, ids kept, in
// order, whatever splits the input. GNU parallel splits it here as a cluster would. CI installs it
// (.ci/run); elsewhere the test is skipped when it is missing.
const HAVE_PARALLEL = spawnSync('parallel', ['--version']).status === 0

const PLACES = ['长春市', '吉林市', '天长市', '南康区', '长治市', '赣州市', '四平市']
const NAMES = ['高志国', '徐勇', '曹天平', '李明', '王芳']
/** 1,000 short documents, three of them error lines that carry their ids. */
function input(): string {
  const lines: string[] = []
  for (let i = 0; i < 1000; i++) {
    const id = `doc-${String(i).padStart(4, '0')}`
    const text = `${PLACES[i % PLACES.length]}政协委员${NAMES[i % NAMES.length]}建议，第${i}号提案投入${i + 1}万元。`
    if (i === 17) lines.push(JSON.stringify({ id, text: 17 }))
    else if (i === 480) lines.push(JSON.stringify({ id, text: text.repeat(10) }))
    else if (i === 999) lines.push(JSON.stringify({ id, text: ' ' }))
    else lines.push(JSON.stringify({ id, text }))
  }
  return lines.join('\n') + '\n'
}

describe.skipIf(!HAVE_PARALLEL && !process.env.CI)('tag - under GNU parallel', () => {
  it('gives the same bytes as one tag - run: 1,000 documents in 4 tasks of up to 300 lines run side by side, kept in order', () => {
    const docs = input()
    const single = spawnSync(NICE[0]!, [...NICE.slice(1), 'node', CLI, 'tag', '-', '--jobs', '1', '--max-bytes', '300', '--progress', 'none'], { input: docs, encoding: 'utf8', maxBuffer: 1 << 28 })
    const piped = spawnSync(NICE[0]!, [...NICE.slice(1), 'bash', join(ROOT, 'examples', 'cluster', 'parallel.sh'), '--max-bytes', '300'], {
      input: docs, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, LINES: '300', CPPCC_NLP: `node ${CLI}` },
    })
    expect(piped.error).toBeUndefined()
    expect(single.status).toBe(1)
    expect(piped.status).toBe(1)
    const lines = parseLines(single.stdout)
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 1000 }, (_, i) => `doc-${String(i).padStart(4, '0')}`))
    expect(lines.filter((l) => l.error).map((l) => [l.id, l.error!.code])).toEqual([['doc-0017', 'E_BAD_LINE'], ['doc-0480', 'E_TOO_LARGE'], ['doc-0999', 'E_EMPTY']])
    expect(piped.stdout === single.stdout).toBe(true) // byte for byte (a diff of 1,000 lines would drown the report)
    // Four tasks (300, 300, 300, 100 lines), each with its own summary on stderr.
    expect(piped.stderr.split('\n').filter((l) => l.includes('"event":"summary"')).map((l) => (JSON.parse(l) as { total: number }).total)).toEqual([300, 300, 300, 100])
  }, SLOW)
})

describe('examples/cluster/tag-task.sh: one cluster task', () => {
  const task = (args: string[], input: string) => spawnSync(NICE[0]!, [...NICE.slice(1), 'sh', join(ROOT, 'examples', 'cluster', 'tag-task.sh'), ...args], {
    input, encoding: 'utf8', env: { PATH: process.env.PATH, CPPCC_NLP: `node ${CLI}` }, // as PySpark's pipe: only the env given
  })

  it('ends a task whose documents failed with 0 (their error lines are the result), ids kept', () => {
    const r = task([], '{"id":"a"}\nnull\n{"id":3,"text":" "}\n')
    expect(r.status).toBe(0)
    expect(parseLines(r.stdout).map((l) => [l.id, l.error?.code])).toEqual([['a', 'E_BAD_LINE'], ['line:2', 'E_BAD_LINE'], [3, 'E_EMPTY']])
  }, SLOW)

  it('fails a task that cannot run with 2, so that the cluster retries it', () => {
    expect(task(['--shard', '0/2'], '{"id":"a","text":"长春"}\n').status).toBe(2)
  }, SLOW)
})
