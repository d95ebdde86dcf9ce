import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 22c: 代表 written right after a name and before a verb of speech is the person's title, a deputy at the
// sessions (罗云峰代表说, 王吉代表说: dev 1141; 张艨代表说: 388; 彭复生代表介绍说: 670), after the titles written
// before the name, org that of the first of them (none where it is the only one). 代表 followed by what the person
// speaks for (王沪宁代表政协…作报告, 李静代表中共四川省委致辞: 48 such names in the dev gold, none with 代表) is no
// title. Expected values worked out by hand.

describe('persons: X代表说 gives the title 代表', () => {
  it.each([
    ['安徽省合肥市委副书记、市长罗云峰代表说，今年要稳就业。', '罗云峰', ['市委副书记', '市长', '代表'], '合肥市委'],
    ['吉林省吉林市委副书记、市长王吉代表认为，应当加强培训。', '王吉', ['市委副书记', '市长', '代表'], '吉林市委'],
    ['院长翁建军走访了崔龙男、郑学亮、张艨、廉成峰等代表。张艨代表说：法院工作成效明显。', '张艨', ['代表'], null],
    ['全国人大代表刘明华参加审议。刘明华代表还建议，加大投入。', '刘明华', ['代表'], '全国人大'],
  ])('%s → %s %s of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org, cppccMember: false })
  })

  // A group written so is no person: the title makes no name of the word before it.
  it.each([['会上，师生代表说：学校工作成效明显。'], ['会上，群众代表认为，服务很好。']])('no person: %s', (text) => {
    expect(analyzer.analyze(text).persons).toEqual([])
  })

  it.each([
    ['会上，县政协主席田丽萍代表政协旬阳县第九届委员会常务委员会作工作报告。', '田丽萍', ['主席']],
    ['会上，市委常委、常务副市长张虎代表市政府作关于办理提案情况的通报。', '张虎', ['市委常委', '常务副市长']],
    ['座谈交流中，校长彭兵代表学校汇报了近年来的工作。', '彭兵', ['校长']],
    ['罗清泉代表中共湖北省委说了几点意见。省委书记罗清泉出席。', '罗清泉', ['省委书记']],
  ])('on behalf of: %s → %s %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
