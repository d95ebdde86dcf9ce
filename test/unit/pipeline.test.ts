import { describe, expect, it } from 'vitest'
import { orderStages, runStages, type AnyStage } from '../../src/pipeline/pipeline.js'
import { STAGES } from '../../src/pipeline/stages.js'
import { createAnalyzer } from '../../src/index.js'
import { analyzer, resources } from '../helpers.js'

// Stages of any declarations, as a user might compose them (the type of a real stage is checked by defineStage).
const stage = (name: string, needs: string[], provides: string[], run: (doc: { get(k: string): unknown }) => object = () => Object.fromEntries(provides.map((p) => [p, []]))): AnyStage =>
  ({ name, needs, provides, run }) as unknown as AnyStage

describe('pipeline: stages ordered by what they need and provide', () => {
  it('the library’s stages run in their listed order, which their declarations allow', () => {
    expect(orderStages(STAGES).map((s) => s.name)).toEqual(STAGES.map((s) => s.name))
  })

  it('orders stages listed out of order by their needs', () => {
    const a = stage('a', [], ['text'])
    const b = stage('b', ['text'], ['structure'])
    const c = stage('c', ['structure', 'text'], ['tokens'])
    expect(orderStages([c, b, a]).map((s) => s.name)).toEqual(['a', 'b', 'c'])
  })

  it.each([
    ['an artifact no stage provides', [stage('b', ['text'], ['structure'])], /stage b needs text, which no stage provides/],
    ['an artifact two stages provide', [stage('a', [], ['text']), stage('b', [], ['text'])], /stages a and b both provide text/],
    ['stages that need each other', [stage('a', ['structure'], ['text']), stage('b', ['text'], ['structure'])], /stages wait on each other/],
  ])('fails when the analyzer is made, on %s', (_, stages, message) => {
    expect(() => orderStages(stages)).toThrow(message)
    expect(() => createAnalyzer({}, stages)).toThrow(/E_PIPELINE/)
  })

  it('a stage reads only what it declares, and must provide what it declares', () => {
    const a = stage('a', [], ['text'], () => ({ text: 'x' }))
    const sneaky = stage('sneaky', ['text'], ['structure'], (doc) => ({ structure: doc.get('tokens') }))
    expect(() => runStages([a, sneaky], 'x', analyzer.options, resources)).toThrow(/stage sneaky read tokens, which it does not declare/)
    const lazy = stage('lazy', [], ['text'], () => ({}))
    expect(() => runStages([lazy], 'x', analyzer.options, resources)).toThrow(/stage lazy did not provide text/)
  })
})
