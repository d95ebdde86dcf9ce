import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { analyzed, page, PAGES } from '../helpers.js'

describe('structure: articles of a page', () => {
  it('reads title, subtitle, byline and date of page 002', () => {
    const r = analyzed(PAGES.p002)
    expect(r.articles).toHaveLength(1)
    expect(r.articles[0]).toMatchObject({ title: '协商聚共识 履职展担当', subtitle: '——长春市政协亮点工作综述', byline: ['张泗国', '乔政恺', '高峰'], date: '2024-05-18' })
  })

  it('reads a Markdown page with its subtitle (001)', () => {
    const a = analyzed(PAGES.p001).articles[0]!
    expect(a.title).toBe('砥砺奋进写华章 凝心聚力再出发')
    expect(a.subtitle).toBe('——来自政协吉林市第十四届委员会第三次会议的报道')
    expect(a.byline).toEqual(['李婷', '张添奥', '周淑宇'])
  })

  it('gives page 000 its titles AFTER their bodies, and closes articles at （王洪玉） and （上接4版）', () => {
    const r = analyzed(PAGES.p000)
    const text = page(PAGES.p000)
    const first = r.articles[0]!
    expect(first.title).toBe('白山松水向“新”而行')
    expect(first.byline).toEqual(['高峰'])
    expect(text.slice(first.start, first.end)).toContain('徐勇委员建议')
    const tianchang = r.articles.find((a) => a.byline.includes('王洪玉'))!
    expect(text.slice(tianchang.start, tianchang.end)).toContain('天 长 市 政 协 副 主 席')
    const nankang = r.articles.find((a) => a.title === '红色地标焕然一新！')!
    expect(text.slice(nankang.start, nankang.end)).toContain('烈 士 陵 园')
    expect(text.slice(nankang.start, nankang.end)).not.toContain('甘井子')
    expect(r.articles.length).toBeGreaterThanOrEqual(5)
  })

  it.each([
    ['《人民政协报》（2024年05月18日 第01版）', '2024-05-18'],
    ['《人民政协报》（2024-5-8 第03版）', '2024-05-08'],
    ['《吉林日报》（2023.12.1）', '2023-12-01'],
  ])('dates a page by its masthead %s', (masthead, date) => {
    expect(analyze(`${masthead}\n\n长春市政协召开常委会议\n\n会议审议了有关文件。`).articles[0]!.date).toBe(date)
  })

  it('splits page 004 into one article per committee kicker', () => {
    const titles = analyzed(PAGES.p004).articles.map((a) => a.subtitle)
    expect(titles).toEqual(expect.arrayContaining(['吉林市政协', '延边州政协', '通化市政协', '长春市朝阳区政协']))
  })

  it('articles tile the input in order', () => {
    for (const id of Object.values(PAGES)) {
      const r = analyzed(id)
      expect(r.articles[0]!.start).toBe(0)
      expect(r.articles.at(-1)!.end).toBe(page(id).length)
      for (let i = 1; i < r.articles.length; i++) expect(r.articles[i]!.start).toBe(r.articles[i - 1]!.end)
    }
  })
})
