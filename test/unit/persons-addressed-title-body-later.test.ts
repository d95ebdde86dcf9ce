import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A person first named with a title after the name only (王海彦副主席, in a headline), whose body the page does not
// write there, holds that title in the body a later mention writes with it (省科协副主席王海彦): org that body, and
// CPPCC membership only where that body is a 政协 (README: org is the body of the role the text gives). Expected by hand.
describe('persons: an addressed title takes the body written with it later', () => {
  it.each([
    ['王海彦副主席深入常委联系点调研\n7月3日，省科协副主席王海彦赴石台县调研。池州市政协副主席朱晓华参加调研。', '王海彦', '安徽省科协', false],
    ['刘明副主席到企业走访\n5月8日，市工商联副主席刘明一行走访企业。市政协副主席赵亮陪同。', '刘明', '市工商联', false],
    ['陈刚主任调研社区工作\n区政协召开会议。区人大常委会副主任陈刚出席。', '陈刚', '区人大常委会', false],
  ])('%s', (text, name, org, member) => {
    const p = person(text, name)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })

  // Controls: a member addressed first keeps the 政协 where a later title of another body is another role (张明委员
  // … 县工商联主席张明); a title written with its body first keeps it.
  it.each([
    ['县政协召开会议。张明委员说，要加强监管。\n县政协委员、县工商联主席张明表示支持。', '张明', '县政协', true],
    ['县政协副主席李强出席。\n李强副主席指出，要抓好落实。', '李强', '县政协', true],
  ])('%s', (text, name, org, member) => {
    const p = person(text, name)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })
})
