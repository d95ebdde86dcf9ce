import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => `${p.name}[${p.roles.join(',')}]`)

// A byline in brackets that closes a report may open with the body that sends it: （武胜县政协 夏青）,
// （满城区政协 李新战）, （民建银川市委会 王晓丽）. The body is no name; what follows it, set apart by spaces, is the
// writer's name (dev 717, 720, 1014, 1069: the gold lists each with no role). Expected values worked out by hand.
describe('persons: a bracketed byline after the body that sends it', () => {
  it.each([
    ['帮扶小组当即决定把此条路打通。（武胜县政协 夏青）', '夏青[]'],
    ['委员们表示将继续履职尽责。(武胜县政协 夏青)', '夏青[]'],
    ['会议对下一步工作作了部署。（荣昌区政协 向东）', '向东[]'],
    ['活动取得圆满成功。（九三学社玉溪市委  周海琼）', '周海琼[]'],
  ])('%s', (text, person) => {
    expect(persons(text)).toContain(person)
  })

  // Controls: a sending body with a credit verb (供稿) or a second body after it gives no name.
  it.each([
    ['会议取得圆满成功。（武汉市青山区政协 供稿）'],
    ['会议取得圆满成功。（市政协办公室 供稿）'],
    ['座谈会在区政协召开。（区政协 文史委）'],
  ])('%s', (text) => {
    expect(persons(text)).toEqual([])
  })
})
