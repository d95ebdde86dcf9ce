import { createRequire } from 'node:module'
import type * as Jschardet from 'jschardet'

export type Decoded = { text: string; encoding: string } | { error: { code: string; message: string } }

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Share of C0 control bytes (except tab/CR/LF/FF) in the first 8 KB: binary files have many. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let bad = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) bad++
  }
  return bad > n * 0.02
}

/**
 * Bytes → text: a BOM decides; else strict UTF-8; else the detector's guess among the Chinese
 * encodings (Big5, or the GB family decoded as GB18030, its superset, so 4-byte characters such as
 * 𠀀 survive); else GB18030. Empty and binary inputs are errors, never silently lost.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: { code: 'E_EMPTY', message: 'the file is empty' } }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  if (looksBinary(bytes)) return { error: { code: 'E_BINARY', message: 'the file looks binary (NUL or control bytes), not text' } }
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' }
  } catch {
    // not UTF-8: fall through to the legacy Chinese encodings
  }
  // The detector loads only for a file that is not UTF-8: it takes longer to load than most files to analyse.
  const jschardet = createRequire(import.meta.url)('jschardet') as typeof Jschardet
  const guess = jschardet.detect(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536)))
  const enc = /big5/i.test(guess.encoding ?? '') ? 'big5' : 'gb18030'
  const text = new TextDecoder(enc).decode(bytes)
  if (text.includes('\ufffd') && enc === 'big5') {
    const gb = new TextDecoder('gb18030').decode(bytes)
    if (!gb.includes('\ufffd')) return { text: gb, encoding: 'gb18030' }
  }
  return { text, encoding: enc }
}
