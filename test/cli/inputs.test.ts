import { execFileSync } from 'node:child_process'
import { chmodSync, linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CliError } from '../../src/cli/errors.js'
import { compileGlob } from '../../src/cli/glob.js'
import { listInputs, normalizeArg, type Input } from '../../src/cli/inputs.js'
import { canRunAsNobody, doc, fileLines, IS_ROOT, NOBODY, parseLines, run, SLOW, summaryOf, tmp } from './helpers.js'

const brief = (inputs: Input[], root: string) => inputs.map((i) => [i.id.startsWith(root) ? i.id.slice(root.length + 1) : i.id, 'error' in i ? i.error.code : 'ok'])

describe('ids: the argument normalised + the POSIX path below it', () => {
  it.each([
    ['k300', 'k300'], ['./k300/', 'k300'], ['k300/', 'k300'], ['k300//sub/../', 'k300'], ['./k300/./a.txt', 'k300/a.txt'],
    ['.', '.'], ['./', '.'], ['../x/', '../x'], ['/data/k300/', '/data/k300'], ['/', '/'],
  ])('%s → %s', (arg, id) => expect(normalizeArg(arg)).toBe(id))
})

describe('globs: as the shell reads them', () => {
  it.each([
    ['k300/*.txt', 'k300/a.txt', true], ['k300/*.txt', 'k300/sub/a.txt', false], ['k300/*.txt', 'k300/.a.txt', false],
    ['k300/**/*.txt', 'k300/a.txt', true], ['k300/**/*.txt', 'k300/x/y/a.txt', true], ['k300/**/*.txt', 'k300/.git/a.txt', false],
    ['k300/*.{txt,md}', 'k300/b.md', true], ['k300/*.{txt,md}', 'k300/b.html', false], ['k300/?.txt', 'k300/a.txt', true],
    ['k300/?.txt', 'k300/ab.txt', false], ['k300/[ab].txt', 'k300/b.txt', true], ['k300/[!ab].txt', 'k300/b.txt', false],
    ['*.txt', 'a.txt', true], ['*.txt', 'k300/a.txt', false], ['/data/*/x.txt', '/data/k/x.txt', true], ['k300/**', 'k300/a/b.png', true],
  ])('%s on %s: %s', (pattern, path, want) => expect(compileGlob(pattern).test(path)).toBe(want))

  it.each([
    ['k300/**/*.txt', '.', 'k300'], ['./k300/*.txt', 'k300', 'k300'], ['*.md', '.', '.'], ['/data/20*/*.txt', '/data', '/data'],
  ])('%s walks from its static base', (pattern, _unused, base) => expect(compileGlob(normalizeArg(pattern)).base).toBe(base))
})

// One archive with every kind of entry a real one may hold.
function zoo(): { d: string; server: Server } {
  const d = tmp('inputs')
  const z = join(d, 'zoo')
  mkdirSync(join(z, 'sub'), { recursive: true })
  mkdirSync(join(d, 'other'))
  writeFileSync(join(z, 'a.txt'), doc(1))
  writeFileSync(join(z, 'b.md'), doc(2))
  writeFileSync(join(z, 'c.html'), `<html><body><p>${doc(3)}</p></body></html>`)
  writeFileSync(join(z, 'image.png'), 'not a document')
  writeFileSync(join(z, '.hidden.txt'), doc(4))
  writeFileSync(join(z, 'sub', 'd.txt'), doc(5))
  writeFileSync(join(d, 'other', 'e.txt'), doc(6))
  execFileSync('mkfifo', [join(z, 'fifo.txt')])
  symlinkSync('nothere.txt', join(z, 'dangling.txt'))
  symlinkSync('no-folder', join(z, 'gone'))
  symlinkSync('loop2.txt', join(z, 'loop1.txt'))
  symlinkSync('loop1.txt', join(z, 'loop2.txt'))
  symlinkSync('..', join(z, 'up')) // the folder above the argument
  symlinkSync('.', join(z, 'self'))
  symlinkSync('sub', join(z, 'a-twin')) // sorts before sub: still walked as sub, links come last
  symlinkSync('a.txt', join(z, 'alias.txt'))
  linkSync(join(z, 'b.md'), join(z, 'hard.txt'))
  symlinkSync('../other', join(z, 'to-other'))
  const server = createServer().listen(join(z, 'sock.txt'))
  return { d, server }
}

const ZOO: Array<[string, string]> = [
  ['other/e.txt', 'ok'], ['zoo/a.txt', 'ok'], ['zoo/b.md', 'ok'], ['zoo/c.html', 'ok'], ['zoo/dangling.txt', 'E_DANGLING_LINK'],
  ['zoo/fifo.txt', 'E_NOT_REGULAR'], ['zoo/gone', 'E_DANGLING_LINK'], ['zoo/loop1.txt', 'E_LINK_LOOP'], ['zoo/loop2.txt', 'E_LINK_LOOP'],
  ['zoo/self', 'E_LINK_LOOP'], ['zoo/sock.txt', 'E_NOT_REGULAR'], ['zoo/sub/d.txt', 'ok'], ['zoo/up', 'E_LINK_LOOP'],
]

