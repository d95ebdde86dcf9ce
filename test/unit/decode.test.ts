import { describe, expect, it } from 'vitest'
import { decode } from '../../src/cli/decode.js'
import { encodeLegacy } from '../encode.js'

const text = (d: ReturnType<typeof decode>) => ('text' in d ? d.text : `error ${d.error.code}`)

describe('decoding archive files', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('长春市政协𠀀'), '长春市政协𠀀', 'utf-8'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('吉林市政协')]), '吉林市政协', 'utf-8-bom'],
    ['GB18030 with a 4-byte character', encodeLegacy('天长市政协委员反映𠀀问题，推动解决停车难问题。', 'gb18030', { '𠀀': [0x95, 0x32, 0x82, 0x36] }), '天长市政协委员反映𠀀问题，推动解决停车难问题。', 'gb18030'],
    ['GBK', encodeLegacy('吉林省政协围绕中心、服务大局，组织委员深入调研。', 'gb18030'), '吉林省政协围绕中心、服务大局，组织委员深入调研。', 'gb18030'],
    ['Big5', encodeLegacy('長春市政協主席高志國表示，全年開展協商活動，推動解決一些老難題。', 'big5'), '長春市政協主席高志國表示，全年開展協商活動，推動解決一些老難題。', 'big5'],
  ])('%s', (_name, bytes, want, encoding) => {
    const d = decode(bytes)
    expect(text(d)).toBe(want)
    expect('encoding' in d && d.encoding).toBe(encoding)
  })

  it('reports empty and binary input as errors', () => {
    expect(decode(new Uint8Array())).toEqual({ error: expect.objectContaining({ code: 'E_EMPTY' }) })
    expect(decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toEqual({ error: expect.objectContaining({ code: 'E_BINARY' }) })
  })
})
