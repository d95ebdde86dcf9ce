/** Stable codes of programmer/configuration mistakes. Content problems are `warnings`, never errors. */
export type ErrorCode =
  | 'E_INVALID_INPUT'
  | 'E_INVALID_OPTIONS'
  | 'E_DATA'
  | 'E_SEGMENT_ALIGN'
  | 'E_TAXONOMY'
  | 'E_ENGINE'
  | 'E_PIPELINE'

/** The one error class the library throws, with a stable `code`. */
export class CppccNlpError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[${code}] ${message}`, options)
    this.name = 'CppccNlpError'
    this.code = code
  }
}
