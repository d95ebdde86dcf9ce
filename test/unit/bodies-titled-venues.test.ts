import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)
const body = (text: string, name: string) => analyze(text).committees.find((c) => c.name === name)

// A museum, library, memorial or science hall is a public institution the README lists where a title names it
// (台山市博物馆馆长, 阳谷县图书馆馆长: dev 704, 836; 天水市博物馆党总支书记、馆长: dev 1152), kind other, region the place it is
// named from; one that is only visited is a venue, no body (参观了X博物馆: dev 634, 115 read so by the README). Expected values
// by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a museum or library named from its place before a title', () => {
  it.each([
    // (page 1152)
    ['委员们予以充分肯定。天水市博物馆党总支书记、馆长刘玉璞对提案办理表示满意。', '天水市博物馆', '天水市', '刘玉璞', ['党总支书记', '馆长']],
    // (page 704)
    ['调研组一行来到台山市。台山市博物馆馆长陈明信介绍了华侨文化。', '台山市博物馆', '台山市', '陈明信', ['馆长']],
    // (page 836)
    ['“县乡两级图书馆均实现免费开放。”阳谷县图书馆馆长张慧介绍说。', '阳谷县图书馆', '阳谷县', '张慧', ['馆长']],
    ['县政协委员视察文化设施,遂宁市科技馆副馆长李明介绍了科普工作。', '遂宁市科技馆', '遂宁市', '李明', ['副馆长']],
  ])('%s → %s', (text, name, region, person, roles) => {
    const r = analyze(text)
    expect(r.committees.find((c) => c.name === name)).toMatchObject({ kind: 'other', region })
    expect(r.persons.find((p) => p.name === person)).toMatchObject({ roles, org: name })
  })

  it.each([
    // only visited: a venue
    ['委员们先后参观了天水市博物馆、麦积山石窟。', '天水市博物馆'],
    ['调研组前往汉中市川陕革命根据地纪念馆参观。', '汉中市川陕革命根据地纪念馆'],
    ['市政协委员走进阳谷县图书馆,了解全民阅读工作。', '阳谷县图书馆'],
  ])('%s: no body %s', (text, name) => {
    expect(body(text, name)).toBeUndefined()
  })
})
