import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The party committee of a region written with the party's full name, its acronym in brackets or not, before "of"
// and the region, as "CPC Committee of X" is (en dev 577: "the Communist Party of China (CPC) Committee of Inner
// Mongolia autonomous region"); a region's level word in lower case after its name belongs to it ("Inner Mongolia
// autonomous region", as "Jiangxi province"). The relative "regional Party committee" after it is that body, not a
// body of its own. Sentences written by hand, truth worked out by hand. Control: the party alone is no body.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const IM = 'Communist Party of China (CPC) Committee of Inner Mongolia autonomous region'

describe("a region's committee of the Communist Party of China", () => {
  it.each([
    ['He was a member of the Communist Party of China Committee of Jiangxi Province.', [['Communist Party of China Committee of Jiangxi Province', 'party', '江西省']]],
    [`He was a member of the Standing Committee of the ${IM}.`, [[IM, 'party', '内蒙古自治区']]],
    ['He was a member of the CPC Committee of Inner Mongolia autonomous region.', [['CPC Committee of Inner Mongolia autonomous region', 'party', '内蒙古自治区']]],
    [`He was a member of the Standing Committee of the ${IM} and head of the United Front Work Department of the regional Party committee.`, [
      [IM, 'party', '内蒙古自治区'], ['United Front Work Department of the regional Party committee', 'party', '内蒙古自治区']]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})

describe('control: the party alone', () => {
  it.each([
    ['He joined the Communist Party of China (CPC) in 1980.', []],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})
