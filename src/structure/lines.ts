/** What a line of a page is, judged from its own text. */
export type LineKind =
  | 'byline' // 本报记者 李婷 张添奥 / 刘忠群 本报记者 王磊 / 市政协常委 谢惠兰
  | 'closing' // （王洪玉） / （本栏稿件由本报记者 刘婷婷 马慧荣采写） / （新华社北京10月14日电）
  | 'continued' // （上接4版）…
  | 'masthead' // 《人民政协报》（2024年05月18日 第01版）
  | 'subtitle' // ——长春市政协亮点工作综述
  | 'heading' // short line without closing punctuation
  | 'body'

const NAME = '[\\u4e00-\\u9fff]{2,4}'
const NAMES = `${NAME}(?:\\s+${NAME})*`
const BYLINE = new RegExp(`^(?:${NAMES}\\s+)?(?:(?:本报|特约)?(?:记者|通讯员)\\s*${NAMES}\\s*)+(?:摄|报道)?$`)
const ROLE_BYLINE = new RegExp(`^(?:[省市区县州]?政协)?(?:常委|委员|主席|副主席|秘书长)\\s+${NAME}$`)
const NAME_PAIR = /^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){1,3}$/
const CLOSING = /^[（(](?:[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*|[^（）()]*(?:采写|报道|供稿|电|整理))[）)]$/
const CONTINUED = /^[（(]\s*(?:上接|下接)\s*\d+\s*版\s*[）)]/
const MASTHEAD = /^《[^》]{2,12}》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/
// A headline may end in ！ or ？, never in a comma or full stop.
const TERMINAL = /[。；…，,：:、]$|[。…][”’」』）)]$/

export function classifyLine(line: string): LineKind {
  const t = line.trim()
  if (CONTINUED.test(t)) return 'continued'
  if (MASTHEAD.test(t)) return 'masthead'
  if (CLOSING.test(t)) return 'closing'
  if (t.length <= 40 && (BYLINE.test(t) || ROLE_BYLINE.test(t))) return 'byline'
  if (t.startsWith('——') && t.length <= 60) return 'subtitle'
  if (t.length <= 32 && !TERMINAL.test(t)) return NAME_PAIR.test(t) ? 'byline' : 'heading'
  return 'body'
}

/** Names in a byline, without the role words. */
export function bylineNames(line: string): string[] {
  return line
    .replace(/[（()）]/g, ' ')
    .replace(/本栏稿件由|采写|报道|(?:本报|特约)?(?:记者|通讯员)|[省市区县州]?政协|常委|委员|副主席|主席|秘书长|摄/g, ' ')
    .split(/\s+/)
    .filter((n) => /^[\u4e00-\u9fff]{2,4}$/.test(n))
}
