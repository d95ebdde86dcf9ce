import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 22b (issue #14, dev 982): a CPPCC special committee written bare by its field words alone (带领医疗卫生体育委员会委员)
// is the special committee of the page's CPPCC committee, as a listed one is (带领文史委委员); 医疗 is a field word
// (医疗卫生体育委员会 after 政协 too). Expected values worked out by hand.

describe('bodies: a special committee written bare by its fields', () => {
  it.each([
    ['天津和平区政协副主席赵昔涛带领医疗卫生体育委员会委员，对两家医院开展视察。', '和平区政协医疗卫生体育委员会'],
    ['和平区政协副主席王五带领医疗卫生委员会委员视察医院。', '和平区政协医疗卫生委员会'],
    ['和平区政协召开会议，听取了城乡建设资源环境委员会的汇报。', '和平区政协城乡建设资源环境委员会'],
    ['市政协副主席李文阁带领学习和文化文史委员会走访委员。呼和浩特市政协召开会议。', '呼和浩特市政协学习和文化文史委员会'],
    ['和平区政协医疗卫生体育委员会开展视察。', '和平区政协医疗卫生体育委员会'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // No CPPCC committee on the page: no special committee of one.
    ['区卫健委带领医疗卫生委员会委员视察医院。', '医疗卫生委员会'],
    // A stem that is not field words alone, or one field of two characters (a government's too), is not read bare here.
    ['和平区政协副主席王五带领常务委员会委员视察。', '和平区政协常务委员会'],
    ['和平区政协副主席王五带领卫生委员会委员视察。', '和平区政协卫生委员会'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})
