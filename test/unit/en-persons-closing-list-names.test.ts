import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A list of names that one title in the plural opens may end in names of other romanisations (Tibetan, Uygur, Mongolian:
 * vice chairpersons A, B, Losang Jamcan and Shohrat Zakir): each is a person with the list's title (README: a role
 * given once for a list of names belongs to each name). Class named for en pages (CPPCC and NPC rosters); rows written
 * here. Controls: places, firms and a title closing the list are no names.
 */
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])

describe('names closing a list after one title', () => {
  it.each([
    ['The meeting was attended by vice chairpersons Wang Yong, Liu Qi, Losang Jamcan and Shohrat Zakir.',
      [['Wang Yong', ['vice chairperson']], ['Liu Qi', ['vice chairperson']], ['Losang Jamcan', ['vice chairperson']], ['Shohrat Zakir', ['vice chairperson']]]],
    ['Vice chairpersons Zhou Qiang, Shohrat Zakir and Losang Jamcan attended the meeting.',
      [['Zhou Qiang', ['vice chairperson']], ['Shohrat Zakir', ['vice chairperson']], ['Losang Jamcan', ['vice chairperson']]]],
    ['Vice chairpersons Li Bin, Ma Biao, Bater and Ayinisa Aini attended the meeting.',
      [['Li Bin', ['vice chairperson']], ['Ma Biao', ['vice chairperson']], ['Bater', ['vice chairperson']], ['Ayinisa Aini', ['vice chairperson']]]],
    ['Also present were Vice Chairpersons Shen Yueyue, Wang Chen, Pema Thinley and Aisihaiti Kelimubai.',
      [['Shen Yueyue', ['vice chairperson']], ['Wang Chen', ['vice chairperson']], ['Pema Thinley', ['vice chairperson']], ['Aisihaiti Kelimubai', ['vice chairperson']]]],
    ['Members Wang Yong, Liu Qi and Shohrat Zakir spoke at the meeting.',
      [['Wang Yong', ['member']], ['Liu Qi', ['member']], ['Shohrat Zakir', ['member']]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['Vice chairpersons Wang Yong and Liu Qi visited Hong Kong and Macao.', [['Wang Yong', ['vice chairperson']], ['Liu Qi', ['vice chairperson']]]],
    ['Vice chairpersons Wang Yong and Liu Qi met Tencent Holdings and Alibaba Group executives.', [['Wang Yong', ['vice chairperson']], ['Liu Qi', ['vice chairperson']]]],
    ['Vice chairpersons Wang Yong, Liu Qi and Inner Mongolia Autonomous Region officials attended.', [['Wang Yong', ['vice chairperson']], ['Liu Qi', ['vice chairperson']]]],
    ['The delegates of Guangdong, Li Ming and Zhang Wei and Shohrat Zakir spoke.', [['Li Ming', ['delegate']], ['Zhang Wei', ['delegate']]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
