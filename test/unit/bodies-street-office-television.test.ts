import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const body = (text: string, name: string) => analyzer.analyze(text).committees.find((c) => c.name === name)
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 27 (r27-zhlocal): a street's office (办事处) written after the relative word 街道 or listed after the street's
// 党工委 is that street's body (README: township bodies are public bodies, X街道办事处; relative forms get the township the
// page writes; a party committee and the government written together are the two bodies of that region). Dev 557
// (新獅街道黨工委、辦事處 → 新狮街道办事处), 1050 (街道办事处 on a page of 海淀街道). Hand-checked against the README.
describe('bodies: a street office after 街道 or after its street\'s 党工委', () => {
  it.each([
    ['9月18日,婺城区新狮街道党工委、办事处组织相关人员到城西街道河盘桥社区考察。', '新狮街道办事处', '新狮街道'],
    ['婺城區新獅街道黨工委、辦事處組織相關人員考察工作室建設情況。', '新狮街道办事处', '新狮街道'],
    ['海淀街道政协委员工作站成立。下一步,街道办事处将继续支持工作站建设。', '海淀街道办事处', '海淀街道'],
    ['5月3日,西渡街道召开协商会,街道办事处主任涂军平参加。', '西渡街道办事处', '西渡街道'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
  })

  it('a title after 街道办事处 goes to that body; 办事处 written bare before a title stays in the role (README: 办事处主任)', () => {
    expect(person('5月3日,西渡街道召开协商会,街道办事处主任涂军平参加。', '涂军平')).toMatchObject({ roles: ['主任'], org: '西渡街道办事处' })
    expect(person('西渡街道召开协商会,党工委副书记、办事处主任涂军平参加。', '涂军平')?.roles).toContain('办事处主任')
  })

  // Controls: an office of a firm or an association named from a province or city is no public body; a government's
  // office stationed elsewhere is named whole, as before.
  it.each([
    ['该公司上海办事处负责人王五介绍了情况。'],
    ['该协会北京办事处今天成立。'],
    // …nor 办事处 after a relative word above the township, on a page that names no such region (review of round 27).
    ['县办事处举行会议。'],
    ['省办事处举行会议。'],
  ])('%s → no 办事处 body', (text) => {
    expect(names(text).filter((n) => n.endsWith('办事处'))).toEqual([])
  })
  // …and a street the gazetteer does not list, written whole before 办事处, keeps its own name (the client's sample 003:
  // 潞州区城北庄街道办事处 → 城北庄街道办事处), not 街道办事处 of another street the page writes.
  it('a street\'s office written whole is that street\'s', () => {
    const found = names('工作组走进潞州区城北庄街道办事处、城西庄村开展活动。北京中关村信息谷与我市合作。')
    expect(found).toContain('城北庄街道办事处')
    expect(found.filter((n) => n.endsWith('办事处'))).toEqual(['城北庄街道办事处'])
  })
  it('a province government\'s office in Beijing stays whole', () => {
    expect(names('湖北省人民政府驻北京办事处主任张三出席。')).toContain('湖北省人民政府驻北京办事处')
  })
})

// A city's television station written from its short form keeps its name as written (README: a school or hospital
// written with a region's short form keeps its own name; the gold of dev 557 金华电视台, 1095 商丘电视台), kind other,
// region the city.
describe('bodies: a television station named from a city\'s short form', () => {
  it.each([
    ['工作室成立后,金华电视台记者章善祥将在每周一值班。', '金华电视台', '金华市'],
    ['会员接受了《商丘日报》、商丘电视台、《京九晚报》等新闻媒体采访。', '商丘电视台', '商丘市'],
    ['记者从梅州电视台获悉,市政协委员视察了梅江区。', '梅州电视台', '梅州市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })
  it('电视台 with no place before it names no body', () => {
    expect(names('节目在电视台播出,各级电视台转播。').filter((n) => n.includes('电视台'))).toEqual([])
  })
})
