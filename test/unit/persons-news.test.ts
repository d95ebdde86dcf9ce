import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons
const spans = (text: string) => persons(text).flatMap((p) => p.mentions.map((m) => [p.name, m.start, m.end]))

// Hand-written sentences for classes of general news (none taken from the People's Daily set).
describe('persons in general news', () => {
  it.each([
    // A doctrine named after a person: the segmenter makes one word of both (邓小平理论/nr, 马克思主义/n).
    ['全体党员认真学习邓小平理论。', '邓小平', 8, 11],
    ['他们坚持马克思主义的立场。', '马克思', 4, 7],
    ['大力宣传毛泽东思想。', '毛泽东', 4, 7],
    // Transliterated names the segmenter cut short or glued to the next characters.
    ['董事长马丁·伯德宣布，公司将扩建。', '马丁·伯德', 3, 8],
    ['俱乐部主席汉斯·埃德尔曼及随行人员抵达。', '汉斯·埃德尔曼', 5, 12],
    ['外交部长彼得罗夫斯基延科均出席了会议。', '彼得罗夫斯基延科', 4, 12],
    ['队长埃里克·索伦森捆绑行李。', '埃里克·索伦森', 2, 9],
    ['教练卡尔松杰时常提醒队员。', '卡尔松杰', 2, 6],
    // Nouns for people before a name, words that only follow a person's name.
    ['候选人帕雷德斯竞选的口号很响亮。', '帕雷德斯', 3, 7],
    ['警方抓获了毒枭罗德里格斯。', '罗德里格斯', 7, 12],
    ['后防线伤了主力贝洛蒂，问题不大。', '贝洛蒂', 7, 10],
    ['为此，萨瓦里斯敦促各方保持克制。', '萨瓦里斯', 3, 7],
    ['这位小说家的作品中，汉密尔顿生前的手稿最珍贵。', '汉密尔顿', 10, 14],
    // A name's last character that the segmenter set apart (韩韵/x 舒/zg).
    ['民盟市委委员韩韵舒：在基础教育中引入人工智能', '韩韵舒', 6, 9],
    // A speech verb behind an adverb (冈田也表示): a Japanese family name alone is the speaker.
    ['会后，冈田也表示，双方将继续合作。', '冈田', 3, 5],
    // A two-character transliteration at a clause start and before 是 (two weak cues).
    ['比赛结束后，卡恩是最后离开球场的。', '卡恩', 6, 8],
    // A slash pairs two names (doubles partners) as 、 lists them.
    ['女双比赛中，琳达／桑德拉先失一局。', '琳达', 6, 8],
    // Opponents joined by 对 as names joined by 和.
    ['男单决赛中，林伟对高翔。', '高翔', 9, 11],
    // A conjunction the segmenter glued to the name after it (可唐/x 明清/x).
    ['大家都走了，可唐明清却没有离开。', '唐明清', 7, 10],
    // A two-character word jieba tags nr that is a rare word by its IDF (杜甫; not 文明, 卓越).
    ['对于喜爱杜甫的读者来说，这本书值得一读。', '杜甫', 4, 6],
    // A place word right after a title (国务委员罗平/ns).
    ['代表团团长、国务委员罗平今天上午抵达。', '罗平', 10, 12],
    // A verb of appointment before a transliterated name.
    ['总统再次提名切尔诺梅尔金。', '切尔诺梅尔金', 6, 12],
    // A word the segmenter did not know right after a title, whatever its characters (外长素旺, 国王素林旺).
    ['外长素旺昨天抵达北京。', '素旺', 2, 4],
    ['国王素林旺昨天抵达北京。', '素林旺', 2, 5],
  ])('%s → %s', (text, name, start, end) => {
    expect(spans(text)).toContainEqual([name, start, end])
  })

  it.each([
    // The party's formula: a list of doctrines is a set phrase, not a mention of its founders.
    ['坚持以马克思列宁主义、毛泽东思想、邓小平理论为指导。'],
    // Two-character heads of doctrine words that are no names.
    ['反对官僚主义和沙文主义。'],
    // Transliterated places: a last character that ends places.
    ['在肯特郡的试验结果良好。'],
    ['他们参观了莱克伍德县。'],
    // A conjunction before other words is no surname (和芬兰, 和明仁).
    ['他和芬兰外长举行了会谈。'],
    // Common words jieba tags nr (文明, 卓越), also before a title.
    ['这体现了城市文明。'],
    ['他是一位卓越工程师。'],
    // Foreign brands read like transliterated names (data/foreign-brands.txt).
    ['他买了一辆菲亚特和一辆雪铁龙。'],
    // A place word after a title, with a division suffix after it: no titled person.
    ['市政协委员大湾区调研组出发。'],
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([])
  })

  // A 、-list item without a note, that the segmenter read as no ordinary word, between two names of the
  // list or closing it with 等; a function character glued to the name after it (可唐/x, 但葛/x) is no surname.
  it.each([
    ['出席会议的有王建国、厉无忧、钱小明、周海涛。', '厉无忧', 10, 13],
    ['出席会议的有王建国、常胜利、钱小明。', '常胜利', 10, 13],
    ['评委有王建国、乐天行、钱小明。', '乐天行', 7, 10],
    ['参加笔会的有王建国、李小明、苗地新等。', '苗地新', 14, 17],
    // The last name of a reporters' credit before the verb that closes it, whatever its surname.
    ['本报记者王海、果永新报道：昨天，会议在京召开。', '果永新', 7, 10],
    ['大家都劝他休息，可唐四海却坚持干完了活。', '唐四海', 9, 12],
    // The 等 that closes a list of names, before a mark; a surname the segmenter took for a numeral (许/m).
    ['副会长许传声等，影片有意回避。', '许传声', 3, 6],
    // A world city's name after a title is a person's (戴维斯 is also a city in data/world-cities.txt).
    ['前世界冠军戴维斯胜了对手。', '戴维斯', 5, 8],
    // A visit or meeting after the name (data/person-cues-after.txt): 访华, 访日, 会见.
    ['在卡多索访华期间，双方签署了协议。', '卡多索', 1, 4],
    ['在金正男访日期间，两国发表了声明。', '金正男', 1, 4],
    ['对手不太熟悉，但葛华／顾明还是赢了。', '葛华', 8, 10],
  ])('list items and glued words: %s → %s', (text, name, start, end) => {
    expect(spans(text)).toContainEqual([name, start, end])
  })

  it.each([
    // An ordinary word between two names (和平/nz) or before the 等 of a list (高温) is no list item.
    ['获奖者王建国、和平、李小明。', '和平'],
    ['王建国、李小明、高温等因素影响了收成。', '高温'],
    // A credit after a reporter's name is no name (新华社记者).
    ['本报记者王海、新华社记者报道。', '新华社'],
    // A delegation visits too: no name before 访美.
    ['在代表团访美期间，双方签署了协议。', '代表团'],
    // The glued function character does not begin a name.
    ['对手不太熟悉，但葛华／顾明还是赢了。', '但葛华'],
  ])('no list item or glued reading in %s: %s', (text, name) => {
    expect(persons(text).map((p) => p.name)).not.toContain(name)
  })

  // A kind of place right before a transliteration (瑞士城市巴塞尔, 港口城市巴士拉) or a dateline after it
  // (本报巴塞尔5月3日电) makes it a place, though jieba tags it as a person (巴塞尔/nr).
  it.each([
    ['会议在瑞士城市巴塞尔举行。', '巴塞尔'],
    ['他到过港口城市巴士拉。', '巴士拉'],
    ['本报巴塞尔5月3日电 记者王明报道：', '巴塞尔'],
  ])('no person for the place in %s: %s', (text, name) => {
    expect(persons(text).map((p) => p.name)).not.toContain(name)
  })

  it('still reads the reporter after a dateline (本报巴塞尔5月3日电 记者王明)', () => {
    expect(spans('本报巴塞尔5月3日电 记者王明报道：')).toContainEqual(['王明', 13, 15])
  })

  // A surname the segmenter took for an adverb (常/d), beginning a clause before an office: 常副市长.
  it.each([
    ['会上，常副市长传达了文件精神。', '常', 3, 4],
    ['会后，常主任接受了采访。', '常', 3, 4],
  ])('adverb read as a surname before an office: %s → %s', (text, name, start, end) => {
    expect(spans(text)).toContainEqual([name, start, end])
  })

  it.each([['代表团抵达戴维斯。'], ['他在戴维斯住了三年。'], ['本报记者伦敦报道：']])('no person for the world city in %s', (text) => {
    expect(persons(text)).toEqual([])
  })

  it.each([['会上表彰了苹果、梨子等，大家很高兴。'], ['他买了高粱等。'], ['他们收购了三万斤粮食。'], ['全村种了万亩良田。']])('no person before the 等 of a list of things nor in a count in %s', (text) => {
    expect(persons(text)).toEqual([])
  })

  it.each([['他常主持会议。'], ['大家常常说起他。'], ['会后，常委会听取了报告。']])('no adverb read as a surname in %s', (text) => {
    expect(persons(text)).toEqual([])
  })

  // After a one-character numeral a surname-like character before an office is a counted noun (七国财长);
  // a player's number (1号, 十号) is no numeral of that kind.
  it.each([['西方七国财长会议强调，要稳定汇率。'], ['八国财长会议今天闭幕。']])('no bare surname after a numeral in %s', (text) => {
    expect(persons(text)).toEqual([])
  })

  it.each([
    ['1号王教练说。', '王', 2, 3],
    ['十号王教练说。', '王', 2, 3],
  ])('bare surname after a player number: %s → %s', (text, name, start, end) => {
    expect(spans(text)).toContainEqual([name, start, end])
  })

  it('reads no surname into a conjunction after a cue (女王和明仁天皇)', () => {
    expect(persons('女王和明仁天皇乘坐马车。').map((p) => p.name)).not.toContain('和明仁')
  })
})
