import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const orgOf = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.org

// Hand-written texts (places and names varied) of a visit whose host is written only by one character after 来
// (来启考察, 来丰考察, 来东开展): the place written before the visiting body is the visitors', never the page's home,
// so the page's bare 市政协 / 县政协 is the host's, lifted from the host's own town where that is all it writes
// (test/fixtures/dev-pages/README.md: "not from … the visitors' place").
describe('a visitor written before 政协来X考察 (X one character of the host) is no home', () => {
  it.each<[string, string, string]>([
    ['浙江省建德市政协来启考察调研\n5月14日，建德市政协副主席周伟清率队来我市考察。市政协副主席龚建涛陪同。调研组参观了吕四港镇镇史馆。', '启东市政协', '建德市政协'],
    ['南京市江宁区政协领导来丰考察\n3月9日，江宁区政协主席王立新一行来我区考察。区政协主席高海涛陪同。考察组到草庙镇、刘庄镇参观。', '大丰区政协', '江宁区政协'],
    ['安徽省舒城县政协来启交流\n舒城县政协主席李强一行来我市交流。市政协主席陈刚陪同，考察了汇龙镇。', '启东市政协', '舒城县政协'],
  ])('%s → host %s beside the visitor %s', (text, host, visitor) => {
    const names = committees(text)
    expect(names).toContain(host)
    expect(names).toContain(visitor)
  })

  it.each<[string, string, string]>([
    ['浙江省建德市政协来启考察调研\n5月14日，建德市政协副主席周伟清率队来我市考察。市政协副主席龚建涛陪同。调研组参观了吕四港镇镇史馆。', '龚建涛', '启东市政协'],
    ['南京市江宁区政协领导来丰考察\n3月9日，江宁区政协主席王立新一行来我区考察。区政协主席高海涛陪同。考察组到草庙镇、刘庄镇参观。', '高海涛', '大丰区政协'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(orgOf(text, name)).toBe(org)
  })

  // Controls: the one character after 来 names no host (来校, 来院), or the page's own 政协 goes out (赴启).
  it.each<[string, string, string]>([
    ['建德市政协调研组来校调研\n5月14日，市政协副主席周伟清率队来校调研职业教育。市政协主席王建国参加。', '王建国', '建德市政协'],
    ['建德市政协赴启考察\n5月14日，市政协主席王建国率队赴启东市考察。市政协副主席周伟清参加。', '周伟清', '建德市政协'],
  ])('%s → %s of %s (unchanged)', (text, name, org) => {
    expect(orgOf(text, name)).toBe(org)
  })
})
