import { describe, expect, it } from 'vitest'
import { joinInto, utf8Bytes } from '../bench/lib/docs.js'

// The linear-time bench analyses one text as documents of several sizes: each split must hold the
// same text, cut only between parts, in documents of about equal size.
describe('joinInto: the same text as `count` documents', () => {
  // Parts of 1 to 7 lines of a Han sentence (3 bytes a character), so that sizes differ.
  const parts = Array.from({ length: 120 }, (_, i) => `第${i + 1}版\n\n${'政协委员'.repeat(1 + (i * 5) % 7)}\n\n`)
  const total = parts.reduce((n, p) => n + utf8Bytes(p), 0)
  const largest = Math.max(...parts.map(utf8Bytes))

  it.each([1, 2, 5, 50])('%i documents', (count) => {
    const docs = joinInto(parts, count)
    expect(docs).toHaveLength(count)
    expect(docs.join('')).toBe(parts.join(''))
    for (const doc of docs) {
      expect(doc.startsWith('第')).toBe(true)
      expect(Math.abs(utf8Bytes(doc) - total / count)).toBeLessThanOrEqual(largest)
    }
  })
})
