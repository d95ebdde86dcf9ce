import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Every word list in data/ says what it holds and where it comes from, in its first lines.
const DATA = join(import.meta.dirname, '..', '..', 'data')
const files = readdirSync(DATA).filter((f) => /\.(tsv|txt|utf8|json)$/.test(f))

describe('data files are headed by what they hold and where they come from', () => {
  it.each(files.filter((f) => !f.endsWith('.json')))('%s', (f) => {
    const head = readFileSync(join(DATA, f), 'utf8').split('\n', 1)[0]!
    expect(head).toMatch(/^# \S.{20,}/)
  })
  it.each(files.filter((f) => f.endsWith('.json')))('%s', (f) => {
    const json = JSON.parse(readFileSync(join(DATA, f), 'utf8')) as { about?: string; source?: string }
    expect((json.about ?? json.source ?? '').length).toBeGreaterThan(20)
  })
})
