import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { dirname, join, posix, resolve, sep } from 'node:path'
import { CliError } from './errors.js'
import { compileGlob, isGlob } from './glob.js'

/** A document to analyse, or what stands in its place: an error line with its own code. */
export type Input = { id: string; path: string } | { id: string; error: { code: InputErrorCode; message: string } }
export type InputErrorCode = 'E_NOT_REGULAR' | 'E_DANGLING_LINK' | 'E_LINK_LOOP' | 'E_UNREADABLE'

const TEXT_FILE = /\.(?:txt|md|markdown|html?)$/i

/**
 * An argument as an id prefix: POSIX separators, `.`/`..` and duplicate or trailing slashes
 * resolved, so that `./k300/` and `k300` give the same ids.
 */
export function normalizeArg(arg: string): string {
  const p = posix.normalize(arg.split(sep).join('/'))
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p
}

/**
 * Documents named by PATHS: files, folders (walked for .txt .md .markdown .html .htm) and glob patterns.
 * Id = the argument normalised + the POSIX path below it. Each real file and folder is visited once,
 * by device and inode, and by a path without links where there is one: links are followed only after
 * every argument was walked without them, so repeated arguments and links add nothing. What is not a
 * regular file, a dangling or looping link and an unreadable folder become error inputs. Sorted by id.
 * Throws `E_NO_INPUT` naming each argument that matched nothing.
 */
export function listInputs(args: string[]): Input[] {
  const w = new Walker(args.length)
  for (const [i, arg] of args.entries()) {
    if (exists(arg)) w.visit(arg, normalizeArg(arg), { arg: i, explicit: true, glob: false, want: () => true, enter: () => true }, realAncestors(arg))
    else if (isGlob(arg)) {
      const g = compileGlob(normalizeArg(arg))
      if (exists(g.base)) w.visit(g.base, g.base, { arg: i, explicit: false, glob: true, want: g.test, enter: g.enter }, realAncestors(g.base))
    }
  }
  w.followLinks()
  const unmatched = args.filter((_, i) => w.met[i] === 0)
  if (unmatched.length) {
    const what = unmatched.map((a) => `'${a}'${isGlob(a) ? '' : exists(a) ? ' (a folder with no .txt, .md, .markdown, .html or .htm file)' : ' (no such file or folder)'}`)
    throw new CliError('E_NO_INPUT', `no input matched ${what.join(', ')}`)
  }
  return w.inputs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

const exists = (p: string) => { try { lstatSync(p); return true } catch { return false } }
const key = (st: Stats) => `${st.dev}:${st.ino}`

/** The folders above a path's real location: a link down there to one of them is a loop. */
function realAncestors(p: string): string[] {
  const out: string[] = []
  try {
    for (let d = dirname(realpathSync(resolve(p))); ; d = dirname(d)) {
      out.unshift(key(statSync(d)))
      if (dirname(d) === d) return out
    }
  } catch {
    return out
  }
}

const kind = (st: Stats) => (st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a regular file')

/**
 * `arg`: the argument walked; `explicit`: named by it, so taken whatever its name; `want`: which ids
 * below are documents; `enter`: which folders below may hold one (a glob's).
 */
type Visit = { arg: number; explicit: boolean; glob: boolean; want: (id: string) => boolean; enter: (id: string) => boolean }
type Deferred = { path: string; id: string; v: Visit; ancestors: string[] }

class Walker {
  readonly inputs: Input[] = []
  /** Per argument, inputs found plus files and folders met again: 0 means it matched nothing. */
  readonly met: number[]
  private readonly seen = new Set<string>()
  private readonly links: Deferred[] = []
  private following = false
  constructor(args: number) {
    this.met = new Array<number>(args).fill(0)
  }

  private add(i: Input, v: Visit): void {
    this.inputs.push(i)
    this.met[v.arg]!++
  }

  private fail(id: string, code: InputErrorCode, message: string, v: Visit): void {
    this.add({ id, error: { code, message } }, v)
  }

  /** The links met in walks, in the order met (links met there too join the queue). */
  followLinks(): void {
    this.following = true
    for (let d = this.links.shift(); d; d = this.links.shift()) this.visit(d.path, d.id, d.v, d.ancestors)
  }

  visit(path: string, id: string, v: Visit, ancestors: string[]): void {
    let st: Stats
    try {
      st = lstatSync(path)
      if (st.isSymbolicLink()) {
        if (!v.explicit && !this.following) { this.links.push({ path, id, v, ancestors }); return }
        st = statSync(path)
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      // A broken link in a folder may have stood for a folder: reported whatever its name.
      const broken = code === 'ENOENT' || code === 'ELOOP'
      if (!v.explicit && !v.want(id) && !(broken && !v.glob)) return
      if (code === 'ENOENT') this.fail(id, 'E_DANGLING_LINK', `${path} is a link to something that does not exist`, v)
      else if (code === 'ELOOP') this.fail(id, 'E_LINK_LOOP', `${path} is a link that loops back on itself`, v)
      else this.fail(id, 'E_UNREADABLE', `${path}: ${(e as Error).message}`, v)
      return
    }
    if (st.isDirectory()) return this.walk(path, id, st, v, ancestors)
    if (!v.explicit && !v.want(id)) return
    if (!st.isFile()) return this.fail(id, 'E_NOT_REGULAR', `${path} is ${kind(st)}, not a regular file`, v)
    if (this.seen.has(key(st))) { this.met[v.arg]!++; return }
    this.seen.add(key(st))
    this.add({ id, path }, v)
  }

  private walk(path: string, id: string, st: Stats, v: Visit, ancestors: string[]): void {
    if (!v.enter(id)) return
    const k = key(st)
    if (ancestors.includes(k)) return this.fail(id, 'E_LINK_LOOP', `${path} is a link to a folder that contains it`, v)
    // Folder arguments share one walk of each folder; a glob walks for its own matches.
    const walkKey = `${v.glob ? v.arg : 'folders'}:${k}`
    if (this.seen.has(walkKey)) { this.met[v.arg]!++; return } // walked already, under another id
    this.seen.add(walkKey)
    let names: string[]
    try {
      names = readdirSync(path).filter((n) => !n.startsWith('.')).sort()
    } catch (e) {
      return this.fail(id, 'E_UNREADABLE', `cannot read the folder ${path}: ${(e as Error).message}`, v)
    }
    // Below a folder argument only text files are documents; below a glob, what it matches.
    const child: Visit = { ...v, explicit: false, want: v.glob ? v.want : (i) => TEXT_FILE.test(i) }
    for (const n of names) this.visit(join(path, n), posix.join(id, n), child, [...ancestors, k])
  }
}
