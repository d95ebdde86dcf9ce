import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "an assistant to the director", "assistant to the president": a title of its own (data/en-roles.tsv), kept whole, not
 * the title it is assistant to. Class seen on en dev 480 (China Daily, "Zhou Baohua, an assistant to the director of the
 * research center said"); the other row written here. Control: the director himself keeps "director".
 */
const person = (t: string, name: string) => { const p = analyzer.analyze(t).persons.find((x) => x.name === name); return p ? [p.roles, p.org] : null }

describe('assistant to … is a title', () => {
  it.each([
    ['"We have conducted such polls," Zhou Baohua, an assistant to the director of the research center said on Friday.', 'Zhou Baohua', [['assistant to the director'], null]],
    ['Wang Lin, assistant to the president of Fudan University, attended the forum.', 'Wang Lin', [['assistant to the president'], 'Fudan University']],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['Li Ming, director of the research center, spoke at the forum.', 'Li Ming', [['director'], null]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})
