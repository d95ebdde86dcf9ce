import { statSync } from 'node:fs'
import { globSync } from 'tinyglobby'

const TEXT_FILES = '**/*.{txt,md,markdown,html,htm}'

/**
 * Files named by PATHS (files, directories walked for .txt/.md/.html, or glob patterns), deduplicated
 * and sorted so that every run, shard and resume sees the same order.
 */
export function listInputs(paths: string[]): string[] {
  const out = new Set<string>()
  for (const p of paths) {
    let st
    try { st = statSync(p) } catch { st = undefined }
    if (st?.isDirectory()) for (const f of globSync(TEXT_FILES, { cwd: p, absolute: false, dot: false })) out.add(joinPath(p, f))
    else if (st) out.add(p)
    else for (const f of globSync(p, { dot: false })) out.add(f)
  }
  return [...out].sort()
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`
}

/** `--shard i/n`: the files whose position modulo n is i (0-based). */
export function parseShard(spec: string | undefined): { index: number; count: number } | null {
  if (spec === undefined) return null
  const m = /^(\d+)\/(\d+)$/.exec(spec)
  if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new Error(`--shard expects i/n with 0 <= i < n, got ${spec}`)
  return { index: Number(m[1]), count: Number(m[2]) }
}
