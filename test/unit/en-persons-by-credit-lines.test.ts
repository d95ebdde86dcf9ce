import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.org])
const ORG = 'Guangdong Provincial Committee of the CPPCC'
const PAGE = "The second session of the 13th Guangdong Provincial Committee of the CPPCC closed in Guangzhou on January 24.\n\nLin Keqing, chairman of the CPPCC Guangdong Committee, presided over the closing ceremony.\n\n"

// University and news sites close an English page with credit lines of Western or English names (Translated by Ada;
// Proofread by Letizia Vallini, en 708). Credits are roles (GUIDE.md) of each name of the line; on a line of its own only,
// no agency, outlet or place after "by" (Photo by Xinhua; Photo by China Daily), no phrase in lower case.
describe('English persons: "by" credit lines of English names', () => {
  it.each<[string, Array<[string, string[], string | null]>]>([
    [`${PAGE}Reported by Wu Junhui\n\nTranslated by Ada\n\nProofread by Letizia Vallini`, [
      ['Lin Keqing', ['chairman'], ORG], ['Wu Junhui', ['reporter'], null], ['Ada', ['translator'], null], ['Letizia Vallini', ['proofreader'], null]]],
    [`${PAGE}Photo by John Smith and Jane Doe`, [
      ['Lin Keqing', ['chairman'], ORG], ['John Smith', ['photographer'], null], ['Jane Doe', ['photographer'], null]]],
    [`${PAGE}Edited by Olivia, Nan.`, [
      ['Lin Keqing', ['chairman'], ORG], ['Olivia', ['editor'], null], ['Nan', ['editor'], null]]],
    // Controls.
    [`${PAGE}Photo by Xinhua`, [['Lin Keqing', ['chairman'], ORG]]],
    [`${PAGE}Photo by China Daily`, [['Lin Keqing', ['chairman'], ORG]]],
    [`${PAGE}Edited by the newsroom team`, [['Lin Keqing', ['chairman'], ORG]]],
    // Review r32 (mendD): an outlet, a service or a staff byline after "by" is no person.
    [`${PAGE}Photo by Beijing Youth Daily`, [['Lin Keqing', ['chairman'], ORG]]],
    [`${PAGE}Photo by Visual China`, [['Lin Keqing', ['chairman'], ORG]]],
    [`${PAGE}Translated by Google Translate`, [['Lin Keqing', ['chairman'], ORG]]],
    [`${PAGE}Written by Staff Reporter`, [['Lin Keqing', ['chairman'], ORG]]],
    [`${PAGE}Reported by Our Correspondent`, [['Lin Keqing', ['chairman'], ORG]]],
    [`${PAGE}The report was translated by Ada Research into three languages.`, [['Lin Keqing', ['chairman'], ORG]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
