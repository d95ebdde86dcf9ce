import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canRunAsNobody, IS_ROOT, NOBODY, run, SLOW, tmp } from './helpers.js'

// Each case: how `tag` is called in a folder laid out by `setup`, and the one line it must print.
// A usage error exits 2 before any document is read, with no stack trace and no output file made.
const cases: Array<[string, (d: string) => string[], RegExp]> = [
  ['a folder that does not exist', (d) => ['tag', join(d, 'no/such/dir'), '--out', join(d, 'x.jsonl')], /no input matched '.*no\/such\/dir' \(no such file or folder\)/],
  ['a glob that matches nothing', (d) => ['tag', join(d, 'docs/*.htm'), '--out', join(d, 'x.jsonl')], /no input matched '.*docs\/\*\.htm'/],
  ['a glob whose folder does not exist', (d) => ['tag', join(d, 'nowhere/**/*.txt'), '--out', join(d, 'x.jsonl')], /no input matched '.*nowhere\/\*\*\/\*\.txt'/],
  ['a folder with no text file', (d) => ['tag', join(d, 'empty'), '--out', join(d, 'x.jsonl')], /no input matched '.*empty' \(a folder with no \.txt/],
  ['one of two arguments matches nothing', (d) => ['tag', join(d, 'docs'), join(d, 'typo'), '--out', join(d, 'x.jsonl')], /no input matched '.*typo'/],
  ['--out into a missing folder', (d) => ['tag', join(d, 'docs'), '--out', join(d, 'missing/x.jsonl')], /--out .*missing\/x\.jsonl: the folder .*missing does not exist/],
  ['--out under a file', (d) => ['tag', join(d, 'docs'), '--out', join(d, 'docs/a.txt/x.jsonl')], /the folder .*a\.txt does not exist|is not a folder/],
  ['--out that is a folder', (d) => ['tag', join(d, 'docs'), '--out', join(d, 'empty')], /--out .*empty is a folder/],
  ['--resume without --out', (d) => ['tag', join(d, 'docs'), '--resume'], /--resume needs --out/],
  ['--shard out of range', (d) => ['tag', join(d, 'docs'), '--shard', '2/2'], /--shard expects i\/n with 0 <= i < n, got 2\/2/],
  ['--shard with standard input', () => ['tag', '-', '--shard', '0/2'], /--shard splits files/],
  ['- with another path', (d) => ['tag', '-', join(d, 'docs')], /- \(standard input\) takes no other path/],
  ['--jobs 0', (d) => ['tag', join(d, 'docs'), '--jobs', '0'], /--jobs expects a positive whole number, got 0/],
  ['--progress of an unknown kind', (d) => ['tag', join(d, 'docs'), '--progress', 'loud'], /--progress expects auto, bar, json or none/],
  ['an unknown option', (d) => ['tag', join(d, 'docs'), '--frobnicate'], /Unknown option '--frobnicate'/],
  ['--resume into a file that is not tag output', (d) => ['tag', join(d, 'docs'), '--out', join(d, 'notes.txt'), '--resume'], /line 1 of .*notes\.txt is not a result line/],
  ['--resume of an --archive-keywords output without it', (d) => ['tag', join(d, 'docs'), '--out', join(d, 'ak.jsonl'), '--resume'], /written with --archive-keywords .*: resume with --archive-keywords/],
  ['--engine of an unknown name', (d) => ['tag', join(d, 'docs'), '--engine', 'jieba-rs'], /--engine expects @node-rs\/jieba or nodejieba, got jieba-rs/],
  ['--extend to a folder that does not exist', (d) => ['tag', join(d, 'docs'), '--extend', join(d, 'no-ext')], /extendDir: .*no-ext is not a folder/],
  ['--extend to a folder with a bad row', (d) => ['tag', join(d, 'docs'), '--extend', join(d, 'bad-ext')], /bodies\.tsv:2: kind agency is not one of/],
]

function layout(): string {
  const d = tmp('usage')
  mkdirSync(join(d, 'docs'))
  mkdirSync(join(d, 'empty'))
  writeFileSync(join(d, 'docs', 'a.txt'), '')
  writeFileSync(join(d, 'empty', 'image.png'), 'x')
  writeFileSync(join(d, 'notes.txt'), 'my notes, not JSON\n')
  writeFileSync(join(d, 'ak.jsonl'), '')
  writeFileSync(join(d, 'ak.jsonl.words'), '')
  mkdirSync(join(d, 'bad-ext'))
  writeFileSync(join(d, 'bad-ext', 'bodies.tsv'), 'form\tkind\n大数据中心\tagency\n')
  return d
}

describe('cppcc-nlp tag: usage errors exit 2 with one clear line', () => {
  it.each(cases)('%s', (_name, args, message) => {
    const d = layout()
    const r = run(args(d))
    expect(r.status).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/^\s+at /m)
    expect(r.stdout).toBe('')
    expect(existsSync(join(d, 'x.jsonl'))).toBe(false)
    expect(readFileSync(join(d, 'notes.txt'), 'utf8')).toBe('my notes, not JSON\n')
  }, SLOW)

  // As root every folder is writable: the case runs as nobody, where the checkout lets it.
  it.skipIf(IS_ROOT && !canRunAsNobody())('--out into a folder that is not writable', () => {
    const d = layout()
    mkdirSync(join(d, 'ro'))
    chmodSync(join(d, 'ro'), 0o555)
    const r = run(['tag', join(d, 'docs'), '--out', join(d, 'ro', 'x.jsonl')], IS_ROOT ? { uid: NOBODY } : {})
    expect(r.status).toBe(2)
    expect(r.stderr.trim()).toMatch(/^cppcc-nlp: --out .*ro\/x\.jsonl: the folder .*ro is not writable$/)
  }, SLOW)
})
