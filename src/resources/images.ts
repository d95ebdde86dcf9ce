import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildOfficial, OFFICIAL_IMAGE, officialImage, officialSources } from '../places/official.js'
import { IDF_IMAGE, idfImage } from '../segment/idf-order.js'
import { readJiebaFiles } from '../segment/jieba-files.js'

/**
 * Saves in `dir` (dist/, from tsup.config.ts) the images of tables that start-up would otherwise make:
 * the gazetteer's (places/official.ts) and the key order of jieba's idf.txt (segment/idf-order.ts).
 * Each names the bytes it was made from; start-up makes its tables itself where they differ.
 */
export function writeImages(dir: string): void {
  const sources = officialSources()
  writeFileSync(join(dir, OFFICIAL_IMAGE), officialImage(sources, buildOfficial(sources)))
  writeFileSync(join(dir, IDF_IMAGE), idfImage(readJiebaFiles().idf()))
}
