import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A field's word inside the name of a body or a place is no evidence of the field (dev-pages README, Topics):
 * 自治 in 自治区政协, 法院/检察院 among those present or in a work report's title, 提案委员会 presenting its
 * report, and the CPPCC's self-description "legislative and judicial organs". Sentences from real pages.
 * 提案委员 (a member who submits proposals) and 优秀提案 before it are proposal work: 提案委 as a body's
 * short name must not swallow them (review of round 12).
 */
describe('topics: field words inside body and place names', () => {
  it.each([
    ['自治区 (grassroots 自治)', 'grassroots', '1月10日下午,自治区政协举行十届五十二次主席会议。自治区政协主席齐同生主持会议,自治区政协副主席蔡国英、张乐琴、安纯人、刘小河、田成江、张学武、张守志、洪洋和秘书长刘卉出席会议。会议传达了自治区党委书记李建华在自治区两会党员召集人会上的讲话精神;审议通过了关于召开自治区政协十届三十次常委会议建议方案。'],
    ['法院、检察院 work reports (rule-of-law)', 'rule-of-law', '昨日上午,市政协十四届三次会议举行第二次常委会会议。会议听取了各小组讨论市人民法院工作报告和市人民检察院工作报告的情况汇报,对大会决议(草案)、《选举办法》(草案)的意见和对候选人的协商意见;确定了正式候选人名单。'],
    ['法院、检察院 among those present and their reports (rule-of-law)', 'rule-of-law', '县委、县政府、县人民法院、县人民检察院同志,县级机关各部门负责人列席大会。大会分别听取了县人大常委会副主任罗时群所作的县人大常委会工作报告,县人民法院代院长王超所作的县人民法院工作报告,县人民检察院代检察长陈猛所作的县人民检察院工作报告。'],
    ['提案委员会 presenting its report (proposals)', 'proposals', '会议通过了自治区政协九届五次会议选举办法;会议通过了自治区政协提案委员会关于九届五次会议提案审查情况的报告(草案);通过了自治区政协九届五次会议政治决议(草案)。'],
    ['提案委委员, a member of the proposal committee (proposals)', 'proposals', '市政协委员、提案委委员严恒系向大家介绍了履职体会。'],
    ['提案委 among those present (proposals)', 'proposals', '区委组织部副部长、专委会三科科长,区政协教科卫体委、提案委负责人,魏城镇、仙鹤镇负责人参加调研。'],
    ['"legislative and judicial organs" (rule-of-law)', 'rule-of-law', 'In practice, CPPCC members serve as advisers for government, legislative and judicial organs and put forward proposals on major issues. They are the think tank for the government, and the legislative and judicial organs.'],
  ])('%s: not tagged', (_case, tag, text) => {
    expect(tags(text)).not.toContain(tag)
  })

  it.each([
    ['court and procuratorate work as a field', 'rule-of-law', '刘金红表示,县法院、县检察院各项工作成效突出,在致力社会公平正义、维护社会和谐稳定方面做了大量工作,为全县经济高质量发展提供了坚实的司法保障。县政协将加强司法领域的协商监督调研,为构建和谐稳定的社会环境营造良好的法治氛围。'],
    ['the proposal committee at proposal work', 'proposals', '11月15日上午,市政协提案委召开全体委员会议,审议通过2019年度优秀提案和优秀提案承办单位(草案)。会议原则同意研究提出的重点提案题目和督办方式,通过提案办理加强提办双方的协商交流。'],
    ['提案委员, members who submit proposals (proposals)', 'proposals', '市政协邀请12名提案委员与承办单位面对面协商，提案委员对答复结果表示满意。'],
    ['优秀提案委员 and 领衔提案委员 (proposals)', 'proposals', '县政协组织优秀提案委员座谈，领衔提案委员介绍了撰写经验。'],
    ['提案委员 at a site visit (proposals)', 'proposals', '区政协组织部分提案委员赴承办单位实地察看，提案委员与承办单位负责人面对面沟通。'],
    ['优秀提案委员 honoured (proposals)', 'proposals', '会议表彰了一批优秀提案委员，号召广大委员向他们学习。'],
    ['village self-governance as a field', 'grassroots', '委员们围绕基层治理开展调研,建议健全村民自治机制,完善村规民约,推动自治、法治、德治相结合,提升社区治理水平。'],
  ])('%s: still tagged', (_case, tag, text) => {
    expect(tags(text)).toContain(tag)
  })
})
