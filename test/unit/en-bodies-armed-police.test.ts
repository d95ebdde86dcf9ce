import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// The People's Armed Police is a national armed force under the Central Military Commission (武警部队), a body as the
// PLA is (GUIDE.md: the military), named as written with its gloss dropped (en 462, as 302 for the PLA). Sentences
// written after China Military Online and Xinhua reports of the armed forces' delegations to the NPC.
describe('English bodies: the People\'s Armed Police', () => {
  it.each<[string, Array<[string, string, string]>]>([
    ["The delegation of the Chinese People's Liberation Army (PLA) and the People's Armed Police (PAP) was established.", [
      ["Chinese People's Liberation Army", 'military', '全国'], ["People's Armed Police", 'military', '全国']]],
    ["Officers of the Chinese People's Armed Police Force took part in the rescue.", [["Chinese People's Armed Police Force", 'military', '全国']]],
    ['Deputies from the People’s Armed Police Force met on Monday.', [['People’s Armed Police Force', 'military', '全国']]],
    // Control: a local police bureau is no national force.
    ['The armed police officers of the county helped the villagers.', []],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})
