import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * The national campaign of private firms for villages, “万企兴万村” (全国工商联, from 2021), which 工商联 and chamber
 * news names on most pages about it: its 万 reads as a surname and 万企兴 was taken for a person (dev 1350). GUIDE.md:
 * persons are named people; data/not-persons.txt holds it. Sentences of the kind such news writes, traditional too,
 * checked by hand. Controls: people surnamed 万 keep their names, also beside the campaign and also 万企兴 as a name
 * written apart from the campaign's.
 */
const persons = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

describe('the 万企兴万村 campaign is no person', () => {
  it.each([
    ['全国工商联“万企兴万村”行动吹响号角,广大民营企业家投身乡村振兴。', []],
    ['截至3月底,“万企兴万村”行动共有3945家企业结对帮扶3527个村。', []],
    ['全省“萬企興萬村”行動推進會在福州召開。', []],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))

  it.each([
    ['政协委员万兴国说,要做好帮扶工作。', ['万兴国']],
    ['在“万企兴万村”行动推进会上,委员万企兴发言。', ['万企兴']],
  ])('control: %s', (text, want) => expect(persons(text)).toEqual(want))
})
