import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])
const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// An office of a region whose stem is no word of the lexicon, written as an item of a list of that region's departments,
// is that region's body (README: government departments written bare in a list of the region's take its region). Expected
// values by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: an office with an unknown stem in a list of a region\'s departments', () => {
  it.each([
    // (page 1154)
    ['漯河市政协组织委员视察沙澧河,市卫计委、市环保局、市沙澧河建管委、市城建局负责人参加。', ['漯河市沙澧河建管委', 'government', '漯河市']],
    // (page 681)
    ['冠县政协到县退役军人服务中心、县军队离退休干部休养所、清泉街道调研。', ['冠县军队离退休干部休养所', 'government', '冠县']],
    // (page 1289)
    ['柳州市政协召开协调会,参会的有关部门有市发改委、铁航办、交通局、水利局负责人。', ['柳州市铁航办', 'government', '柳州市']],
    ['南昌县政协组织委员视察,县教育局、县城乡供水办、县财政局负责同志陪同。', ['南昌县城乡供水办', 'government', '南昌县']],
    ['三亚市政协提案分别交由市住建局、市自贸港建设办、市旅文局办理。', ['三亚市自贸港建设办', 'government', '三亚市']],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toContainEqual(expected)
  })

  it.each([
    // a party committee and its titles, the 政协's own office, a generic item, another region word, a word that begins with 市
    ['南昌县政协召开会议,县委常委、县纪委书记张三,县政协办、县财政局负责人参加。', ['南昌县委常委', '南昌县政协办']],
    ['南昌县政协组织县发改委、县直各委办局负责人座谈。', ['南昌县直各委办局', '南昌县县直各委办局']],
    ['南昌县政协组织县发改委、市场调研局座谈。', ['南昌县场调研局']],
    ['南昌县政协组织县发改委、省交通所座谈。', ['南昌县交通所', '南昌县省交通所']],
    // (page 1148) a zone's departments after its committee are the zone's, not the county's
    ['调研组听取正定片区管委会、经发局、协调联络局等相关单位负责人介绍。', ['正定县经发局', '正定县协调联络局']],
    // no department beside it
    ['南昌县政协委员视察了龙锦小学、县犬只留检所。', ['南昌县犬只留检所']],
  ])('%s: none of %j', (text, never) => {
    const found = names(text)
    for (const n of never) expect(found).not.toContain(n)
  })
})
