/** Exact numeral parsing: Arabic (1,359 / 25.25 / 3.7), Chinese (二十多 / 两千 / 三百 / 二〇二三) and 万/亿 scaling. */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 }
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 }

export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟'

/**
 * A Chinese numeral as an exact integer, or null when it is not one. Positional strings without units
 * (二〇二三) read digit by digit. Exact up to 2^53 (beyond 10^12 is not needed here).
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null
  const chars = [...s]
  if (chars.some((c) => !(c in DIGITS) && !(c in SMALL) && !(c in BIG))) return null
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(''))
  let yi = 0
  let wan = 0
  let section = 0
  let num = 0
  for (const c of chars) {
    if (c in DIGITS) num = DIGITS[c]!
    else if (c in SMALL) {
      // 十 alone is 10; 一千零十 is 1010.
      section += (num || 1) * SMALL[c]!
      num = 0
    } else if (c === '万') {
      wan = (section + num || 1) * 1e4
      section = 0; num = 0
    } else {
      yi = (yi + wan + section + num || 1) * 1e8
      wan = 0; section = 0; num = 0
    }
  }
  return yi + wan + section + num
}

/** An Arabic number (1,359 / 25.25 / ５) as a decimal string without separators, or null. */
export function arabicDigits(s: string): string | null {
  const t = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，](?=\d{3}(?!\d))/g, '')
  return /^\d+(?:\.\d+)?$/.test(t) ? t : null
}

/** `digits × 10^pow` computed on the decimal string, so 4.52万 is 45200, not 45199.99999999999. */
export function scaleDecimal(digits: string, pow: number): number {
  const [int = '0', frac = ''] = digits.split('.')
  if (pow >= frac.length) return Number(int + frac + '0'.repeat(pow - frac.length))
  return Number(`${int}${frac.slice(0, pow)}.${frac.slice(pow)}`)
}

/** Powers of ten of the magnitude characters written after a number. */
export const MAGNITUDE: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8 }
