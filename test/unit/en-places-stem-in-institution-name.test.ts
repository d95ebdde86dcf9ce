import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A bare pinyin stem between another place's name and the rest of an institution's name (Beijing Tongren Hospital:
 * 北京同仁医院) is the institution's own name, not a second place, where it names no division inside the place before
 * it (Tongren: 铜仁市 lies in Guizhou, not in Beijing). The Chinese gold lists no place for a hospital's own name (朝阳医院
 * on zh dev 571 gives no 朝阳区); en dev 570 names Beijing Tongren Hospital. Controls: a stem naming a division inside the
 * place before it is still that division (Guangdong Shantou University: 汕头市), a stem with its own level word or alone
 * (Tongren in Guizhou province) is a place as before, and a comma between the two names breaks the name.
 */
const places = (t: string) => analyzer.analyze(t).places.map((p) => p.name)

describe('a stem inside an institution name after another place: no place', () => {
  it.each([
    ['Wang, who is also director of the Ophthalmic Center at Beijing Tongren Hospital, spoke.', ['北京市']],
    ['She is a surgeon at Shanghai Ruijin Hospital.', ['上海市']],
    ['He graduated from Guangzhou Zhongshan University in 1990.', ['广州市']],
    ['Zhang Li, president of Beijing Chaoyang Hospital, attended.', ['北京市']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['He teaches at Guangdong Shantou University.', ['广东省', '汕头市']],
    ['The member visited Tongren in Guizhou province.', ['铜仁市', '贵州省']],
    ['He went to Beijing, Tongren Hospital said.', ['北京市', '铜仁市']],
    ['The Beijing Haidian District Hospital opened.', ['北京市', '海淀区']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want))
})
