import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// The closed class of national organs (data/national-bodies.tsv): the State Council's after the reform of 2023 in full and
// short forms, the central party's organs, national people's organisations. Sentences written for the test (not from a
// page); expected values by GUIDE.md (the body part as written, region 全国) and the dev-pages README.
describe('bodies: State Council organs written whole', () => {
  it.each([
    ['中国证券监督管理委员会有关负责人介绍情况。', '中国证券监督管理委员会'],
    ['证监会副主席李明出席座谈会。', '证监会'],
    ['委员们与税务总局、金融监管总局的负责同志座谈。', '税务总局'],
    ['委员们与税务总局、金融监管总局的负责同志座谈。', '金融监管总局'],
    ['广电总局、体育总局有关司局负责人到会听取意见。', '广电总局'],
    ['广电总局、体育总局有关司局负责人到会听取意见。', '体育总局'],
    ['国管局负责同志介绍了中央国家机关节能工作。', '国管局'],
    ['国家国际发展合作署副署长王强作情况介绍。', '国家国际发展合作署'],
    ['国家国防科技工业局、国家航天局联合发布公告。', '国家国防科技工业局'],
    ['民航局副局长张三出席会议。', '民航局'],
    ['国家疾病预防控制局有关负责人回应委员关切。', '国家疾病预防控制局'],
    ['国家矿山安全监察局局长李四参加协商。', '国家矿山安全监察局'],
    ['国家原子能机构、国家核安全局负责同志发言。', '国家原子能机构'],
    ['国家原子能机构、国家核安全局负责同志发言。', '国家核安全局'],
    ['国家公务员局、国家密码管理局、国家版权局有关同志参加。', '国家版权局'],
    ['中办、国办印发《关于加强新时代人民政协党的建设工作的若干意见》。', '国办'],
    ['国家行政学院教授王五作辅导报告。', '国家行政学院'],
    // The offices of the State Council's coordinating bodies (dev 439: 国务院医改办主任).
    ['国家卫生健康委副主任、国务院医改办主任李六介绍医改进展。', '国务院医改办'],
    ['国务院扶贫开发领导小组印发《意见》。', '国务院扶贫开发领导小组'],
    ['国务院学位委员会、国家减灾委有关负责同志参加。', '国务院学位委员会'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ region: '全国' })
  })

  // The informal 国家 + ministry is the ministry (dev 653: 国家民政部 → 民政部), however the segmenter cuts it.
  it.each([
    ['国家财政部副部长李四到会。', '财政部'],
    ['国家公安部、国家审计署有关负责人参加。', '公安部'],
    ['国家公安部、国家审计署有关负责人参加。', '审计署'],
    ['国家工信部有关司局负责人回应。', '工信部'],
    ['国家应急管理部派员参加。', '应急管理部'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region: '全国' })
  })

  it.each([
    ['加强与交通部门的协调配合。'],
    ['县交通部门负责人参加会议。'],
    ['他在集中办公区办公。'],
  ])('%s names no national organ', (text) => {
    expect(committees(text).filter((c) => c.region === '全国')).toEqual([])
  })
})

describe('bodies: central party organs and national organisations written whole', () => {
  it.each([
    ['中央港澳工作办公室主任夏明出席。', '中央港澳工作办公室', 'party'],
    ['中联部副部长王二会见代表团。', '中联部', 'party'],
    ['中共中央对外联络部有关负责同志介绍情况。', '中共中央对外联络部', 'party'],
    ['中央文献研究室原主任李三作报告。', '中央文献研究室', 'party'],
    ['中央国家安全委员会办公室负责同志参加。', '中央国家安全委员会办公室', 'party'],
    ['中国记协、全国对外友协负责人参加座谈。', '中国记协', 'mass-organisation'],
    ['中国记协、全国对外友协负责人参加座谈。', '全国对外友协', 'mass-organisation'],
    ['中华全国供销合作总社理事会主任出席。', '中华全国供销合作总社', 'mass-organisation'],
    ['中国佛教协会、中国道教协会负责人发言。', '中国佛教协会', 'other'],
    ['全国政协委员、中国宗教界和平委员会副主席张明发言。', '中国宗教界和平委员会', 'other'],
    ['中国经济社会理事会主席出席圆桌会议。', '中国经济社会理事会', 'other'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind, region: '全国' })
  })
})
