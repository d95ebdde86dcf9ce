import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Hand-checked truth: an organ written alone (统战部, 组织部) after words of its clause that name no body (会议由…,
// 活动由…) is the organ the page names before, as where the clause begins (…市委统战部…，统战部副部长): the title is bare
// and the org is that organ (dev 609 gold: 会议由统战部常务副部长李全胜 → 常务副部长, 石泉县委统战部). Those words are
// no department. Controls: a body written before the organ keeps it (县委统战部), an organ after a clause mark stays as
// it was, and a university's department after a join keeps its organ (、统战部常务副部长黄子芳, dev 1150).
describe('roles: an organ written alone after words of the clause', () => {
  it.each([
    ['石泉县委统战部召开会议。会议由统战部常务副部长李全胜主持。', '李全胜', ['常务副部长'], '石泉县委统战部'],
    ['平湖市委组织部召开座谈会。会议由组织部副部长王丽华主持。', '王丽华', ['副部长'], '平湖市委组织部'],
    // controls
    ['会议由县委统战部常务副部长李全胜主持。', '李全胜', ['常务副部长'], '县委统战部'],
    ['石泉县委统战部召开会议，统战部常务副部长李全胜主持。', '李全胜', ['常务副部长'], '石泉县委统战部'],
  ])('%s → %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toEqual(org)
  })
})
