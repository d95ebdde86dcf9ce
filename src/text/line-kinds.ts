import { HAN } from './chars.js'
import { CLOSING_MARKS } from './grammar.js'

/** What a line of a page is, judged from its own text. */
export type LineKind =
  | 'byline' // 本报记者 李婷 张添奥 / 刘忠群 本报记者 王磊 / 市政协常委 谢惠兰 / 责任编辑：王某
  | 'closing' // （王洪玉） / （本栏稿件由本报记者 刘婷婷 马慧荣采写） / （新华社北京10月14日电）
  | 'continued' // （上接4版）…
  | 'masthead' // 《人民政协报》（2024年05月18日 第01版）
  | 'subtitle' // ——长春市政协亮点工作综述
  | 'heading' // short line without closing punctuation
  | 'body'

/** The words that make a line a byline: credits (记者, 通讯员, 责任编辑), CPPCC titles (委员, 常委), and the verbs that close a credit (采写, 电). */
export type LineWords = { credits: readonly string[]; titles: readonly string[]; creditVerbs: readonly string[] }

export type LineKinds = {
  classify(line: string): LineKind
  /** The names in a byline, without its credit and title words. */
  bylineNames(line: string): string[]
}

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const NAME = `[${HAN}]{2,4}`
const NAMES = `${NAME}(?:\\s+${NAME})*`
const NAME_PAIR = new RegExp(`^[${HAN}]{2,3}(?:\\s+[${HAN}]{2,3}){1,3}$`)
const CONTINUED = /^[（(]\s*(?:上接|下接)\s*\d+\s*版\s*[）)]/
const MASTHEAD = /^《[^》]{2,12}》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/
// A headline may end in ！ or ？, never in a comma or full stop.
const TERMINAL = new RegExp(`[。；…，,：:、]$|[。…][${CLOSING_MARKS})]$`)
// A relative CPPCC before a title in a byline: 市政协常委 谢惠兰.
const CPPCC = '(?:[省市区县州]?政协)'

export function lineKinds(w: LineWords): LineKinds {
  const credit = `(?:${alternation(w.credits)})`
  const title = `(?:${alternation(w.titles)})`
  const verbs = alternation(w.creditVerbs)
  const byline = new RegExp(`^(?:${NAMES}\\s+)?(?:${credit}\\s*[：:]?\\s*${NAMES}\\s*)+(?:${verbs})?$`)
  const titleByline = new RegExp(`^${CPPCC}?${title}\\s+${NAME}$`)
  const closing = new RegExp(`^[（(](?:${NAMES}|[^（）()]*(?:${verbs}))[）)]$`)
  const words = new RegExp(`${CPPCC}|${credit}|${title}|${verbs}|[：:]`, 'g')
  const nameOnly = new RegExp(`^[${HAN}]{2,4}$`)
  return {
    classify(line) {
      const t = line.trim()
      if (CONTINUED.test(t)) return 'continued'
      if (MASTHEAD.test(t)) return 'masthead'
      if (closing.test(t)) return 'closing'
      if (t.length <= 40 && (byline.test(t) || titleByline.test(t))) return 'byline'
      if (t.startsWith('——') && t.length <= 60) return 'subtitle'
      if (t.length <= 32 && !TERMINAL.test(t)) return NAME_PAIR.test(t) ? 'byline' : 'heading'
      return 'body'
    },
    bylineNames(line) {
      return line.replace(/[（()）]/g, ' ').replace(words, ' ').split(/\s+/).filter((n) => nameOnly.test(n))
    },
  }
}
