import { accessSync, constants, createWriteStream, openSync, statSync, type WriteStream } from 'node:fs'
import { dirname } from 'node:path'
import { CliError } from './errors.js'

/** Checks that `file` can be written before any work is done: its folder exists and is writable. */
export function checkOutput(file: string): void {
  const dir = dirname(file)
  let st
  try { st = statSync(dir) } catch { throw new CliError('E_OUTPUT', `--out ${file}: the folder ${dir} does not exist`) }
  if (!st.isDirectory()) throw new CliError('E_OUTPUT', `--out ${file}: ${dir} is not a folder`)
  try { accessSync(dir, constants.W_OK) } catch { throw new CliError('E_OUTPUT', `--out ${file}: the folder ${dir} is not writable`) }
  try { if (statSync(file).isDirectory()) throw new CliError('E_OUTPUT', `--out ${file} is a folder, expected a file`) } catch (e) { if (e instanceof CliError) throw e }
}

/** A line sink on a file. A write error is kept, not thrown from an event: `failure` says it once the run can stop. */
export class OutputFile {
  private readonly stream: WriteStream
  failure: CliError | null = null
  constructor(readonly file: string, append: boolean) {
    let fd: number
    try { fd = openSync(file, append ? 'a' : 'w') } catch (e) { throw new CliError('E_OUTPUT', `--out ${file}: ${(e as Error).message}`) }
    this.stream = createWriteStream('', { fd })
    this.stream.on('error', (e) => { this.failure ??= new CliError('E_OUTPUT', `writing ${file}: ${e.message}`) })
  }

  write(s: string): boolean {
    return this.stream.write(s)
  }

  /** Flushes and closes; throws the first write error, if any. */
  async close(): Promise<void> {
    await new Promise<void>((res) => { this.stream.end(res); this.stream.once('error', () => res()) })
    if (this.failure) throw this.failure
  }
}
