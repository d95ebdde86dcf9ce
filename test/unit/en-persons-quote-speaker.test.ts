import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => {
  const p = analyzer.analyze(text).persons.find((x) => x.name === name)
  return p ? { roles: p.roles, cppccMember: p.cppccMember } : null
}

// "… as a TITLE" in the first person inside a quote gives the title to the quote's speaker named right after it only
// where the quote is open to a speaker: it closes with , ? or ! ("…," Wu said), or a speech verb follows ("…." said Wu).
// A quote closed by a full stop ends its sentence, and the name after it begins the next one. The review's sentence
// (round 15) and sentences written for this test.
describe('English persons: the speaker after a first-person quote', () => {
  it.each<[string, string, boolean]>([
    ['Li Ming, a CPPCC member, spoke. "I served as a CPPCC member for ten years." Wang Fang, a teacher, listened.', 'Wang Fang', false],
    ['The hall was quiet. "I have worked as a member of the CPPCC National Committee since 2013." Zhao Lei then showed the guests around.', 'Zhao Lei', false],
    ['"In my capacity as a member of the CPPCC National Committee, I visited 12 villages." Chen Jie, a farmer, welcomed the group.', 'Chen Jie', false],
    ['"I have served as a member of the CPPCC National Committee for ten years," Wu Qing said.', 'Wu Qing', true],
    ['"Why did I take this job as a CPPCC member?" Sun Li asked.', 'Sun Li', true],
    ['"I have served as a member of the CPPCC National Committee for ten years." said Wu Qing.', 'Wu Qing', true],
  ])('%s → %s member: %s', (text, name, member) => {
    expect(person(text, name)?.cppccMember ?? false).toBe(member)
  })
})
