import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Every written form of data/bodies.tsv × a province, a city and a county × an explicit region
 * (长春市统战部) and a relative word resolved from the article (市统战部 after 长春市): generated cases
 * whose answer the GUIDE gives. The name is the region's full name + the body as written; a party
 * committee, however written (委, 委员会; 党委 of a city or a county), is `<region>委`.
 */
type Row = { form: string; kind: string; id: string; short?: string }
const rows: Row[] = readFileSync(new URL('../../data/bodies.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .slice(1)
  .flatMap((l) => {
    const [form, kind, id, short] = l.split('\t') as [string, string, string, string?]
    // A row with # takes any ordinal one to ninety-nine (第#小学): the first, a digit, a teen and the last.
    return (form.includes('#') ? ['一', '九', '十一', '九十九'] : ['']).map((n) => ({ form: form.replace('#', n), kind, id: id.replace('#', n), short }))
  })

const REGIONS: Array<[region: string, relative: string]> = [['吉林省', '省'], ['长春市', '市'], ['农安县', '县']]
// A party department of short c (社工部) is read beside its region's party committee only: the sentence writes it first.
const beside = (region: string, r: Row) => (r.short === 'c' ? `${region}委召开会议，` : '')
// …and so is a county's or a city's 党委 (short u: 县党委 ≡ 县委); a province's keeps it as written.
const upper = (region: string, r: Row) => r.short === 'u' && !region.endsWith('省')
const nameOf = (region: string, r: Row) => (r.kind === 'party' && (r.id === '委' || upper(region, r)) ? `${region}委` : `${region}${r.form}`)

describe('bodies: every form of data/bodies.tsv after an explicit region and after a relative word', () => {
  it('the table holds the organs of the issue (a guard that the file was read)', () => {
    expect(rows.length).toBeGreaterThan(300)
    for (const form of ['政协', '统战部', '发改委', '发展改革委', '人大常委会', '法院', '检察院', '工商联', '妇联', '军分区']) expect(rows.map((r) => r.form)).toContain(form)
  })

  it.each(REGIONS)('%s: each form, written after the region, is one body with the row’s kind', (region) => {
    const wrong: string[] = []
    for (const r of rows) {
      const text = `近日，${beside(region, r)}${region}${r.form}召开工作会议。`
      const c = analyzer.analyze(text).committees.find((x) => x.name === nameOf(region, r))
      // A body of short t (办事处) is a township's only: none after a province, city or county (a firm's 上海办事处);
      // the township's own: test/unit/bodies-street-office-television.test.ts.
      if (r.short === 't') { if (c) wrong.push(`${text} → ${c.name}`); continue }
      if (!c || c.kind !== r.kind || c.region !== region || !c.mentions.some((m) => m.text === `${region}${r.form}`)) wrong.push(`${text} → ${analyzer.analyze(text).committees.map((x) => `${x.name}/${x.kind}`).join(',') || 'none'}`)
    }
    expect(wrong).toEqual([])
  })

  it.each(REGIONS)('%s: each form after the relative word takes the article’s region', (region, relative) => {
    const wrong: string[] = []
    for (const r of rows) {
      const text = `近日，${region}召开座谈会。${beside(relative, r)}${relative}${r.form}负责同志参加。`
      const c = analyzer.analyze(text).committees.find((x) => x.name === nameOf(region, r))
      // A body of short b (分局) is one only after a written place: none after a relative word; nor one of short t above a township.
      if (r.short === 'b' || r.short === 't') { if (c) wrong.push(`${text} → ${c.name}`); continue }
      if (!c || c.kind !== r.kind || c.region !== region || !c.mentions.some((m) => m.text === `${relative}${r.form}`)) wrong.push(`${text} → ${analyzer.analyze(text).committees.map((x) => `${x.name}/${x.kind}`).join(',') || 'none'}`)
    }
    expect(wrong).toEqual([])
  })
})
