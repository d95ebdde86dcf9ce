import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Bodies of several regions under one plural head of its own kind, before "of" and the regions (the People's Congresses
// of Hunan, Yunnan, Jilin and other provinces) or after the regions and their level (Hunan and Yunnan Provincial
// People's Congresses): one body per region, named in the singular as a single one is, as en dev 507's gold does (and
// as the plural committees of a CPPCC owner were already: the CPPCC Chengdu and Deyang municipal committees).
// Truth by the README (bodies named as written, a list's items each named): every sentence written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('plural heads of several regions', () => {
  it.each([
    ["On the 24th, the People's Congresses of Hunan, Yunnan, Jilin and other provinces opened.", [["People's Congress of Hunan", 'congress', '湖南省'], ["People's Congress of Yunnan", 'congress', '云南省'], ["People's Congress of Jilin", 'congress', '吉林省']]],
    ["The People's Congresses of Inner Mongolia and Guangxi closed their sessions.", [["People's Congress of Inner Mongolia", 'congress', '内蒙古自治区'], ["People's Congress of Guangxi", 'congress', '广西壮族自治区']]],
    ["The People's Governments of Guangdong and Fujian signed the agreement.", [["People's Government of Guangdong", 'government', '广东省'], ["People's Government of Fujian", 'government', '福建省']]],
    ["Deputies to the Hunan and Yunnan Provincial People's Congresses met on Monday.", [["Hunan Provincial People's Congress", 'congress', '湖南省'], ["Yunnan Provincial People's Congress", 'congress', '云南省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a plural head of no region written (all levels, alone) names no body.
  it.each([
    ["Members of people's congresses at all levels attended."],
    ["The People's Congresses of all levels should supervise the government."],
    ["The sessions of the People's Congresses opened on Monday."],
  ])('%s', (text) => {
    expect(committees(text)).toEqual([])
  })
})
