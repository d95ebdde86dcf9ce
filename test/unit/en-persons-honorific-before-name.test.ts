import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// An honorific before a name is no part of it (GUIDE: a person's name as written, without title): Hong Kong's English
// news writes "Hon Tam Yiu-chung" (en 613), "Madam", "Ms", "Mr", "Dr" before romanised names, which once read the
// honorific as an English given name (Hon Tam Yiu-chung). An English given name after one still opens the name.
describe('English persons: an honorific before a name', () => {
  it.each<[string, string[]]>([
    ['Hon Tam Yiu-chung, member of the CPPCC, spoke at the forum.', ['Tam Yiu-chung']],
    ['Madam Chan Yuen-han attended the meeting.', ['Chan Yuen-han']],
    ['Ms Starry Lee Wai-king attended the meeting.', ['Starry Lee Wai-king']],
    ['Mr. Henry Tang Ying-yen attended the meeting.', ['Henry Tang Ying-yen']],
    ['Dr Ko Wing-man and Mr Yu Zhengsheng attended the meeting.', ['Ko Wing-man', 'Yu Zhengsheng']],
    // Controls: a given name with no honorific, and one after another capitalised word (a longer name).
    ['Starry Lee Wai-king attended the meeting.', ['Starry Lee Wai-king']],
    ['The Henry Fok Foundation gave a grant.', []],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want)
  })
})
