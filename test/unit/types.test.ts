import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import {
  analyze, createAnalyzer, AnalysisResultSchema, AnalyzeOptionsSchema, CppccNlpError, resultJsonSchema,
  type AnalysisResult, type AnalyzeOptions, type Analyzer, type Committee, type DateMention, type ErrorCode, type Figure, type Person, type Place, type Span,
} from '../../src/index.js'

// Compile-time assertions: `npm test` runs tsc, so a wrong type fails the run.
describe('types come from the schemas', () => {
  it('analyze returns the inferred AnalysisResult', () => {
    expectTypeOf(analyze).returns.toEqualTypeOf<AnalysisResult>()
    expectTypeOf<AnalysisResult>().toEqualTypeOf<z.infer<typeof AnalysisResultSchema>>()
    expectTypeOf(createAnalyzer).returns.toEqualTypeOf<Analyzer>()
    expectTypeOf<Analyzer['analyze']>().returns.toEqualTypeOf<AnalysisResult>()
    expectTypeOf(resultJsonSchema).returns.toBeObject()
  })

  it('the lists have the contract’s shapes', () => {
    expectTypeOf<Place['level']>().toEqualTypeOf<'province' | 'prefecture' | 'county' | 'township'>()
    expectTypeOf<Committee['kind']>().toEqualTypeOf<'cppcc' | 'cppcc-special' | 'party' | 'congress' | 'government' | 'democratic-party' | 'mass-organisation' | 'court' | 'procuratorate' | 'military' | 'other'>()
    expectTypeOf<Figure['approx']>().toEqualTypeOf<'more' | 'less' | 'about' | null>()
    expectTypeOf<Person['mentions'][number]>().toEqualTypeOf<Span>()
    expectTypeOf<DateMention['iso']>().toEqualTypeOf<string>()
    expectTypeOf<Span>().toEqualTypeOf<{ start: number; end: number; text: string; article: number }>()
  })

  it('options are the schema’s input, with the engine and the extensions', () => {
    expectTypeOf<AnalyzeOptions>().toEqualTypeOf<z.input<typeof AnalyzeOptionsSchema>>()
    expectTypeOf<NonNullable<AnalyzeOptions['engine']>>().toEqualTypeOf<'@node-rs/jieba' | 'nodejieba'>()
    expectTypeOf<NonNullable<NonNullable<AnalyzeOptions['extend']>['placeAliases']>[number]>().toEqualTypeOf<{ alias: string; name: string }>()
    expectTypeOf<Parameters<Analyzer['with']>[0]>().not.toHaveProperty('engine')
  })

  it('errors carry a stable code', () => {
    expectTypeOf<CppccNlpError['code']>().toEqualTypeOf<ErrorCode>()
    expectTypeOf<'E_ENGINE'>().toExtend<ErrorCode>()
  })
})
