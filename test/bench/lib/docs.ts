import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures')
const read = (dir: string) => readdirSync(join(fixtures, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(fixtures, dir, f))

/** The five sample pages (test/fixtures/articles), the ones with hand-made gold. */
export const SAMPLE_FILES = read('articles')
export const SAMPLES = SAMPLE_FILES.map((f) => readFileSync(f, 'utf8'))
/** Every real page: the samples and the development pages. */
export const PAGES = [...SAMPLES, ...read('dev-pages').map((f) => readFileSync(f, 'utf8'))]

export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8')

/** A sentence of the sample page 002 (长春市政协): the input of the cold-start runs. */
export const ONE_SENTENCE = '全年开展85次协商活动，推动解决一些老难题，形成了独具特色的长春协商品牌。\n'

/** An English sentence with a body, a place, a date and a figure: the English side's cold start (compromise and its data). */
export const ONE_SENTENCE_EN = 'The CPPCC Yangquan Municipal Committee met in Yangquan on 3 March 2015 and heard 125 proposals.\n'
/** An English page of test/fixtures/en, a long one with persons, bodies and figures. */
export const EN_PAGE = join(fixtures, 'en', '600_chinadaily_adviser_rural_subsidies_21_3_percent_2022.txt')

/**
 * At least `bytes` bytes of UTF-8 text, as parts: the real pages one after another, each under a
 * header with its own number (第N版), in an order that changes from one round of pages to the next, so
 * that no stretch of the text repeats the one before it.
 */
export function archiveParts(bytes: number): string[] {
  const parts: string[] = []
  let size = 0
  for (let round = 0, n = 1; size < bytes; round++) {
    // Round r takes the pages with a stride coprime to their count: a different neighbour for each page.
    const stride = strideFor(round, PAGES.length)
    for (let k = 0; k < PAGES.length && size < bytes; k++, n++) {
      const part = `第${n}版\n\n${PAGES[(k * stride + round) % PAGES.length]!}\n\n`
      parts.push(part)
      size += utf8Bytes(part)
    }
  }
  return parts
}

/**
 * `parts` joined into `count` documents of about equal size, in order, cut only between parts: the
 * same text as one document or as many small ones.
 */
export function joinInto(parts: string[], count: number): string[] {
  const total = parts.reduce((n, p) => n + utf8Bytes(p), 0)
  const docs: string[] = []
  let current: string[] = []
  let size = 0
  for (const part of parts) {
    current.push(part)
    size += utf8Bytes(part)
    if (size >= (total * (docs.length + 1)) / count && docs.length < count - 1) { docs.push(current.join('')); current = [] }
  }
  docs.push(current.join(''))
  return docs
}

function strideFor(round: number, count: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
  let s = 1 + (round % (count - 1))
  while (gcd(s, count) !== 1) s++
  return s
}

/** `count` documents for the worker pool: the real pages in turn, each with its own number. */
export const poolDocuments = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `doc${i}`, text: `第${i + 1}号\n\n${PAGES[i % PAGES.length]!}`, maxBytes: 1e8 }))
