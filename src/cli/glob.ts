import { posix } from 'node:path'
import picomatch from 'picomatch'

// A glob is walked by the same walker as a folder (links, loops and FIFOs handled once, in one place),
// from its static base, and its matches picked by picomatch: `*` and `?` within one segment and never a
// leading dot, `**` across segments, `[...]`, `{a,b}` as in the shell.

export const isGlob = (p: string) => picomatch.scan(p).isGlob

/** A glob: the folder to walk from, the test of a path, and whether a folder below may hold a match. */
export type Glob = { base: string; test: (path: string) => boolean; enter: (folder: string) => boolean }

export function compileGlob(pattern: string): Glob {
  const normal = posix.normalize(pattern)
  const scanned = picomatch.scan(normal)
  const base = scanned.base || (normal.startsWith('/') ? '/' : '.')
  const prefix = base === '.' ? '' : base === '/' ? '/' : `${base}/`
  // posix: true makes `[!ab]` negate as in the shell; without it picomatch 4.0.x reads `!` as a member
  // (micromatch/picomatch#187, the same workaround as tinyglobby#151).
  const options = { posix: true }
  const matches = picomatch(scanned.glob, options)
  // A folder may hold a match while each of its segments matches the pattern's segment at that depth,
  // up to a `**`, which may hold anything below.
  const segments = scanned.glob.split('/').map((s) => (s === '**' ? null : picomatch(s, options)))
  const enter = (folder: string) => {
    if (folder === base) return true
    for (const [depth, name] of folder.slice(prefix.length).split('/').entries()) {
      const segment = segments[depth]
      if (segment === null) return true
      if (segment === undefined || depth === segments.length - 1 || !segment(name)) return false
    }
    return true
  }
  return { base, test: (path) => path.startsWith(prefix) && matches(path.slice(prefix.length)), enter }
}
