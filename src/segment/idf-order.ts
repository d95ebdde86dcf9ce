import { createHash } from 'node:crypto'
import { packImage, savedImage, unpackImage, type Tables } from '../lexicon/image.js'
import { keyOrder } from '../lexicon/sorted-lines.js'

/**
 * The order of the lines of jieba's idf.txt by word (see SortedLines), which the build saves in dist/
 * so that start-up searches the file instead of indexing its 270,000 lines. An image is read for the
 * bytes it was made from only: a different file is indexed (LineIndex).
 */
export const IDF_IMAGE = 'jieba-idf.bin'

export function idfImage(idf: Uint8Array): Uint8Array {
  return packImage({ key: keyOf(idf) }, { order: keyOrder(idf) })
}

/** The order saved in an image made from these bytes, or null. */
export function readIdfOrder(idf: Uint8Array, image: Uint8Array): Int32Array | null {
  const unpacked = unpackImage(image)
  return unpacked && unpacked.header.key === keyOf(idf) ? orderOf(unpacked.tables) : null
}

/** The order the build saved for these bytes, or null. */
export function savedIdfOrder(idf: Uint8Array): Int32Array | null {
  const saved = savedImage(IDF_IMAGE, keyOf(idf))
  return saved ? orderOf(saved.tables) : null
}

const orderOf = (t: Tables) => (t.order instanceof Int32Array ? t.order : null)

// The layout's version and the file's SHA-256.
const keyOf = (idf: Uint8Array) => `1:${createHash('sha256').update(idf).digest('hex')}`
