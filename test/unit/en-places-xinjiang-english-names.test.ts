import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Xinjiang's divisions whose English name is not the pinyin of their stem (Tumxuk for 图木舒克, Kuqa for 库车, Yarkant
// for 莎车, as Kashi, Korla and Altay are already: data/en-place-names.tsv; en dev 580 'visited Kashi, Tumxuk, Ili and
// Urumqi'), linked to the official name. Sentences by hand.
const places = (t: string) => analyzer.analyze(t).places.map((p) => [p.name, p.parent])

describe('Xinjiang names written in their Uyghur-derived English form', () => {
  it.each([
    ['Wang Yang visited Kashi, Tumxuk, Ili and Urumqi from March 20 to 25.', ['图木舒克市', '新疆维吾尔自治区']],
    ['Farmers in Kuqa grow apricots.', ['库车市', '阿克苏地区']],
    ['The delegation went on to Yarkant county.', ['莎车县', '喀什地区']],
    ['Officials from Artux attended the meeting.', ['阿图什市', '克孜勒苏柯尔克孜自治州']],
    ['The new Kuytun industrial park opened.', ['奎屯市', '伊犁哈萨克自治州']],
    ['The Kokdala city government met on Monday.', ['可克达拉市', '新疆维吾尔自治区']],
  ])('%s', (text, place) => {
    expect(places(text)).toContainEqual(place)
  })

  // Control: a foreign namesake left out of the table (the Aral Sea; Aral for 阿拉尔 is not listed) names no division.
  it.each([
    ['He wrote about the shrinking Aral Sea in Central Asia.'],
  ])('%s (control)', (text) => {
    expect(places(text)).toEqual([])
  })
})
