import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A democratic party's branch may gather two sectors written together (经济科技支部, 文化教育支部, 卫生健康综合支部): the
// branch is named by all of them, not by the last sector alone (桐庐县科技支部 for 经济科技支部). Written alone after the
// party's committee it takes its region (as 连云港市教育支部, dev 177). Class seen on dev 1094 (卫生健康综合支部) and in the
// yearbook of 农工党桐庐县基层委 (医卫二支部、经济科技支部、文化教育支部). Sentences written here; expected values by hand.
describe('bodies: a party branch named by several sectors', () => {
  it.each([
    ['农工党桐庐县基层委被评为先进集体,医卫二支部、经济科技支部、文化教育支部被评为四星级支部。', ['农工党桐庐县基层委', '桐庐县医卫二支部', '桐庐县经济科技支部', '桐庐县文化教育支部']],
    ['由农工党北京市委医药第一专委会、卫生健康综合支部协办。', ['农工党北京市委', '北京市卫生健康综合支部']],
    ['民进南昌市委会文化教育一支部主委张强出席。', ['民进南昌市委会', '民进南昌市委会文化教育一支部']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })

  // Controls: a branch of one sector, and a sector word that is no branch's.
  it.each([
    ['民革连云港市委召开会议,教育支部、机关支部负责人参加。', ['民革连云港市委', '连云港市教育支部', '连云港市机关支部'], []],
    ['农工党桐庐县基层委围绕经济科技发展开展调研。', ['农工党桐庐县基层委'], ['桐庐县经济科技支部']],
  ])('%s', (text, bodies, not) => {
    const got = names(text)
    expect(got).toEqual(expect.arrayContaining(bodies))
    for (const n of not) expect(got).not.toContain(n)
  })
})
