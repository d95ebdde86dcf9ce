import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decode } from '../../src/cli/decode.js'
import { normalize } from '../../src/normalize/index.js'
import { analyzer, allSpans, resources } from '../helpers.js'
import { encodeLegacy } from '../encode.js'
import { fileLines, run, SLOW, tmp } from './helpers.js'
import { createAnalyzer, type AnalysisResult } from '../../src/index.js'

// A news page as a CMS serves it: head, style, script with markup in a string, comments, a tag across
// lines, attributes holding '>', named and numeric entities, the text in block tags.
const PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>长春市政协召开常委会议 - 人民政协网</title>
<style>p { margin: 0 } /* 吉林省 */</style>
<script type="text/javascript">var s = "<p>北京市政协</p>"; if (a < b && c > d) {}</script>
</head>
<body>
<!-- enpproperty <articleid>61944</articleid> 天津市 -->
<div class="nav"><a href="content_61944.html" title="a>b">首页</a> &gt; 要闻</div>
<h1>协商聚共识&nbsp;履职展担当</h1>
<p class="lead"
   data-x='1'>本报讯&emsp;长春市政协主席高志国表示，要围绕&ldquo;新质生产力&rdquo;开展协商&hellip;&hellip;</p>
<p>江西省赣州市南康区政协委员徐勇建议，将全省创新资源&#x6574;&#21512;起来，投入2651.9万元。</p>
<p>&copy; 2024 人民政协报&nbsp;&amp;&nbsp;人民政协网</p>
</body>
</html>
`

const spansSlice = (text: string, r: AnalysisResult) => {
  const spans = allSpans(r)
  expect(spans.length).toBeGreaterThan(3)
  for (const [what, s] of spans) expect([what, text.slice(s.start, s.end)]).toEqual([what, s.text])
  for (const a of r.articles) expect(a.end).toBeLessThanOrEqual(text.length)
}

describe('normalize: a whole HTML page as its reader sees it', () => {
  it.each([
    ['script, style and head are dropped', '<html><head><title>北京</title></head><body><script>var x="<b>天津</b>"</script><style>b{}</style><p>长春</p></body></html>', '\n长春\n'],
    ['comments, even across lines', '<html><body><!-- 天津\n市 --><p>长春</p></body></html>', '\n长春\n'],
    ['block tags end a line, inline tags vanish', '<body><h1>标题</h1><p>正<b>文</b></p><br/>尾</body>', '\n标题\n\n正文\n\n尾'],
    ['a tag across lines with > in a quoted attribute', '<body><p class="a"\n title="x>y">长春</p></body>', '\n长春\n'],
    ['named entities of Chinese pages', '<body>&ldquo;好&rdquo;&mdash;&hellip;&middot;&nbsp;&amp;&lt;&gt;&yen;</body>', '\u201c好\u201d\u2014\u2026\u00b7 &<>\u00a5'],
    ['numeric entities, decimal and hex, and a bad one', '<body>&#25919;&#x534F;&#X4F1A;&#1114112;</body>', '政协会\ufffd'],
    ['an unknown named entity stays', '<body>&foo; 长春</body>', '&foo; 长春'],
  ])('%s', (_name, html, want) => {
    expect(normalize(html, resources.normalize).mapped.text).toBe(want)
  })

  it('leaves text that is not an HTML page as before: a stray tag is removed with its own warning', () => {
    const { mapped, warnings } = normalize('<p>长春市政协</p>', resources.normalize)
    expect(mapped.text).toBe('长春市政协')
    expect(warnings.map((w) => w.code)).toEqual(['W_MARKUP_REMOVED', 'W_MARKUP_REMOVED'])
  })

  it('analyses the page: every span slices the page, hidden text found nowhere, one warning for the markup', () => {
    const r = analyzer.analyze(PAGE)
    spansSlice(PAGE, createAnalyzer({ tokens: true }).analyze(PAGE)) // tokens and sentences too
    expect(r.articles[0]!.title).toBe('协商聚共识 履职展担当')
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(['长春市', '江西省', '赣州市', '南康区']))
    for (const hidden of ['北京市', '天津市', '吉林省']) expect(r.places.map((p) => p.name)).not.toContain(hidden)
    expect(r.persons.map((p) => p.name)).toEqual(expect.arrayContaining(['高志国', '徐勇']))
    expect(r.statements.map((s) => s.text)).toContain('将全省创新资源整合起来，投入2651.9万元。')
    expect(r.warnings.filter((w) => w.code === 'W_MARKUP_REMOVED')).toHaveLength(1)
  })
})

describe('cppcc-nlp tag on .html files', () => {
  it('analyses the decoded file as it is: every span of every line slices it (UTF-8 and GB18030 pages)', () => {
    const d = tmp('html')
    mkdirSync(join(d, 'site'))
    writeFileSync(join(d, 'site', 'utf8.html'), PAGE)
    const gbPage = PAGE.replace('utf-8', 'gb2312').replace('&copy;', '&#169;')
    writeFileSync(join(d, 'site', 'gb.htm'), encodeLegacy(gbPage, 'gb18030'))
    writeFileSync(join(d, 'site', 'plain.txt'), '长春市政协主席高志国表示，要围绕新质生产力开展协商。')
    const out = join(d, 'out.jsonl')
    const r = run(['tag', 'site', '--out', out, '--jobs', '1', '--progress', 'none'], { cwd: d })
    expect(r.status).toBe(0)
    const lines = fileLines(out)
    expect(lines.map((l) => l.id)).toEqual(['site/gb.htm', 'site/plain.txt', 'site/utf8.html'])
    for (const l of lines) {
      const d1 = decode(readFileSync(join(d, l.id as string)))
      if (!('text' in d1)) throw new Error(`${l.id} did not decode`)
      spansSlice(d1.text, l as unknown as AnalysisResult)
      // Same result as the library on the same text: the CLI strips nothing of its own.
      const { id: _id, ...rest } = l
      expect(rest).toEqual(JSON.parse(JSON.stringify(analyzer.analyze(d1.text))))
    }
  }, SLOW)
})
