import { z } from 'zod'
import { AnalysisResultSchema } from './result.js'

/** The JSON Schema of AnalysisResult, generated from the zod schema. */
export function resultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnalysisResultSchema) as Record<string, unknown>
}
