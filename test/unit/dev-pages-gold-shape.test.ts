/**
 * Every gold file (the client's sample gold, the dev pages, the English pages) has the shape GUIDE.md gives: a slip
 * such as a note typed into `cppccMember` (round 15, held-out 859) would otherwise be scored as if it were a value.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

const ROOT = join(import.meta.dirname, '..', 'fixtures')
const note = { note: z.string().optional() }

const Gold = z.strictObject({
  source: z.string(),
  note: z.string().optional(),
  places: z.array(z.strictObject({
    name: z.string().min(1),
    level: z.enum(['province', 'prefecture', 'county', 'township']),
    parent: z.string().nullable(),
    ...note,
  })),
  committees: z.array(z.strictObject({
    name: z.string().min(1),
    kind: z.enum(['cppcc', 'cppcc-special', 'party', 'congress', 'government', 'democratic-party', 'mass-organisation',
      'court', 'procuratorate', 'military', 'other']),
    region: z.string().nullable().optional(),
    ...note,
  })),
  persons: z.array(z.strictObject({
    name: z.string().min(1),
    roles: z.array(z.string().min(1)),
    org: z.string().nullable().optional(),
    cppccMember: z.boolean(),
    ...note,
  })),
  figures: z.array(z.strictObject({
    text: z.string().min(1),
    value: z.number(),
    unit: z.string().nullable().optional(),
    approx: z.enum(['more', 'less', 'about']).nullable().optional(),
    subject: z.string().nullable().optional(),
    max: z.number().optional(),
    ...note,
  })),
  dates: z.array(z.strictObject({
    text: z.string().min(1),
    iso: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/),
    ...note,
  })),
  topics: z.array(z.string().min(1)),
})

const files = ['gold', 'dev-pages', 'en'].flatMap((folder) =>
  readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.json')).map((f) => `${folder}/${f}`))

describe('gold files have the shape GUIDE.md gives', () => {
  it(`all ${files.length} gold files parse`, () => {
    expect(files.length).toBeGreaterThan(900)
    const wrong = files.flatMap((file) => {
      const result = Gold.safeParse(JSON.parse(readFileSync(join(ROOT, file), 'utf8')))
      return result.success ? [] : result.error.issues.map((i) => `${file} ${i.path.join('.')}: ${i.message}`)
    })
    expect(wrong).toEqual([])
  })
})
