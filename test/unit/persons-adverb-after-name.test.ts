import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// An adverb between a name and its predicate (则, 都, 也, 还, 亦: data/speech-adverbs.txt) or a character written right
// after a subject's name (获 of 获表彰, 获评: data/function-words.tsv after-name), that the segmenter glues to a name of
// two characters into an unknown word (刘洋则/x 建议, 李华获/x 表彰): the name ends before it where a predicate follows
// (dev 1429: 沈雯都关注, 沈雯则指出). Expected by hand.
describe('persons: an adverb or verb glued after a two-character name is no third character', () => {
  it.each([
    ['委员刘洋则建议加强监管。', '刘洋'],
    ['政协委员李华获表彰。', '李华'],
    ['全国政协委员周桐宇、沈雯都关注到去年一度出现的民营投资增速下滑。', '沈雯'],
    ['全国政协委员、上海市工商联副主席沈雯则指出，运行了7年的专项资金去年被取消。', '沈雯'],
    ['县政协副主席陈静获评优秀政协委员。', '陈静'],
    ['市政协常委何洋也表示，要加强监管。', '何洋'],
  ])('%s → %s', (text, name) => {
    const got = names(text)
    expect(got).toContain(name)
    expect(got.some((n) => n !== name && n.startsWith(name))).toBe(false)
  })

  // Controls: names of three characters ending in such a character, where no predicate follows (dev 178: 雷靜也、;
  // dev 281: 编辑：唐则 at the end), and one not ending in one.
  it.each([
    ['二等奖三名：雷静也、石云琼、李进，三等奖三名：易瑛、黄宝民、李蔓。', '雷静也'],
    ['来源：上海市工商联\n编辑：唐则', '唐则'],
    ['委员王建国建议加强监管。', '王建国'],
  ])('%s keeps %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
