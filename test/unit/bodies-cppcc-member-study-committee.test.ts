import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const special = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc-special').map((c) => [c.name, c.region])

// The special committee for members' study and liaison (委员学习联络委员会, short 委员学习联络委) is one body written after
// 政协, although 政协委员 is a word of the segmenter (data/body-parts.tsv; gold: dev 1041 芙蓉区政协委员学习联络委, and a
// 省政协委员学习联络委员会 of an older page). Expected values by hand.
describe('bodies: a CPPCC special committee for members\' study and liaison', () => {
  it.each([
    // (page 1041)
    ['芙蓉区政协副主席吴穗、芙蓉区政协委员学习联络委主任阳颖陪同调研。', [['芙蓉区政协委员学习联络委', '芙蓉区']]],
    ['湖南省政协委员学习联络委员会组织委员开展培训。', [['湖南省政协委员学习联络委员会', '湖南省']]],
  ])('%s', (text, expected) => {
    expect(special(text)).toEqual(expected)
  })

  it.each([
    // a member who studies: no committee
    ['芙蓉区政协委员学习时指出,要加强联络。'],
    ['芙蓉区政协委员学习联络工作制度。'],
  ])('no special committee in %s', (text) => {
    expect(special(text)).toEqual([])
  })
})
