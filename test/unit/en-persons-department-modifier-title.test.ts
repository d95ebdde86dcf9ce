import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title with its party department written before it as a modifier, no "of" (统战部长 → "United Front Work Minister
// Sun Chunlan", en 492; 组织部长 → "Organization Department head Chen Xi"): the org is the page's body of that department
// (README: a party committee's department is a body; the person's org the body of the title). Where the page names no
// such body, none. Sentences written by hand.
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p && { roles: p.roles, org: p.org }
}

describe('English titles with their department before them', () => {
  it.each([
    ['The United Front Work Department of the CPC Central Committee held a meeting. United Front Work Minister Sun Chunlan spoke.', 'Sun Chunlan', { roles: ['minister'], org: 'United Front Work Department of the CPC Central Committee' }],
    ['The Organization Department of the CPC Central Committee held a meeting. Organization Department head Chen Xi spoke.', 'Chen Xi', { roles: ['head'], org: 'Organization Department of the CPC Central Committee' }],
    ['The United Front Work Department of the CPC Central Committee held a meeting. United Front Work Department head Sun Chunlan spoke.', 'Sun Chunlan', { roles: ['head'], org: 'United Front Work Department of the CPC Central Committee' }],
    // The body named after the title.
    ['Publicity Department head Li Shulei said the Publicity Department of the CPC Central Committee would act.', 'Li Shulei', { roles: ['head'], org: 'Publicity Department of the CPC Central Committee' }],
  ])('%s (%s)', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })

  // Controls: no such body on the page; another department's body; a title without a department before it.
  it.each([
    ['United Front Work Minister Sun Chunlan attended the meeting.', 'Sun Chunlan', { roles: ['minister'], org: null }],
    ['The Publicity Department of the CPC Central Committee held a meeting. Organization Department head Chen Xi spoke.', 'Chen Xi', { roles: ['head'], org: null }],
    ['The United Front Work Department of the CPC Central Committee held a meeting. Vice-Premier Han Zheng spoke.', 'Han Zheng', { roles: ['vice-premier'], org: null }],
  ])('control: %s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })
})
