import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// 上海街道 is a township of 福州市台江区 (350103005); 重庆街道 one of 长春市朝阳区 (220104).
describe('places: a province stem that is also a township stem elsewhere', () => {
  it.each([
    ['福建省工商联副主席陈飚，湖南省人民政府驻上海办事处党组成员羊贵平出席', '上海市'],
    ['吉林省政协委员赴重庆考察学习', '重庆市'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // the township's county written before it, or its full name: the township
    ['台江区政协委员到上海街道调研', '上海街道', '上海市'],
    ['福州市台江区上海街道召开座谈会', '上海街道', '上海市'],
  ])('%s → %s, not %s', (text, name, not) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(not)
  })
})
