import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { analyze, AnalysisResultSchema, resultJsonSchema, type AnalysisResult, type Figure, type Person, type Place, type Span } from '../../src/index.js'

describe('types come from the schemas', () => {
  it('analyze returns the inferred AnalysisResult', () => {
    expectTypeOf(analyze).returns.toEqualTypeOf<AnalysisResult>()
    expectTypeOf<AnalysisResult>().toEqualTypeOf<z.infer<typeof AnalysisResultSchema>>()
    expectTypeOf<Place['level']>().toEqualTypeOf<'province' | 'prefecture' | 'county' | 'township'>()
    expectTypeOf<Figure['approx']>().toEqualTypeOf<'more' | 'less' | 'about' | null>()
    expectTypeOf<Person['mentions'][number]>().toEqualTypeOf<Span>()
    expectTypeOf(resultJsonSchema).returns.toBeObject()
  })
})
