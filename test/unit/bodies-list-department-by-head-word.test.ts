import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])
const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A department named only by its head word (局: data/body-heads.tsv, phrase region), listed after a department of a region,
// shares that region as the list's lexicon bodies do (区商务局、经合局 → the district's two bureaus; dev 1030 writes so).
// Sentences written for this test; expected values by hand.
describe('bodies: a department listed after one of a region, named by its head word', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['成都市武侯区政协召开座谈会，区商务局、经合局负责同志参加。', [['武侯区商务局', '武侯区'], ['武侯区经合局', '武侯区']]],
    // a chain: each item after the one before
    ['武侯区政协召开座谈会，区商务局、经合局、投促局负责同志参加。', [['武侯区经合局', '武侯区'], ['武侯区投促局', '武侯区']]],
    ['平和县政协视察组听取县发改局、财政局、乡村振兴局、营商局汇报。', [['平和县财政局', '平和县'], ['平和县乡村振兴局', '平和县'], ['平和县营商局', '平和县']]],
    // after a department of the city the item is the city's
    ['平和县政协组织委员视察，市发改委、经合局负责人陪同。', [['漳州市发改委', '漳州市'], ['漳州市经合局', '漳州市']]],
    // no place on the page: as written, as the list's lexicon bodies are (区商务局、财政局 → 财政局)
    ['区商务局、经合局负责同志介绍情况。', [['区商务局', null], ['经合局', null]]],
  ])('%s', (text, bodies) => {
    expect(committees(text)).toEqual(expect.arrayContaining(bodies))
  })

  it.each<[string, string[]]>([
    // the item before is no department of a region: no list to share
    ['财政局、经合局负责人参加。', ['经合局']],
    ['平和县政协召开座谈会，各民主党派、经合局负责同志参加。', ['平和县经合局', '经合局']],
    // the item is no department: a university, a kind of unit, a word ending in 局 that names none (data/not-body-heads.txt)
    ['平和县政协组织委员视察，市教育局、北京大学专家参加。', ['漳州市北京大学', '平和县北京大学']],
    ['平和县政协组织委员视察，县财政局、医院、学校负责人参加。', ['平和县医院', '平和县学校']],
    ['平和县政协要求县财政局、服务发展大局。', ['平和县服务发展大局', '平和县发展大局']],
    // 和 joins the words of one name, no list (海洋发展和渔业局 is one bureau)
    ['平和县政协视察，县海洋发展和渔业局负责人陪同。', ['平和县渔业局']],
  ])('%s: none of %j', (text, absent) => {
    const got = names(text)
    for (const a of absent) expect(got).not.toContain(a)
  })
})
