import { readJson } from './data/files.js'

let version: string | undefined

/** The package version, read once from package.json beside data/. */
export function packageVersion(): string {
  version ??= readJson<{ version: string }>('../package.json').version
  return version
}
