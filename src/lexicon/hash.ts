/**
 * 32-bit FNV-1a over the UTF-16 code units [from, to) of `s`; never 0, so that 0 can mark an empty
 * slot. Tables keyed by it compare the whole 32 bits: two words sharing a hash are vanishingly rare
 * (one in four billion per pair).
 */
export function wordHash(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h === 0 ? 1 : h
}
