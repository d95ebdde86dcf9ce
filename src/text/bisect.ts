/**
 * The first index in [0, count) at which `before` is false, for a `before` that holds on a prefix of the
 * indexes and fails on the rest; `count` where it never fails. The binary search of every sorted index
 * in the library (mentions by start or end, positions of marks).
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
