import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => `${p.name}:${p.roles.join('/')}`)

// Hand-checked truth. The first name of a list after a title may be an ordinary word of the dictionary (刀锋/n): a
// 、 after it that opens an item of a name's size beginning with a surname says it is the first of a list of names.
describe('persons: an ordinary word first in a titled list of names', () => {
  it.each([
    // dev 584
    ['市政协主席陆平出席并讲话，副主席刀锋、白海思、左应华，秘书长王国斌分别参加相关活动。',
      ['陆平:主席', '刀锋:副主席', '白海思:副主席', '左应华:副主席', '王国斌:秘书长']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  // A known gap: the next item closed by a verb of presence, not a mark.
  it.fails('县政协副主席刀锋、李建华参加调研。', () => {
    expect(persons('县政协副主席刀锋、李建华参加调研。')).toEqual(['刀锋:副主席', '李建华:副主席'])
  })

  it.each([
    // Lists of ordinary words after a title, no name item after the 、.
    ['分管副主席高度重视，文化、教育、卫生等部门参加。', []],
    ['副主席文化、教育、卫生等方面的委员参加。', []],
  ])('control: %s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
