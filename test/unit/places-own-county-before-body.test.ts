import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A county written short once in a phrase of the page's own development (为王益经济社会发展) is the page's own county
// (places-own-region-phrases.test.ts). The same short form written elsewhere on that page right before a body's organ
// (在王益消防救援大队) is that county too: the body is the county's (region completed, GUIDE.md), not a person named 王益.
describe('a county vouched by its own phrase names the body its short form opens elsewhere on the page', () => {
  it.each([
    ['区政协主席尚晓明到消防队慰问。在王益消防救援大队，尚晓明送上祝福，感谢他们为王益经济社会发展所作的贡献。', '王益区消防救援大队', '王益区'],
    ['市政协副主席带队到兰溪公安分局调研，委员们表示将助力兰溪发展。', '兰溪市公安分局', '兰溪市'],
    ['市政协委员来到建瓯交警大队调研。大家表示，要为加快建设示范区作出建瓯贡献。', '建瓯市交警大队', '建瓯市'],
  ])('%s → %s', (text, body, region) => {
    const r = analyzer.analyze(text)
    expect(r.committees.find((c) => c.name === body)?.region).toBe(region)
    expect(r.persons.map((p) => p.name)).not.toContain(body.slice(0, 2))
  })
})

describe('no body from a short form the page does not vouch for', () => {
  it.each([
    // no phrase of the page's own development: 王益 alone before the organ stays unresolved
    ['区政协主席尚晓明到消防队慰问。在王益消防救援大队，尚晓明送上祝福。', '王益区消防救援大队'],
    // the phrase names the county, but the page names another district too: the page's own district is unknown
    ['区政协主席尚晓明到碑林区慰问。在王益消防救援大队，尚晓明送上祝福，感谢他们为王益经济社会发展所作的贡献。', '王益区消防救援大队'],
    // the page speaks of a 县 of its own, and 建瓯 is a 市
    ['县政协委员来到建瓯交警大队调研。大家表示，要为加快建设示范区作出建瓯贡献。', '建瓯市交警大队'],
  ])('%s: no %s', (text, body) => {
    expect(analyzer.analyze(text).committees.map((c) => c.name)).not.toContain(body)
  })
})