describe('listInputs: every entry once, anything odd an error input', () => {
  let z: { d: string; server: Server }
  beforeAll(async () => {
    z = zoo()
    await new Promise((r) => z.server.once('listening', r))
  })
  afterAll(() => { z.server.close() })

  it('walks a folder and another argument: regular text files once, by their path without links; FIFO, socket, broken and looping links as errors', () => {
    expect(brief(listInputs([join(z.d, 'zoo'), join(z.d, 'other')]), z.d)).toEqual(ZOO)
  })

  it('gives the same ids for ./zoo/ and zoo, and nothing twice for an argument repeated', () => {
    const a = listInputs([`${z.d}/./zoo/`, `${z.d}/zoo`, join(z.d, 'other')])
    expect(brief(a, z.d)).toEqual(ZOO)
  })

  it('takes a file, a FIFO and a device named on the command line, whatever their names', () => {
    expect(brief(listInputs([join(z.d, 'zoo', 'image.png'), join(z.d, 'zoo', 'fifo.txt'), '/dev/null']), z.d)).toEqual([
      ['/dev/null', 'E_NOT_REGULAR'], ['zoo/fifo.txt', 'E_NOT_REGULAR'], ['zoo/image.png', 'ok'],
    ])
  })

  it('walks a glob with the same care: matches only, broken links it matches reported, no descent without **', () => {
    expect(brief(listInputs([join(z.d, 'zoo', '*.txt')]), z.d)).toEqual([
      ['zoo/a.txt', 'ok'], ['zoo/dangling.txt', 'E_DANGLING_LINK'], ['zoo/fifo.txt', 'E_NOT_REGULAR'], ['zoo/hard.txt', 'ok'],
      ['zoo/loop1.txt', 'E_LINK_LOOP'], ['zoo/loop2.txt', 'E_LINK_LOOP'], ['zoo/sock.txt', 'E_NOT_REGULAR'],
    ])
    // ** walks every folder: the links that loop back are reported as in a folder walk.
    expect(brief(listInputs([join(z.d, '**', 'd.txt')]), z.d)).toEqual([['zoo/self', 'E_LINK_LOOP'], ['zoo/sub/d.txt', 'ok'], ['zoo/up', 'E_LINK_LOOP']])
    // Arguments overlap: each file once, under the first argument that reached it (hard.txt is b.md),
    // and other/ through its link, the only way this time.
    expect(brief(listInputs([join(z.d, 'zoo', '*.txt'), join(z.d, 'zoo', '*.md'), join(z.d, 'zoo')]), z.d).filter(([, c]) => c === 'ok')).toEqual([
      ['zoo/a.txt', 'ok'], ['zoo/c.html', 'ok'], ['zoo/hard.txt', 'ok'], ['zoo/sub/d.txt', 'ok'], ['zoo/to-other/e.txt', 'ok'],
    ])
  })

  it('names each argument that matched nothing', () => {
    const e = (() => { try { listInputs([join(z.d, 'zoo'), join(z.d, 'nope'), join(z.d, 'zoo', '*.docx')]) } catch (x) { return x } })()
    expect(e).toBeInstanceOf(CliError)
    expect((e as CliError).code).toBe('E_NO_INPUT')
    expect((e as CliError).message).toMatch(/'.*nope' \(no such file or folder\), '.*zoo\/\*\.docx'$/)
  })
})

describe('cppcc-nlp tag over the zoo', () => {
  it('writes one line per input, each id once, errors with their codes, and exits 1; a FIFO does not hang it', () => {
    const z = zoo()
    try {
      const out = join(z.d, 'out.jsonl')
      const r = run(['tag', 'zoo', 'other', '--out', out, '--jobs', '1', '--progress', 'none'], { cwd: z.d })
      expect(r.status).toBe(1)
      const got = fileLines(out)
      expect(got.map((l) => [l.id, l.error?.code ?? 'ok'])).toEqual(ZOO)
      expect(summaryOf(r.stderr)).toMatchObject({ total: ZOO.length, documents: ZOO.length, failed: 8, skipped: 0 })
    } finally {
      z.server.close()
    }
  }, SLOW)

  it('never takes its own output for an input, even where the walk meets it', () => {
    const d = tmp('self')
    mkdirSync(join(d, 'arch'))
    writeFileSync(join(d, 'arch', 'a.txt'), '')
    for (const resume of [[], ['--resume']]) {
      const r = run(['tag', 'arch', '--out', 'arch/results.txt', '--progress', 'none', ...resume], { cwd: d })
      expect(r.status).toBe(1)
      expect(fileLines(join(d, 'arch', 'results.txt')).map((l) => [l.id, l.error?.code])).toEqual([['arch/a.txt', 'E_EMPTY']])
    }
  }, SLOW)

  // As root every folder is readable: the case runs as nobody, where the checkout lets it.
  it.skipIf(IS_ROOT && !canRunAsNobody())('reports an unreadable folder as an error line', () => {
    const d = tmp('unreadable')
    mkdirSync(join(d, 'arch', 'locked'), { recursive: true })
    writeFileSync(join(d, 'arch', 'locked', 'x.txt'), doc(1))
    writeFileSync(join(d, 'arch', 'empty.txt'), '')
    chmodSync(join(d, 'arch', 'locked'), 0o000)
    const r = run(['tag', 'arch', '--progress', 'none'], { cwd: d, ...(IS_ROOT ? { uid: NOBODY } : {}) })
    expect(r.status).toBe(1)
    expect(parseLines(r.stdout).map((l) => [l.id, l.error?.code])).toEqual([['arch/empty.txt', 'E_EMPTY'], ['arch/locked', 'E_UNREADABLE']])
  }, SLOW)
})
