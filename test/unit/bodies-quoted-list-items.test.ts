import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A list of a region's departments may set an item in quotes (区民政局、农林畜牧局、“双创办”、 商务局: dev 1156): the item is
// a department of the list's region as the others are (README: the department of the page's home region); 双创办, the
// office for 大众创业、万众创新 of many governments (data/bodies.tsv), too. Expected values by hand; (page N) marks a dev page's
// sentence, the others were written for this test.
describe('bodies: a department set in quotes within a list of departments', () => {
  it.each([
    // (page 1156)
    ['秦都区政协召开协商会。区民政局、农林畜牧局、“双创办”、 商务局、教育局五家重点提案承办单位负责人分别汇报了办理情况。', ['秦都区农林畜牧局', '秦都区双创办', '秦都区商务局', '秦都区教育局']],
    ['秦都区政协召开协商会。区民政局、“农林畜牧局”、商务局负责人参加。', ['秦都区农林畜牧局', '秦都区商务局']],
    ['宝鸡市政协召开月度协商会。市发改委、“金融办”、市财政局负责人作了回应。', ['宝鸡市金融办', '宝鸡市财政局']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    // a quoted slogan or project in a list is no department
    ['秦都区政协召开协商会。区民政局、“放管服”改革、商务局工作得到肯定。', '秦都区放管服'],
    ['秦都区政协委员视察了区民政局、“康锦馨苑”项目。', '秦都区康锦馨苑'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})
