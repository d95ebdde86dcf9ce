import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A romanised given name whose second syllable is capitalised after the hyphen (Tsang Hin-Chi, Tung Chee-Hwa, Leung
 * Chun-Ying), as older Hong Kong and mainland pages print it: the whole name, not the name cut at the hyphen (Tsang Hin).
 * Class of en dev 625 (round 27); sentences written by hand, truth worked out by hand (README, Persons: the name as written).
 * Controls: a hyphen joining a name to another proper noun (Xi Jinping-Biden talks; Wang Yi-Blinken meeting), a place
 * pair (Hong Kong-Macao), a university named after a person (Sun Yat-Sen University), a word after the hyphen that is
 * no romanised syllable (Li Qiang-Modi, Wang Yi-Kim).
 */
const names = (t: string) => analyzer.analyze(t).persons.map((p) => p.name)
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p ? [p.roles, p.org, p.cppccMember] : null
}

describe('hyphened given name with a capital after the hyphen', () => {
  it.each([
    ['The chamber has six vice chairmen, including Tsang Hin-Chi and Ho Sai-chu.', ['Tsang Hin-Chi', 'Ho Sai-chu']],
    ['Tung Chee-Hwa met the delegation on Monday.', ['Tung Chee-Hwa']],
    ['Leung Chun-Ying, the chief executive, spoke at the dinner.', ['Leung Chun-Ying']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))

  it('keeps its title in apposition', () => {
    expect(person('Tung Chee-Hwa, vice chairman of the CPPCC National Committee, attended.', 'Tung Chee-Hwa'))
      .toEqual([['vice chairman'], 'CPPCC National Committee', true])
  })
})

describe('control: a hyphen to another proper noun', () => {
  it.each([
    ['The Xi Jinping-Biden talks lasted four hours.', 'Xi Jinping-Biden'],
    ['The Wang Yi-Blinken meeting was held in Bali.', 'Wang Yi-Blinken'],
    ['The Hong Kong-Macao bridge opened.', 'Hong Kong-Macao'],
    ['He studied at Sun Yat-Sen University in Guangzhou.', 'Sun Yat-Sen'],
  ])('%s', (text, name) => expect(names(text)).not.toContain(name))

  // …a short capitalised word after the hyphen that is no romanised Chinese syllable (pinyin, data/pinyin-syllables.txt;
  // Wade-Giles or Cantonese, data/en-romanised-syllables.txt) is another person's name: the name ends at the hyphen
  // (review of round 27: Li Qiang-Modi, Wang Yi-Kim).
  it.each([
    ['The Li Qiang-Modi meeting was held in Beijing.', ['Li Qiang']],
    ['Wang Yi-Kim talks ended.', ['Wang Yi']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
})
