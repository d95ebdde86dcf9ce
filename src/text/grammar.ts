/**
 * The few characters of Chinese grammar that rules in several modules share; word lists live in data/.
 */

/** Marks that open a quotation (“‘「『). */
export const OPENING_QUOTES = '“‘「『'
/** Marks that close a quotation (”’」』). */
export const CLOSING_QUOTES = '”’」』'
/**
 * Marks that close a quotation or a bracket (”’）」』): what follows them still belongs to what they close. Rules
 * on normalized text add the ASCII bracket, which stays half-width around Latin text (normalize/04-width.ts).
 */
export const CLOSING_MARKS = `${CLOSING_QUOTES}）`
/** Marks between the items of a list: 长春、吉林和四平; 市委、市政府. */
export const LIST_MARKS = '、和与及'
/** The enumeration comma between the items of a list (长春、吉林), by code unit. */
export const ENUMERATION_COMMA = 0x3001
/** The conjunctions among them (和与及): items joined by one of these are a list too. */
export const CONJUNCTIONS = LIST_MARKS.slice(1)
/** The word for every one of a kind (市各民主党派, 各县政协): what follows it is no one body. */
export const EACH = '各'
/** The region of a national body (全国政协, 中共中央). */
export const NATIONAL = '全国'
/** The character of a committee (市委, 文史委, 发改委); alone after a region, a party committee (its id in data/bodies.tsv). */
export const COMMITTEE = '委'
/** The organ of a CPPCC committee (长春市政协). */
export const CPPCC = '政协'
/** The character of a year (2023年, 二〇二三年), which figures leave to dates. */
export const YEAR = '年'
/** The words of a day and of a month (9月19日), and the day's word as speech writes it (19号). */
export const [DAY_WORD, MONTH_WORD, SPOKEN_DAY_WORD] = ['日', '月', '号'] as const
/** The mark of an ordinal (第十四届, 第15条). */
export const ORDINAL = '第'
/** The Chinese digits, zero to nine (二〇二四年, 三十); their values are in data/numerals.tsv. */
export const HAN_DIGITS = '〇○零一二三四五六七八九'
/** The digits and ten, as dates and terms write small numbers (十四届, 十二月三十一日). */
export const HAN_SMALL = `${HAN_DIGITS}十`
/** A term of a committee (第十四届), its number captured; 第 may be left out where `ORDINAL` is made optional. */
export const TERM_SOURCE = `${ORDINAL}([${HAN_SMALL}]{1,3})届`
/** A session of a committee's term (第三次会议, 第一次全体会议), its number captured; 第 optional as for `TERM_SOURCE`. */
export const SESSION_SOURCE = `${ORDINAL}([${HAN_SMALL}]{1,3})次(?:全体)?会议`
/**
 * A full date in digits, 2024年5月6日, 2024-05-06 or 2024.5.6 (not inside a longer number): its groups are
 * the year, the month and the day.
 */
/**
 * A page's stamp with the year apart from month and day (2023 01/11, a wire service's template): a year 19xx or 20xx, a
 * space, then month and day in two digits each over a slash. Both the date finder (a date) and the figures (no share) use it.
 */
export const YEAR_APART_STAMP = String.raw`(?<!\d)(?:19|20)\d\d[ \t\u00a0]+\d{2}/\d{2}(?![\d/])`
export const DIGIT_DATE = String.raw`(?<!\d)(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})`
/** The close of a news agency's dateline, a day and the word for a wire: 北京5月6日电, 新华社记者10日电. */
export const DATELINE_CLOSE = String.raw`(?:\d{1,2}月)?\d{1,2}日电`
