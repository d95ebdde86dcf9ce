import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A page about villages, their farms and orchards, or about houses, is rural or urban work though it never writes
 * 乡村振兴 or 城市建设 (data/taxonomy.json, round 23c: 村庄, 村干部, 村容村貌, 农房, 农场, 农畜产品, 柑橘, 果园; 房屋).
 * Sentences written for this test, not taken from any page; expected tags by README, Topics.
 */
describe('topics: villages and houses', () => {
  it.each([
    ['县政协委员到金炉村视察柑橘产业和归真农场建设情况，察看果园管护，与村干部座谈，建议推广柑橘果园标准化管理。', 'rural'],
    ['调研组走进村庄察看村容村貌整治和农房改造，与村干部交流，建议持续改善村庄环境，引导村干部带头。', 'rural'],
    ['调研组到农垦集团察看农畜产品加工基地，建议扩大农畜产品外销，打造农畜产品品牌。', 'rural'],
    ['区政协委员视察城区危旧房屋改造，察看房屋安全排查和房屋维修进展，建议加快房屋征收补偿。', 'urban'],
  ])('%s → %s', (text, tag) => {
    expect(tags(text)).toContain(tag)
  })

  it.each([
    ['市政协召开常委会议，审议通过年度协商计划，学习有关文件精神，部署下半年工作。', 'rural'],
    ['市政协召开常委会议，审议通过年度协商计划，学习有关文件精神，部署下半年工作。', 'urban'],
  ])('no village or house, no tag: %s → not %s', (text, tag) => {
    expect(tags(text)).not.toContain(tag)
  })
})
