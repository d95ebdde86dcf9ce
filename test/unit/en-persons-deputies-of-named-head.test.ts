import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const orgs = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.org])
const GOV = "Guangdong Provincial People's Government"
const SC = "Standing Committee of Guangdong Provincial People's Congress"

// The deputies elected after their head (X was elected Governor of Y; A, B and C were elected as the vice governors)
// hold their titles of the head's body: the deputy title is written with no body, as 'the deputy directors' of the
// body just named (README: org is the body of the role where the text says it; en 461). Not across a paragraph, nor
// for a title whose head the paragraph did not give, nor over a deputy title of a body of its own.
describe('English persons: deputies of the head named before them', () => {
  it.each<[string, Array<[string, string[], string | null]>]>([
    ["Wang Weizhong was elected Governor of Guangdong Provincial People's Government. Zhang Hu, Wang Xi and Feng Ling were elected as the vice governors.", [
      ['Wang Weizhong', ['governor'], GOV], ['Zhang Hu', ['vice governor'], GOV], ['Wang Xi', ['vice governor'], GOV], ['Feng Ling', ['vice governor'], GOV]]],
    ["Huang Chuping was elected Director of Standing Committee of Guangdong Provincial People's Congress. Huang Ningsheng, Ye Zhenqin and Tan Ling were elected as the deputy directors.", [
      ['Huang Chuping', ['director'], SC], ['Huang Ningsheng', ['deputy director'], SC], ['Ye Zhenqin', ['deputy director'], SC], ['Tan Ling', ['deputy director'], SC]]],
    // Controls: another paragraph; another title; a deputy title with its own body.
    ["Wang Weizhong was elected Governor of Guangdong Provincial People's Government.\n\nZhang Hu and Wang Xi were elected as the vice governors.", [
      ['Wang Weizhong', ['governor'], GOV], ['Zhang Hu', ['vice governor'], null], ['Wang Xi', ['vice governor'], null]]],
    ["Wang Weizhong was elected Governor of Guangdong Provincial People's Government. Zhang Hu and Wang Xi were elected as the deputy directors.", [
      ['Wang Weizhong', ['governor'], GOV], ['Zhang Hu', ['deputy director'], null], ['Wang Xi', ['deputy director'], null]]],
    // …nor for a deputy written in passing, whom the sentence does not elect (review of round 17).
    ["Li Ming was elected Governor of Hainan Provincial People's Government, while Wang Hong, a vice governor of Guangdong, attended.", [
      ['Li Ming', ['governor'], "Hainan Provincial People's Government"], ['Wang Hong', ['vice governor'], null]]],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual(want)
  })
})
