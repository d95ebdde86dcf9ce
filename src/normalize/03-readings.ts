import { rewrite } from './offset-map.js'
import type { NormalizeStep } from './types.js'

// A reading in brackets after a Han character, as pages converted between scripts print them: 協(xié),
// 會(huì). A tone mark tells a reading from a bracketed Latin word or abbreviation: (A), (CPPCC) stay.
const READING = /(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)/g

/** Drops pinyin readings printed after characters (九三學(xué)社 → 九三學社). */
export const dropReadings: NormalizeStep = (m) => {
  if (!m.text.includes('(')) return { out: m, warnings: [] }
  const { out, changed } = rewrite(m, READING, () => '')
  if (changed.length === 0) return { out, warnings: [] }
  const [s, e] = changed[0]!
  return { out, warnings: [{ code: 'W_READINGS_REMOVED', message: `removed ${changed.length} pinyin reading(s) printed after characters`, start: m.starts[s]!, end: m.ends[e - 1]! }] }
}
