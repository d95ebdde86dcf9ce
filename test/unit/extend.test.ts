import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/index.js'
import { analyzer } from '../helpers.js'

describe('extend: the user’s words, through the option or a folder of data files', () => {
  const extended = createAnalyzer({
    extend: {
      placeAliases: [{ alias: '魔都', name: '上海市' }, { alias: '朝外', name: '北京市朝阳区' }],
      notPersons: ['白富美'],
      bodies: [{ name: '大数据中心', kind: 'government' }],
      roles: ['总工程师'],
      words: ['数智赋能 5000 n'],
    },
  })

  it('a place alias is found like a short form, with the division’s level, code and parent', () => {
    const place = extended.analyze('委员们在魔都调研').places
    expect(place).toMatchObject([{ name: '上海市', level: 'province', code: '31', parent: null }])
    expect(analyzer.analyze('委员们在魔都调研').places).toEqual([])
    // A chain from the province down names one of several divisions of a name.
    expect(extended.analyze('在朝外开展活动').places.map((p) => [p.name, p.parent])).toEqual([['朝阳区', '北京市']])
  })

  it('a body is found after a region and alone; a role is a title', () => {
    const r = extended.analyze('长春市大数据中心总工程师王一鸣说，要加快建设。')
    expect(r.committees.map((c) => [c.name, c.kind])).toEqual([['长春市大数据中心', 'government']])
    expect(r.persons).toMatchObject([{ name: '王一鸣', roles: ['总工程师'], org: '长春市大数据中心' }])
  })

  it('a not-person word is never a name', () => {
    const text = '委员白富美建议，要加强协商。'
    expect(analyzer.analyze(text).persons.map((p) => p.name)).toContain('白富美')
    expect(extended.analyze(text).persons.map((p) => p.name)).not.toContain('白富美')
  })

  it('a word goes into the segmenter’s dictionary, for both engines', () => {
    const tokens = (a: typeof extended) => a.with({ tokens: true }).analyze('推进数智赋能').tokens!.map((t) => t.text)
    expect(tokens(extended)).toContain('数智赋能')
    expect(tokens(analyzer)).not.toContain('数智赋能')
  })

  it('the same additions as a folder of TSV files in the format of data/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cppcc-extend-'))
    writeFileSync(join(dir, 'place-aliases.tsv'), '# my aliases\nalias\tname\n魔都\t上海市\n')
    writeFileSync(join(dir, 'not-persons.txt'), '# words that are no names\n白富美\n')
    writeFileSync(join(dir, 'bodies.tsv'), 'form\tkind\n大数据中心\tgovernment\n')
    writeFileSync(join(dir, 'roles.tsv'), 'role\n总工程师\n')
    const fromDir = createAnalyzer({ extendDir: dir })
    expect(fromDir.analyze('委员们在魔都调研').places.map((p) => p.name)).toEqual(['上海市'])
    expect(fromDir.analyze('委员白富美建议，要加强协商。').persons.map((p) => p.name)).not.toContain('白富美')
    expect(fromDir.analyze('长春市大数据中心总工程师王一鸣说').committees.map((c) => c.name)).toEqual(['长春市大数据中心'])
  })

  it.each([
    [{ extend: { placeAliases: [{ alias: '魔都', name: '上海' }] } }, /extend\.placeAliases\[0\]: 上海 is not the official name of a division/],
    [{ extend: { placeAliases: [{ alias: '城关', name: '城关镇' }] } }, /城关镇 names \d+ divisions; write it with its parent/],
    [{ extend: { placeAliases: [{ alias: '魔都' }] } }, /extend\.placeAliases\[0\]\.name/],
    [{ extend: { bodies: [{ name: '大数据中心', kind: 'agency' }] } }, /extend\.bodies\[0\]\.kind/],
    [{ extend: { colours: [] } }, /colours/],
    [{ extendDir: '/no/such/folder' }, /extendDir: \/no\/such\/folder is not a folder/],
    // White space in a word of the segmenter's dictionary: jieba would fail on the first Chinese text.
    [{ extend: { placeAliases: [{ alias: '科右 前旗', name: '兴安盟科尔沁右翼前旗' }] } }, /extend\.placeAliases\[0\]: the alias 科右 前旗 has white space/],
    [{ extend: { placeAliases: [{ alias: '魔都', name: '上海市' }, { alias: '科右\u3000前旗', name: '兴安盟科尔沁右翼前旗' }] } }, /extend\.placeAliases\[1\]: the alias 科右\u3000前旗 has white space/],
    [{ extend: { placeAliases: [{ alias: '科右\t前旗', name: '兴安盟科尔沁右翼前旗' }] } }, /extend\.placeAliases\[0\]: the alias 科右\t前旗 has white space/],
    [{ extend: { words: ['科右 前旗'] } }, /extend\.words\[0\]: expected a word with no white space, then a frequency and a tag, got 科右 前旗/],
    [{ extend: { words: ['数智赋能 5000 n', '科右\u3000前旗 ns'] } }, /extend\.words\[1\]: expected a word with no white space/],
    [{ extend: { words: ['科右\t前旗'] } }, /extend\.words\[0\]: expected a word with no white space/],
  ])('a bad entry names the entry and the field: %j', (options, message) => {
    expect(() => createAnalyzer(options as never)).toThrow(message)
  })

  it('a bad row of a folder names its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cppcc-extend-'))
    writeFileSync(join(dir, 'bodies.tsv'), 'form\tkind\n大数据中心\tagency\n')
    expect(() => createAnalyzer({ extendDir: dir })).toThrow(/bodies\.tsv:2: kind agency is not one of/)
  })

  it('white space in an alias or a word of a folder names its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cppcc-extend-'))
    writeFileSync(join(dir, 'place-aliases.tsv'), 'alias\tname\n魔都\t上海市\n科右　前旗\t兴安盟科尔沁右翼前旗\n')
    expect(() => createAnalyzer({ extendDir: dir })).toThrow(/place-aliases\.tsv:3: the alias 科右　前旗 has white space/)
    const words = mkdtempSync(join(tmpdir(), 'cppcc-extend-'))
    writeFileSync(join(words, 'user-dict.utf8'), '# my words\n数智赋能 5000 n\n\n科右 前旗 3000 ns\n')
    expect(() => createAnalyzer({ extendDir: words })).toThrow(/user-dict\.utf8:4: expected a word with no white space/)
  })
})
