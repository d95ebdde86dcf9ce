import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => `${c.name}/${c.region}`)

// A branch of a democratic party written alone (医卫二支部, 教育支部) belongs to the committee it sits under: the lowest of the
// party's committees the paragraph names, not a higher one named between (the city committee that awards it, the
// provincial one that visits): dev 1253 (农工党桐庐县基层委 … 被农工党杭州市委会评为 … 医卫二支部 → 桐庐县医卫二支部). Sentences
// written for this test in the forms of such reports (yearbooks, award lists), not copied from a page.
describe('bodies: a party branch written alone takes the lower committee, not a higher one named after it', () => {
  it.each([
    ['农工党桐庐县基层委被农工党杭州市委会评为先进集体,医卫二支部、经济科技支部被评为四星级支部。', ['桐庐县医卫二支部/桐庐县', '桐庐县经济科技支部/桐庐县'], ['杭州市医卫二支部/杭州市']],
    ['民盟海曙区委会获民盟浙江省委会表彰,教育支部被评为先进支部。', ['海曙区教育支部/海曙区'], ['浙江省教育支部/浙江省']],
    ['民进吴江区基层委员会迎来民进苏州市委会调研组,机关支部负责人作了汇报。', ['吴江区机关支部/吴江区'], ['苏州市机关支部/苏州市']],
    // The higher committee as a new subject (after a sentence's end, or with no agent word before it), or written right
    // before the branch (市委会第三支部), takes the branch (review of round 27).
    ['农工党桐庐县基层委主委李明出席会议。农工党杭州市委会召开全委会，医卫二支部作交流发言。', ['杭州市医卫二支部/杭州市'], ['桐庐县医卫二支部/桐庐县']],
    ['致公党蓬江区总支委员会参加会议，致公党江门市委会主委讲话，市委会第三支部开展活动。', ['江门市第三支部/江门市'], ['蓬江区第三支部/蓬江区']],
    ['农工党桐庐县基层委被农工党杭州市委会评为先进集体，市委会医卫二支部被评为四星级支部。', ['杭州市医卫二支部/杭州市'], ['桐庐县医卫二支部/桐庐县']],
  ])('%s', (text, wanted, unwanted) => {
    const got = committees(text)
    for (const w of wanted) expect(got).toContain(w)
    for (const u of unwanted) expect(got).not.toContain(u)
  })

  it.each([
    // Controls: the nearest committee where it is the lower one or another party's; one committee alone.
    ['民盟浙江省委会调研民盟海曙区委会,教育支部汇报工作。', '海曙区教育支部/海曙区'],
    ['民革连云港市委召开会议,教育支部、机关支部分别发言。', '连云港市教育支部/连云港市'],
    ['农工党桐庐县基层委与民盟杭州市委会联合开展活动,医卫二支部参加。', '杭州市医卫二支部/杭州市'],
  ])('%s → %s', (text, want) => {
    expect(committees(text)).toContain(want)
  })
})
