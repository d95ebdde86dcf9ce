import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Universities and institutes of national and provincial reports (round 8, pages 452–459): hand-checked
// expected values by the rules of test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md.

describe('bodies: an institute named from its place, beyond four words or a place the segmenter tags as no noun', () => {
  it.each([
    ['围绕四川钒钛产业技术研究院发展现状开展交流。', '四川钒钛产业技术研究院', '四川省'],
    ['大连医科大学何氏眼科研究院院长出席。', '大连医科大学何氏眼科研究院', '大连市'],
    ['调研组来到中国科学院成都生物研究所。', '中国科学院成都生物研究所', '成都市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })
})

describe('bodies: an institute written after a relative region word is that region\'s', () => {
  it.each([
    ['攀枝花市政协赴四川省科技厅对接。省科学技术发展战略研究院院长王楠出席。', '四川省科学技术发展战略研究院', '四川省'],
    ['南昌市政协调研。市农业科学研究院院长出席。', '南昌市农业科学研究院', '南昌市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  it('keeps the institute as written where no region is known', () => {
    expect(names('省科学技术发展战略研究院院长出席。')).toEqual(['省科学技术发展战略研究院'])
  })
})

describe('bodies: no institute for a count or a generic word before the head (a kind of institute)', () => {
  it.each([
    ['围绕全国产业技术研究院总体态势开展交流。'],
    ['介绍我省首批十大产业技术研究院运行情况。'],
    ['全省两所大学参加。'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('bodies: a provincial CPPCC\'s special committee written 医卫体育委', () => {
  it('reads the committee in a list after 省政协, each of that CPPCC', () => {
    const text = '攀枝花市政协赴四川省政协对接。省政协教育委分党组书记杨平、科技委专职副主任魏莉、医卫体育委专职副主任冉卫文出席。'
    expect(names(text)).toEqual(expect.arrayContaining(['四川省政协教育委', '四川省政协科技委', '四川省政协医卫体育委']))
    expect(body(text, '四川省政协医卫体育委')).toMatchObject({ kind: 'cppcc-special', region: '四川省' })
  })

  it('names no special committee for 医卫体育 alone', () => {
    expect(names('四川省政协关注医卫体育工作。')).toEqual(['四川省政协'])
  })
})

describe('bodies: provincial offices and congress committees for overseas Chinese, foreign affairs, women and children', () => {
  it.each([
    ['湖南省政协召开会议。省外侨办副主任章定国出席。', '湖南省外侨办', 'government'],
    ['湖南省外事侨务办公室主任出席。', '湖南省外事侨务办公室', 'government'],
    ['卢氏县召开会议。县妇女儿童工作委员会主任李锦屏出席。', '卢氏县妇女儿童工作委员会', 'government'],
    ['湖南省政协召开会议。省人大民侨外委主任委员石光明出席。', '湖南省人大民侨外委', 'congress'],
    ['全国人大华侨委员会副主任委员出席。', '全国人大华侨委员会', 'congress'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it('names no body for the words alone, without a region or an organ', () => {
    expect(names('做好外侨工作和妇女儿童工作。')).toEqual([])
  })
})

describe('bodies: a special committee written short with 和 (社会和法制委, 民族和宗教委, 城乡建设委)', () => {
  it('reads each one of a list after a provincial CPPCC', () => {
    const got = names('广东省政协教育委、社会和法制委、民族和宗教委、文史和学习委、城乡建设委参加。')
    expect(got).toEqual(expect.arrayContaining(['广东省政协社会和法制委', '广东省政协民族和宗教委', '广东省政协文史和学习委', '广东省政协城乡建设委']))
  })

  it('reads the national one', () => {
    expect(body('全国政协社会和法制委副主任出席。', '全国政协社会和法制委')).toMatchObject({ kind: 'cppcc-special', region: '全国' })
  })

  it('names no special committee for the words without a CPPCC', () => {
    expect(names('加强社会和法制建设，推进民族和宗教工作。')).toEqual([])
  })
})

describe('bodies: a democratic party\'s branch in an institution, after 直属', () => {
  it.each([
    ['民进四川省委会直属四川大学支部召开会议。', '民进四川省委会直属四川大学支部', '四川省'],
    ['民盟四川省委直属西南财经大学总支召开会议。', '民盟四川省委直属西南财经大学总支', '四川省'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'democratic-party', region })
    // The institution inside the branch's name is no body of its own (not 直属四川大学).
    expect(names(text).filter((n) => !n.startsWith('民'))).toEqual([])
  })

  it('keeps a branch named by its place after 直属, and names no branch for a university without a branch word', () => {
    expect(names('民革金华市委会直属兰溪市支部召开会议。')).toContain('民革金华市委会直属兰溪市支部')
    expect(names('民进四川省委会直属四川大学开展活动。')).not.toContain('民进四川省委会直属四川大学支部')
  })
})

describe('bodies: a ministry\'s department whose stem ends in a generic word (财政部农业农村司)', () => {
  it.each([
    ['财政部农业农村司负责同志出席。', '财政部农业农村司'],
    ['国家发展改革委农村经济司负责同志出席。', '国家发展改革委农村经济司'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region: '全国' })
  })

  it.each([
    ['农业农村部有关司局负责同志参加。', '农业农村部'],
    ['农业农村部相关司局负责同志参加。', '农业农村部'],
  ])('no unit for a generic stem: %s → %s alone', (text, name) => {
    expect(names(text)).toEqual([name])
  })
})

describe('bodies: 中华职业教育社, national and provincial', () => {
  it('reads the national one and a province\'s', () => {
    expect(body('中华职教社副主任出席。', '中华职教社')).toMatchObject({ kind: 'mass-organisation', region: '全国' })
    expect(body('四川省中华职业教育社召开会议。', '四川省中华职业教育社')).toMatchObject({ kind: 'mass-organisation', region: '四川省' })
  })

  it('names no body for 职业教育 alone', () => {
    expect(names('发展职业教育，办好职业学校。')).toEqual([])
  })
})

describe('bodies: a provincial government\'s offices of foreign, overseas-Chinese and Taiwan affairs written after it', () => {
  it.each([
    ['四川省人民政府外事办公室主任出席。', '四川省人民政府外事办公室'],
    ['四川省召开会议。省政府侨务办公室负责同志参加。', '四川省政府侨务办公室'],
    ['四川省召开会议。省政府台办负责同志参加。', '四川省政府台办'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region: '四川省' })
  })

  it('names only the government for a title after it', () => {
    expect(names('四川省人民政府副省长出席。')).toEqual(['四川省人民政府'])
  })
})

describe('bodies: a democratic party\'s provincial committee named by its region alone in a chain of titles', () => {
  it.each([
    ['民进中央副主席、陕西省委会主委、省政协副主席刘宽忍出席会议。', '民进陕西省委会', '陕西省'],
    ['农工党中央副主席、湖北省委会主委出席。', '农工党湖北省委会', '湖北省'],
    ['四川省政协召开会议。民建中央常委、省委会主委李静出席。', '民建四川省委会', '四川省'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'democratic-party', region })
  })

  it.each([
    ['民进中央副主席、陕西省委书记出席。'],
    ['民进中央副主席出席。陕西省委会议决定。'],
    ['中共中央政治局委员、陕西省委会见客人。'],
  ])('names no party committee of the chain: %s', (text) => {
    expect(names(text).filter((n) => n.endsWith('委会'))).toEqual([])
  })
})
