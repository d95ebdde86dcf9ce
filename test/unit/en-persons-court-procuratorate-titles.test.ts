import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The titles of courts and procuratorates as translated pages write them (副检察长 deputy chief procurator, deputy
// procurator general; 庭长 chief judge; 审判长 presiding judge): whole titles, not the "deputy" of a congress cut from
// them (README: roles are whole titles as written). Seen on test/fixtures/en 472 ('member of the Party Leadership Group
// and deputy chief procurator of Hefei Procuratorate') and 479; sentences by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('court and procuratorate titles', () => {
  it.each([
    ['Yan Weiyou, member of the Party Leadership Group and deputy chief procurator of Hefei Procuratorate, accompanied the inspection.', [['Yan Weiyou', ['member', 'deputy chief procurator'], 'Hefei Procuratorate']]],
    ["Zhang Wei, deputy chief procurator of the Yangzhou Municipal People's Procuratorate, attended the meeting.", [['Zhang Wei', ['deputy chief procurator'], "Yangzhou Municipal People's Procuratorate"]]],
    ["Liu Jun, deputy procurator-general of the Supreme People's Procuratorate, spoke.", [['Liu Jun', ['deputy procurator-general'], "Supreme People's Procuratorate"]]],
    ["Zhang Hai, deputy chief prosecutor of the Huadu District People's Procuratorate, spoke.", [['Zhang Hai', ['deputy chief prosecutor'], "Huadu District People's Procuratorate"]]],
    ["Zhao Min, chief judge of the Huadu District People's Court, spoke.", [['Zhao Min', ['chief judge'], "Huadu District People's Court"]]],
    ["Zhao Min, deputy chief judge of the Huadu District People's Court, spoke.", [['Zhao Min', ['deputy chief judge'], "Huadu District People's Court"]]],
    ["Chief Judge Zhao Min of the Huadu District People's Court spoke.", [['Zhao Min', ['chief judge'], "Huadu District People's Court"]]],
    ['Deputy chief procurator Yan Weiyou spoke.', [['Yan Weiyou', ['deputy chief procurator'], null]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // Controls: a congress deputy stays a deputy; a court's president keeps the title it had.
  it.each([
    ["Li Ming, a deputy to the Yangzhou Municipal People's Congress, spoke.", 'deputy'],
    ["Chen Gang, vice-president of the Yangzhou Intermediate People's Court, spoke.", 'vice-president'],
  ])('%s', (text, role) => {
    expect(persons(text)[0]?.[1]).toEqual([role])
  })
})
