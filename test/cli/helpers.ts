import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export const CLI = join(ROOT, 'dist', 'cli.js')
/** Process-spawning tests wait this long: the CI box is a busy 2-core machine. */
export const SLOW = 240_000
/**
 * The CLI runs niced: its processes yield the cores to the in-process tests running beside them (whose
 * first test loads the dictionaries within vitest's 5 s), and only take longer themselves.
 */
export const NICE = ['nice', '-n', '10']

export type Ran = { status: number | null; stdout: string; stderr: string }

/** Runs the built CLI to its end (a hung run fails after SLOW instead of hanging the suite). */
export function run(args: string[], o: { input?: string; cwd?: string; uid?: number } = {}): Ran {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`)
  const opts: SpawnSyncOptions = { input: o.input, cwd: o.cwd, encoding: 'utf8', maxBuffer: 1 << 28, timeout: SLOW - 10_000 }
  if (o.uid !== undefined) Object.assign(opts, { uid: o.uid, gid: o.uid })
  const r = spawnSync(NICE[0]!, [...NICE.slice(1), 'node', CLI, ...args], opts)
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) }
}

/** The same, without blocking the test's event loop. */
export function runAsync(args: string[], o: { input?: string; cwd?: string } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(NICE[0]!, [...NICE.slice(1), 'node', CLI, ...args], { cwd: o.cwd })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
    child.stdin.end(o.input ?? '')
  })
}

export type Line = { id: string | number; error?: { code: string; message: string }; keywords?: Array<{ word: string }>; [k: string]: unknown }
export const parseLines = (text: string): Line[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line)
export const fileLines = (file: string): Line[] => parseLines(readFileSync(file, 'utf8'))
/** The raw lines of a file, sorted: what "the same set of lines" compares. */
export const lineSet = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).sort()

export type Summary = { total: number; documents: number; failed: number; skipped: number; retried: number; added: number; bytes: number; mb: number; seconds: number; mbPerSecond: number }
export function summaryOf(stderr: string): Summary {
  const line = stderr.split('\n').find((l) => l.includes('"event":"summary"'))
  if (!line) throw new Error(`no summary in stderr:\n${stderr}`)
  return JSON.parse(line) as Summary
}

/** A fresh folder that other users can enter too (tests run some cases as nobody). */
export function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `cppcc-${prefix}-`))
  chmodSync(d, 0o755)
  return d
}

// Short documents that differ in place, person and figure, so each has results of its own.
const PLACES = ['长春市', '吉林市', '延边朝鲜族自治州', '天长市', '南康区', '长治市', '赣州市', '四平市']
const NAMES = ['高志国', '徐勇', '曹天平', '张泗国', '乔政恺', '李明', '王芳', '陈东']
const TOPICS = ['乡村振兴', '科技创新', '营商环境', '生态保护', '养老服务', '教育公平']
export function doc(i: number): string {
  const p = PLACES[i % PLACES.length]!
  return `${p}政协召开第${i + 1}次专题协商会\n本报讯 ${p}政协委员${NAMES[(i * 3) % NAMES.length]}建议，围绕${TOPICS[i % TOPICS.length]}投入${(i + 1) * 13}万元，推动解决群众关心的问题。`
}

/** Running as another user is how an unreadable folder is tested when the suite runs as root. */
export const IS_ROOT = process.getuid?.() === 0
export const NOBODY = 65534
/** Whether the CLI can run as nobody here (the checkout must be reachable by other users). */
export const canRunAsNobody = (): boolean => IS_ROOT && run(['--version'], { uid: NOBODY }).status === 0
