import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// One CPPCC special committee written on a page in its full form and in a short form (README: where one body is
// written two ways, the other forms are further mentions; list it once): 社会法制民族宗教委员会 and 社法民宗委,
// 农业和农村委员会 and 农业委, 社法委 and 社会法制与人口资源环境委员会. The short form's stem is the full stem's first
// character and some of its later ones, in order. Hand-checked: each text names one special committee of its 政协.
const specials = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc-special').map((c) => c.name)

describe('a special committee written in full and short is one body', () => {
  it.each([
    ['2025年，中山市政协社会法制民族宗教委员会深入基层调研。市政协社法民宗委组织委员赴天津学习。', ['中山市政协社会法制民族宗教委员会']],
    ['北海市政协社法民宗委召开会议。市政协社会法制民族宗教委员会主任出席。', ['北海市政协社法民宗委']],
    ['宿州市政协农业和农村委员会组织委员督办提案。市政协农业委在深入调研的基础上提出提案。', ['宿州市政协农业和农村委员会']],
    ['嘉兴市政协人口资源环境委员会召开全体会议。市政协人资环委主任主持。', ['嘉兴市政协人口资源环境委员会']],
    ['新洲区政协社法委组织委员视察。区政协党组成员王志刚、社会法制与人口资源环境委员会主任邓忠民参加。', ['新洲区政协社法委']],
  ])('%s', (text, expected) => {
    expect(specials(text)).toEqual(expected)
  })
})

describe('controls: different committees, or one name of two 政协, stay apart', () => {
  it.each([
    // two committees of one 政协
    ['无锡市政协提案委、社法委组织委员赴市司法局。', ['无锡市政协提案委', '无锡市政协社法委']],
    ['南通市政协经济委员会和南通市政协文史委联合调研。', ['南通市政协经济委员会', '南通市政协文史委']],
    // a short form not drawn from the full one (建 is not in 人口资源环境)
    ['武隆区政协人口资源环境委员会与武隆区政协人资环建委座谈。', ['武隆区政协人口资源环境委员会', '武隆区政协人资环建委']],
    // the same words at two levels: two bodies
    ['安徽省政协农业和农村委员会到宿州调研，宿州市政协农业委主任陪同。', ['安徽省政协农业和农村委员会', '宿州市政协农业委']],
  ])('%s', (text, expected) => {
    expect(specials(text).sort()).toEqual([...expected].sort())
  })
})
