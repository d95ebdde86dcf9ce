import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// The office of a 政协's special committee (X政协学宣文卫委员会办公室, 提案委办公室) is no body of its own: the committee is
// listed, as a 政协's general office is folded into its 政协 (dev-pages README; dev 944, whose gold names
// 宁陕县政协学宣文卫委员会 for a written 宁陕县政协学宣文卫委员会办公室). Expected values by hand.
describe('bodies: a special committee\'s office is the committee', () => {
  it.each([
    ['4月11日至12日，宁陕县政协学宣文卫委员会办公室组织部分政协委员赴镇坪县开展考察。', '宁陕县政协学宣文卫委员会', '宁陕县政协学宣文卫委员会办公室'],
    ['长春市政协提案委办公室组织委员视察重点提案办理情况。', '长春市政协提案委', '长春市政协提案委办公室'],
    ['长春市政协文史委办公室主任李明参加调研。', '长春市政协文史委', '长春市政协文史委办公室'],
  ])('%s → %s', (text, body, not) => {
    const found = names(text)
    expect(found).toContain(body)
    expect(found).not.toContain(not)
  })

  it('the office director keeps 办公室主任, org the committee', () => {
    const p = analyzer.analyze('长春市政协文史委办公室主任李明参加调研。').persons.find((x) => x.name === '李明')
    expect(p?.roles).toEqual(['办公室主任'])
    expect(p?.org).toBe('长春市政协文史委')
  })

  // Controls: a party committee's office and a government's stay bodies; a 政协's own office folds into the 政协;
  // the office of a 政协's party committee (机关党委) is no special committee's.
  it.each([
    ['长春市委办公室主任李明参加调研。', '长春市委办公室'],
    ['长春市政府办公室组织调研。', '长春市政府办公室'],
    ['太湖县政协办公室主任李明参加调研。', '太湖县政协'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
  })
  it('政协机关党委办公室 is no special committee', () => {
    const found = analyzer.analyze('长春市政协机关党委办公室主任李明参加。').committees
    expect(found.some((c) => c.kind === 'cppcc-special')).toBe(false)
  })
})
