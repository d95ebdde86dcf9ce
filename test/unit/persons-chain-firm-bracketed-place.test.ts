import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A firm's name with its place in brackets (湖北得伟君尚(黄冈)律师事务所, 北京大成（上海）律师事务所) as an item of a chain of
// titles: the chain goes on before it, so the CPPCC titles written first are the person's and give the org (GUIDE.md: org of
// the first CPPCC role; dev 1328 李秋元: 委员, 常委, 主任 → 湖北省政协).
describe('a chain of titles goes on across a firm named with a bracketed place', () => {
  it.each([
    ['省政协委员、市政协常委、湖北得伟君尚(黄冈)律师事务所主任李秋元参加会议。', '李秋元', ['委员', '常委', '主任']],
    ['市政协委员、北京大成（上海）律师事务所主任王红参加座谈。', '王红', ['委员', '主任']],
  ])('%s → %s %j', (text, name, roles) => {
    const p = analyzer.analyze(text).persons.find((x) => x.name === name)
    expect(p?.roles).toEqual(roles)
    expect(p?.cppccMember).toBe(true)
  })
})

describe('controls: a bracketed note that is no place still ends the chain walk as before', () => {
  it.each([
    ['区政协委员、某某（集团）有限公司董事长赵明发言。', '赵明'],
  ])('%s: %s keeps the chain as before', (text, name) => {
    const p = analyzer.analyze(text).persons.find((x) => x.name === name)
    expect(p).toBeDefined()
  })
})
