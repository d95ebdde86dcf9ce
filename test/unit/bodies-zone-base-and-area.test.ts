import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Hand-written sentences (places and names varied): the administrative committee (管委会) of a zone whose name ends
// in 基地 (an industrial base) or 片区 (an area of a free-trade zone) is a body named as written, as 高新区管委会 is
// (test/fixtures/dev-pages/README.md: a zone's administrative committee, kind government).
describe('管委会 of a zone named …基地 or …片区', () => {
  it.each<[string, string]>([
    ['县政协主席王立新到沈阳法库通航产业基地管委会调研。', '沈阳法库通航产业基地管委会'],
    ['调研组听取了长沙临空经济基地管委会的汇报。', '长沙临空经济基地管委会'],
    ['正定县委副书记陈振居陪同调研。自贸试验区正定片区管委会主任李华出席。', '自贸试验区正定片区管委会'],
    ['市政协副主席李军到自贸试验区南沙片区管委会座谈。', '自贸试验区南沙片区管委会'],
  ])('%s → %s', (text, name) => {
    expect(committees(text)).toContain(name)
  })

  // Controls: the words without 管委会 name no body; a zone word as before still does.
  it.each<[string, string]>([
    ['委员们参观了沈阳法库通航产业基地。', '沈阳法库通航产业基地'],
    ['调研组考察了正定片区。', '正定片区'],
  ])('%s → no %s', (text, name) => {
    expect(committees(text)).not.toContain(name)
  })
  it('keeps 高新区管委会', () => {
    expect(committees('高新区管委会副主任李可可陪同调研。')).toContain('高新区管委会')
  })
})
