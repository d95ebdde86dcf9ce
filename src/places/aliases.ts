import type { PlaceLevel } from '../schema/result.js'

// Ethnic autonomous names: stem + peoples (朝鲜族, 藏族羌族, 维吾尔) + 自治 + 区/州/县/旗.
const AUTONOMOUS = /^([\u4e00-\u9fff]{2,}?)((?:[\u4e00-\u9fff]{1,6}?族|维吾尔)*)自治(区|州|县|旗)$/

export type Alias = { form: string; rule: string }

/**
 * Short forms of an official name, derived by rule (never listed by hand):
 * 吉林省 → 吉林; 长春市 → 长春; 延边朝鲜族自治州 → 延边州, 延边; 内蒙古自治区 → 内蒙古;
 * 香港特别行政区 → 香港; 大兴安岭地区 → 大兴安岭; 浦东新区 → 浦东; 南康区 → 南康. A stem of one character is no alias.
 * Townships lose their suffix only when the stem has three or more characters.
 */
export function aliasesOf(name: string, level: PlaceLevel): Alias[] {
  const out: Alias[] = []
  const add = (form: string, rule: string) => { if (form.length >= 2 && form !== name) out.push({ form, rule }) }
  if (level === 'township') {
    // Only long township stems (彭浦新村街道 → 彭浦新村): two-character ones (洪水镇 → 洪水) are words.
    const stem = name.replace(/(?:街道|镇|乡)$/, '')
    if (stem !== name && stem.length >= 3) add(stem, 'suffix')
    return out
  }
  const autonomous = name.includes('自治') ? AUTONOMOUS.exec(name) : null
  if (name.endsWith('特别行政区')) add(name.slice(0, -5), 'sar')
  else if (autonomous) {
    const [, stem = '', , kind = ''] = autonomous
    add(stem, 'autonomous-stem')
    if (kind !== '区') add(stem + kind, 'autonomous-short')
  } else if (name.endsWith('新区')) add(name.slice(0, -2), 'new-area')
  else if (/(地区|林区)$/.test(name)) add(name.slice(0, -2), 'suffix')
  else if (/[省市县区州盟旗]$/.test(name)) {
    // 新区/矿区 style names whose stem is generic stay whole.
    const stem = name.slice(0, -1)
    if (!/^(?:城|郊|矿|新|市|城关|市中|开发|高新)$/.test(stem)) add(stem, 'suffix')
  }
  return out
}
