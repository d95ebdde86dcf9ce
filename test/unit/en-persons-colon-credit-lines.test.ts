import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.org])
const ORG = 'Hebei CPPCC'
const PAGE = 'The annual session opened in Shijiazhuang on January 25.\n\nFu Zhifang, chairman of the Hebei CPPCC, reported on the work of the standing committee.\n\n'
const FU: [string, string[], string | null] = ['Fu Zhifang', ['chairman'], ORG]

// Credits are roles (README, GUIDE), of each name of the list. On a line of its own with a colon, the credit's names
// need not be pinyin (Editor: Miranda, en 428; Editor: Cherry Peng, en 474); a photo's credit there names an agency as
// often (Photo: Xinhua, Photo: VCG) and is left to the pinyin names. "Photoed by" (en 610) is a photo credit, and an
// illustration's credit (Illustration: Liu Rui/GT, en 613) gives illustrator, as "Photo: X" gives photographer.
describe('English persons: credit lines with a colon, and photo and illustration credits', () => {
  it.each<[string, Array<[string, string[], string | null]>]>([
    [`${PAGE}Editor: Miranda`, [FU, ['Miranda', ['editor'], null]]],
    [`${PAGE}Editor: Cherry Peng`, [FU, ['Cherry Peng', ['editor'], null]]],
    [`${PAGE}Translator: Zhang Minsi\nEditor: Olivia, Abby`, [FU, ['Zhang Minsi', ['translator'], null], ['Olivia', ['editor'], null], ['Abby', ['editor'], null]]],
    [`${PAGE}The hall during the opening (Photoed by Liu Xiang)`, [FU, ['Liu Xiang', ['photographer'], null]]],
    [`Illustration: Liu Rui/GT\n\n${PAGE}`, [['Liu Rui', ['illustrator'], null], FU]],
    // Controls: an agency after a photo's colon, a source line, a credit inside a sentence, a lower-case list.
    [`${PAGE}Photo: Xinhua\n\nPhoto: Reuters`, [FU]],
    [`${PAGE}Source: Nanfang Daily`, [FU]],
    [`${PAGE}Editor: the newsroom team`, [FU]],
    [`${PAGE}He thanked the Editor: Reform Weekly, Spring Edition and others.`, [FU]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
