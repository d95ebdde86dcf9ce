import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A housing estate or old-town project is named by a name-like word and a word for an estate (康锦馨苑, 翠湖花园,
// 幸福家园, 金桂嘉园): the word before it is no person (data/not-person-after.txt; dev 1153, in traditional characters as
// printed, read 康锦馨 for a name). Expected values by hand; (page N) marks a dev page's sentence, the others were written
// for this test.
describe('persons: no person in the name of a housing estate', () => {
  it.each([
    // (page 1153)
    ['會前,吳婕一行視察了書院街汪窯村“康錦馨苑”舊城改造項目。', '康锦馨'],
    ['委员们实地察看了“康锦馨苑”安置小区。', '康锦馨'],
    ['调研组走进翠湖花园二次供水泵房。', '翠湖'],
    ['委员们来到幸福家园安置点了解情况。', '幸福'],
    ['随后察看了金桂嘉园老旧小区改造现场。', '金桂'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  it.each([
    // a person's name right before a place word they stand at stays a name
    ['市政协副主席吴婕在康锦馨苑项目现场指出,要加快进度。', '吴婕'],
    ['委员张苑表示,要加快老旧小区改造。', '张苑'],
  ])('%s: %s stays', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
