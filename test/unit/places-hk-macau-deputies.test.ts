import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// Hand-checked sentences (dev page 633; survey pages of 星岛, 香港01, 香港商报, 中山市政协): 港区 and 澳区 before the
// members and deputies a region sends name Hong Kong and Macau (data/abbreviation-context.tsv, kind members); a port's
// area (港区 of a port) is no mention.
describe('places: 港区 and 澳区 before their deputies and members', () => {
  it.each<[string, string[]]>([
    ['梅州市“政协委员爱心之家”创设以来,得到了广大政协委员特别是港区各级政协委员的积极响应。', ['梅州市', '香港特别行政区']],
    ['1月5日,港区政协委员在中山市政协常委卢伟国的带领下一行20多人赴澳门开展联谊交流活动。', ['香港特别行政区', '中山市', '澳门特别行政区']],
    ['港區全國政協委員魏明德在會後引述夏寶龍指。', ['香港特别行政区']],
    ['港區全國人大代表、香港代表團召集人陳勇會後在貴賓樓與媒體分享感悟。', ['香港特别行政区']],
    ['多名港區及澳區全國人大代表和政協委員今日抵達北京準備。', ['香港特别行政区', '澳门特别行政区', '北京市']],
    ['高永文指,夏宝龙对港区人大政协的工作表示满意。', ['香港特别行政区']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each(['郑州航空港区政协委员到企业调研。', '洋山港区人大代表视察码头。', '港区内集装箱吞吐量增长。'])('no Hong Kong: %s', (text) => {
    expect(names(text)).not.toContain('香港特别行政区')
  })
})
