import { HAN, UnitSet } from './chars.js'
import { CLOSING_MARKS, DATELINE_CLOSE, DIGIT_DATE, ORDINAL } from './grammar.js'

// What ends a credit after its closing verb (…供稿), 李南京 摄\n): a closing bracket, a line break, the end of the text.
const CREDIT_END = UnitSet.of([')）\n'])

/**
 * Whether a credit's closing verb (data/credit-verbs.txt: 供稿, 摄) that ends at `verbEnd` ends its line or bracket:
 * the one check of the committees' credit lines (来源：社法委; (文史委办 供稿)) and of the names in them ((王长春/供稿)).
 */
export const closesCredit = (text: string, verbEnd: number): boolean => verbEnd === text.length || CREDIT_END.has(text.charCodeAt(verbEnd))

/** What a line of a page is, judged from its own text. */
export type LineKind =
  | 'byline' // 本报记者 李婷 张添奥 / 刘忠群 本报记者 王磊 / 市政协常委 谢惠兰 / 责任编辑：王某
  | 'closing' // （王洪玉） / （本栏稿件由本报记者 刘婷婷 马慧荣采写） / （新华社北京10月14日电）
  | 'continued' // （上接4版）…
  | 'masthead' // 《人民政协报》（2024年05月18日 第01版）
  | 'subtitle' // ——长春市政协亮点工作综述
  | 'heading' // short line without closing punctuation
  | 'body'

/**
 * The words that make a line a byline: credits (记者, 通讯员, 责任编辑), CPPCC titles (委员, 常委), and the verbs
 * that close a credit (采写, 电); and the words of the page's layout by kind (data/layout-words.tsv).
 */
export type LineWords = { credits: readonly string[]; titles: readonly string[]; creditVerbs: readonly string[]; layout: Readonly<Record<LayoutKind, readonly string[]>> }

/** What a word of the page's layout marks: a printed page, a note that an article goes on elsewhere, an editor's note, a line of the page's structure. */
export type LayoutKind = 'page' | 'continued' | 'note' | 'lead'

export type LineKinds = {
  classify(line: string): LineKind
  /** The names in a byline, without its credit and title words. */
  bylineNames(line: string): string[]
  /**
   * Whether a line opens a part of the page's own structure, never a sentence run on from the line before:
   * a lead word (本报讯, 图为), a note in brackets ((上接4版), (本栏…)), a subtitle's dash, a bracketed or Markdown
   * heading, a news agency's dateline (中新社北京2月25日电, 新华社记者10日电).
   */
  opensStructure(line: string): boolean
  /**
   * Whether a line ends in a credit closed by its verb, as a photo's caption does (…开幕。新华社记者 谢龙摄), or in a credit, a colon
   * and its names, as a page's line of fields does (来源: 人民政协网 | 作者: 王双 | 责任编辑: 秦金月): nothing runs on from it.
   */
  endsInCredit(line: string): boolean
  /** Page headers on lines of their own (第01版:要闻), global and multiline; each holds one of `words`. */
  readonly pageHeader: { words: readonly string[]; pattern: RegExp }
}

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const NAME = `[${HAN}]{2,4}`
const NAMES = `${NAME}(?:\\s+${NAME})*`
const NAME_PAIR = new RegExp(`^[${HAN}]{2,3}(?:\\s+[${HAN}]{2,3}){1,3}$`)
const MASTHEAD = new RegExp(`^《[^》]{2,12}》\\s*[（(]\\s*${DIGIT_DATE}`)
// A headline may end in ！ or ？, never in a comma or full stop.
const TERMINAL = new RegExp(`[。；…，,：:、]$|[。…][${CLOSING_MARKS})]$`)
// A relative CPPCC before a title in a byline: 市政协常委 谢惠兰.
const CPPCC = '(?:[省市区县州]?政协)'

export function lineKinds(w: LineWords): LineKinds {
  const page = alternation(w.layout.page)
  const continued = new RegExp(`^[（(]\\s*(?:${alternation(w.layout.continued)})\\s*\\d+\\s*(?:${page})\\s*[）)]`)
  const opens = new RegExp(`^(?:${alternation(w.layout.lead)}|——|【|#|[（(](?:${alternation([...w.layout.continued, ...w.layout.note])}))|^[${HAN}]{2,12}${DATELINE_CLOSE}`)
  const pageHeader = { words: w.layout.page, pattern: new RegExp(`^[ \\t]*${ORDINAL}\\s*\\d{1,3}\\s*(?:${page})\\s*[:：][^\\n]{0,12}$`, 'gm') }
  const credit = `(?:${alternation(w.credits)})`
  const title = `(?:${alternation(w.titles)})`
  const verbs = alternation(w.creditVerbs)
  const byline = new RegExp(`^(?:${NAMES}\\s+)?(?:${credit}\\s*[：:]?\\s*${NAMES}\\s*)+(?:${verbs})?$`)
  const creditEnd = new RegExp(`${credit}\\s*(?:[：:]\\s*${NAMES}|[：:]?\\s*${NAMES}\\s*(?:${verbs}))\\s*$`)
  const titleByline = new RegExp(`^${CPPCC}?${title}\\s+${NAME}$`)
  const closing = new RegExp(`^[（(](?:${NAMES}|[^（）()]*(?:${verbs}))[）)]$`)
  const words = new RegExp(`${CPPCC}|${credit}|${title}|${verbs}|[：:]`, 'g')
  const nameOnly = new RegExp(`^[${HAN}]{2,4}$`)
  return {
    classify(line) {
      const t = line.trim()
      if (continued.test(t)) return 'continued'
      if (MASTHEAD.test(t)) return 'masthead'
      if (closing.test(t)) return 'closing'
      if (t.length <= 40 && (byline.test(t) || titleByline.test(t))) return 'byline'
      if (t.startsWith('——') && t.length <= 60) return 'subtitle'
      if (t.length <= 32 && !TERMINAL.test(t)) return NAME_PAIR.test(t) ? 'byline' : 'heading'
      return 'body'
    },
    opensStructure: (line) => opens.test(line),
    endsInCredit: (line) => creditEnd.test(line),
    pageHeader,
    bylineNames(line) {
      return line.replace(/[（()）]/g, ' ').replace(words, ' ').split(/\s+/).filter((n) => nameOnly.test(n))
    },
  }
}
