/** Why a `tag` run could not start or finish: each is exit code 2 and one line on stderr, no stack. */
export type CliErrorCode =
  | 'E_USAGE' // options that contradict or miss each other
  | 'E_NO_INPUT' // an argument matched no document
  | 'E_OUTPUT' // the output cannot be written (folder missing, not writable, disk full)

/** The CLI's one error class, with a stable `code`; content problems are error lines, never this. */
export class CliError extends Error {
  readonly code: CliErrorCode
  constructor(code: CliErrorCode, message: string) {
    super(message)
    this.name = 'CliError'
    this.code = code
  }
}
