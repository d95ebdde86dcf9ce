import { posix } from 'node:path'

// A glob is walked by the same walker as a folder (links, loops and FIFOs handled once, in one place),
// from its static base, and its matches picked by this pattern.

const MAGIC = /[*?[\]{}]/

export const isGlob = (p: string) => MAGIC.test(p)

/** A glob: the folder to walk from, the test of a path, and whether a folder below may hold a match. */
export type Glob = { base: string; test: (path: string) => boolean; enter: (folder: string) => boolean }

/**
 * `*` and `?` stay within one segment and never match a leading dot; `**` as a whole segment spans
 * any number of segments; `[...]`, `[!...]` and `{a,b}` as in the shell. Paths are POSIX, normalised.
 */
export function compileGlob(pattern: string): Glob {
  const segs = posix.normalize(pattern).split('/')
  let i = 0
  while (i < segs.length - 1 && !MAGIC.test(segs[i]!)) i++
  const base = segs.slice(0, i).join('/') || (pattern.startsWith('/') ? '/' : '.')
  const rest = segs.slice(i)
  let re = ''
  for (const [k, seg] of rest.entries()) {
    const last = k === rest.length - 1
    if (seg === '**') re += last ? '(?:[^/.][^/]*(?:/[^/.][^/]*)*)?' : '(?:[^/.][^/]*/)*'
    else re += segment(seg) + (last ? '' : '/')
  }
  const rx = new RegExp(`^${re}$`)
  const prefix = base === '.' ? '' : base === '/' ? '/' : `${base}/`
  const segs1 = rest.map((x) => (x === '**' ? null : new RegExp(`^${segment(x)}$`)))
  const enter = (p: string) => {
    if (p === base) return true
    const rel = p.slice(prefix.length).split('/')
    for (const [j, r] of rel.entries()) {
      const s1 = segs1[j]
      if (s1 === null) return true
      if (s1 === undefined || j === segs1.length - 1 || !s1.test(r)) return false
    }
    return true
  }
  return { base, test: (p) => p.startsWith(prefix) && rx.test(p.slice(prefix.length)), enter }
}

function segment(seg: string): string {
  let out = seg.startsWith('.') ? '' : '(?!\\.)'
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!
    if (c === '\\' && i + 1 < seg.length) out += esc(seg[++i]!)
    else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const j = seg.indexOf(']', i + 2)
      if (j < 0) { out += '\\['; continue }
      const body = seg.slice(i + 1, j)
      out += /^[!^]/.test(body) ? `[^/${body.slice(1).replace(/\\/g, '\\\\')}]` : `[${body.replace(/\\/g, '\\\\')}]`
      i = j
    } else if (c === '{') {
      const j = seg.indexOf('}', i)
      if (j < 0) { out += '\\{'; continue }
      out += `(?:${seg.slice(i + 1, j).split(',').map((alt) => segment(alt).replace(/^\(\?!\\\.\)/, '')).join('|')})`
      i = j
    } else out += esc(c)
  }
  return out
}

const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
