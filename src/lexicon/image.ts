import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Typed arrays by name: the tables of a structure built from data/ (see Divisions, PlaceForms, KeyTrie). */
export type Tables = Record<string, Int32Array | Uint8Array>

type Spec = { name: string; type: 'i32' | 'u8'; length: number }

/**
 * Tables and a JSON header in one buffer, as the build saves them so that start-up reads the tables
 * instead of making them again: the header's length (4 bytes, little-endian), the header, then each
 * table, every part starting at a multiple of 4 bytes. Numbers are in the byte order of the machine
 * that built the image, which the header names: another machine makes its tables itself.
 */
export function packImage(header: Record<string, unknown>, tables: Tables): Uint8Array {
  const specs: Spec[] = Object.entries(tables).map(([name, t]) => ({ name, type: t instanceof Int32Array ? 'i32' : 'u8', length: t.length }))
  const head = new TextEncoder().encode(JSON.stringify({ ...header, littleEndian: LITTLE_ENDIAN, tables: specs }))
  let size = pad(4 + head.length)
  for (const t of Object.values(tables)) size += pad(t.byteLength)
  const out = new Uint8Array(size)
  new DataView(out.buffer).setUint32(0, head.length, true)
  out.set(head, 4)
  let at = pad(4 + head.length)
  for (const t of Object.values(tables)) {
    out.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength), at)
    at += pad(t.byteLength)
  }
  return out
}

/**
 * The header and tables of an image (views of `bytes` where they are aligned, else copies), or null
 * for bytes that are no image this code can read: the caller then makes the tables itself.
 */
export function unpackImage(bytes: Uint8Array): { header: Record<string, unknown>; tables: Tables } | null {
  if (bytes.length < 4) return null
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(0, true)
  if (4 + length > bytes.length) return null
  let header: Record<string, unknown> & { littleEndian?: boolean; tables?: Spec[] }
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as typeof header
  } catch {
    return null
  }
  if (header.littleEndian !== LITTLE_ENDIAN || !Array.isArray(header.tables)) return null
  const tables: Tables = {}
  let at = pad(4 + length)
  for (const s of header.tables) {
    const size = s.type === 'i32' ? s.length * 4 : s.length
    if (at + size > bytes.length) return null
    const part = bytes.subarray(at, at + size)
    const aligned = part.byteOffset % 4 === 0 ? part : part.slice()
    tables[s.name] = s.type === 'i32' ? new Int32Array(aligned.buffer, aligned.byteOffset, s.length) : aligned
    at += pad(size)
  }
  return { header, tables }
}

const pad = (n: number) => (n + 3) & ~3

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/**
 * The image the build saved as `file` next to this module (in dist/, see tsup.config.ts; src/ has
 * none), or null where there is none or it was made from other sources than those of `key`.
 */
export function savedImage(file: string, key: string): { header: Record<string, unknown>; tables: Tables } | null {
  const path = fileURLToPath(new URL(file, import.meta.url))
  if (!existsSync(path)) return null
  const image = unpackImage(readFileSync(path))
  return image && image.header.key === key ? image : null
}
