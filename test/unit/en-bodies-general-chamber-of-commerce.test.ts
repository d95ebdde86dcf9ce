import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "General Chamber of Commerce" is the English name some regions give their federation of industry and commerce (工商联:
 * Chongqing, Tianjin, Hainan): after a region it names that region's body, a mass organisation, the same organ as its
 * "Federation of Industry and Commerce" (one body where both are written). Class seen on en dev 538 ('vice-chairman of the
 * General Chamber of Commerce of Chongqing Municipality'; that 'of Region' order is not read for any federation yet) and
 * the gloss on en dev 514; the rows written here. Controls: the words without a region, a chamber of commerce in lower case.
 */
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a region\'s General Chamber of Commerce', () => {
  it.each([
    ['Li Ming, chairman of the Tianjin General Chamber of Commerce, spoke.', [['Tianjin General Chamber of Commerce', 'mass-organisation', '天津市']]],
    ['The Tianjin Municipal General Chamber of Commerce held its congress.', [['Tianjin Municipal General Chamber of Commerce', 'mass-organisation', '天津市']]],
    ['He chairs the Chongqing General Chamber of Commerce and the Chongqing Federation of Industry and Commerce.', [['Chongqing General Chamber of Commerce', 'mass-organisation', '重庆市']]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Members of the General Chamber of Commerce met.', []],
    ['He joined the chamber of commerce of his hometown.', []],
    ['Liu was elected Vice Chairman of the Hainan Provincial Federation of Industry and Commerce (General Chamber of Commerce).', [['Hainan Provincial Federation of Industry and Commerce', 'mass-organisation', '海南省']]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})
