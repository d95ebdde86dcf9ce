import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A title that names the 政协 (政协委员) before another title of a firm or hospital, on a page that names no 政协 body,
// still makes the person a CPPCC member (GUIDE.md: cppccMember true where the text makes the person a member), as 政协委员
// alone does; the org is then the other title's body. Hand-checked; written for this test after the donation and
// profile reports of round 29 (dev 1313 writes the 政协 too; these sentences do not).
describe('persons: 政协委员 before a firm or hospital title, no 政协 named', () => {
  it.each([
    ['政协委员、陕西天利花餐饮食品有限公司董事长赵刚捐款。', '赵刚', ['委员', '董事长']],
    ['政协委员、县人民医院院长赵刚捐款。', '赵刚', ['委员', '院长']],
  ])('%s → member', (text, name, roles) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.cppccMember).toBe(true)
  })

  it.each([
    // controls: a party committee's 常委 is no CPPCC title (its org the 区委 the title names); a page that names the 政协 keeps its org
    ['区委常委、县人民医院院长赵刚出席。', '赵刚', false, '区委'],
    ['县政协组织委员捐款。政协委员、县人民医院院长赵刚捐款。', '赵刚', true, '县政协'],
  ])('%s', (text, name, member, org) => {
    const p = person(text, name)
    expect(p?.cppccMember).toBe(member)
    expect(p?.org).toBe(org)
  })
})
