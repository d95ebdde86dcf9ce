import { createHash } from 'node:crypto'
import { CliError } from './errors.js'

export type Shard = { index: number; count: number }

/** `--shard i/n` (0-based). */
export function parseShard(spec: string | undefined): Shard | null {
  if (spec === undefined) return null
  const m = /^(\d+)\/(\d+)$/.exec(spec)
  if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new CliError('E_USAGE', `--shard expects i/n with 0 <= i < n, got ${spec}`)
  return { index: Number(m[1]), count: Number(m[2]) }
}

/**
 * The shard of a document: the first 4 bytes of SHA-256 of its id (UTF-8), big-endian, modulo n. By
 * the id alone, so adding or removing a document never moves another one to a different shard.
 */
export function shardOf(id: string, count: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % count
}
