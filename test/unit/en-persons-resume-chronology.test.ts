import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A résumé (Xinhua's biographical sketch: "X, male, born in 1937, native of …; joined the CPC in 1983; …", then posts with
 * no subject split by semicolons, "Assistant lecturer of … in 1959-1963; … concurrently deputy mayor of … in 1992-1994; and
 * vice chairman of …"): every item opening with a title is the name's, up to a paragraph that writes another name; org the
 * first CPPCC role's body, else the first role's (README, Persons). A headline "X -- Vice-chairman of …" (a dash typed as
 * two hyphens) is an apposition. Class of en dev 532; sentences written here.
 * Controls: no résumé opening, items with no title, a paragraph that writes another name.
 */
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p ? [p.roles, p.org, p.cppccMember] : null
}

describe('the posts of a résumé are the name\'s', () => {
  it.each([
    [
      'Li Ming, male, born in 1950, native of Wuxi, Jiangsu Province; joined the CPC in 1975; professor.\nLecturer of Nanjing University in 1978-1985; director of the Jiangsu Provincial Department of Education in 1990-1995; vice governor of Jiangsu Province in 1995-2003; and vice chairman of the CPPCC Jiangsu Provincial Committee.',
      'Li Ming', [['professor', 'lecturer', 'director', 'vice governor', 'vice chairman'], 'CPPCC Jiangsu Provincial Committee', true],
    ],
    [
      'Zhang Hua, female, born in 1962, native of Changsha, Hunan Province; joined the CPC in 1985.\nAssistant lecturer of Hunan University in 1984-1988; deputy director of the Hunan Provincial Department of Finance in 1998-2005; concurrently director of the Hunan Provincial Bureau of Statistics in 2005-2010.',
      'Zhang Hua', [['assistant lecturer', 'deputy director', 'director'], 'Hunan University', false],
    ],
    [
      'Xu Ming -- Vice-chairman of the CPPCC National Committee\nThe following is his biography.',
      'Xu Ming', [['vice-chairman'], 'CPPCC National Committee', true],
    ],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['Li Ming visited Nanjing in 2020; deputy director of the Jiangsu Provincial Department of Education in 1990-1995.', 'Li Ming', [[], null, false]],
    ['Li Ming, male, born in 1950; graduated from Nanjing University; worked in Wuxi for 20 years.', 'Li Ming', [[], null, false]],
    ['Li Ming, male, born in 1950, native of Wuxi, Jiangsu Province; joined the CPC in 1975.\nWang Hong, female, born in 1960; director of the Jiangsu Provincial Department of Education in 1990-1995.', 'Li Ming', [[], null, false]],
    ['Li Ming, male, born in 1950, native of Wuxi, Jiangsu Province; joined the CPC in 1975.\nWang Hong, female, born in 1960; director of the Jiangsu Provincial Department of Education in 1990-1995.', 'Wang Hong', [['director'], 'Jiangsu Provincial Department of Education', false]],
    ['Li Ming -- "We need more schools," he said.', 'Li Ming', [[], null, false]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})

// A sketch printed on one line: no comma after the name, the sex in capitals, and each post opened by its span of years
// (en dev 581: "Zhang Rongming Female, born in June 1944, … 1984-1985 Deputy head of the Wensheng District of Liaoyang City
// 1985-1993 Vice-mayor of Liaoyang City …"): each post is the name's, as a semicolon's item is (README: roles are the
// titles the text gives). Sentences written by hand; truth worked out by hand.
describe('the posts of a one-line sketch, opened by spans of years', () => {
  it.each([
    ['Li Ming Female, born in 1950, native of Wuxi. 1984-1985 Deputy head of the Wensheng District of Liaoyang City 1985-1993 Vice-mayor of Liaoyang City 1993-1997 Vice-governor of Liaoning Province 2008- Vice-chairwoman of the 11th CPPCC National Committee',
      'Li Ming', [['deputy head', 'vice-mayor', 'vice-governor', 'vice-chairwoman'], 'CPPCC National Committee', true]],
    ['Zhao Gang Female, born in 1948, native of Dalian. 1990-1995 Director of the Liaoning Provincial Department of Education 1995-2003 Vice-governor of Liaoning Province',
      'Zhao Gang', [['director', 'vice-governor'], 'Liaoning Provincial Department of Education', false]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})

describe('control: a span of years with no sketch opening', () => {
  it.each([
    ['Li Ming said the plan of 1984-1985 was good. 1993-1997 Vice-governor Wang Hua worked on it.', 'Li Ming', [[], null, false]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})
