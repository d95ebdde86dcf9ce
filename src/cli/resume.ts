import { existsSync, readFileSync, truncateSync } from 'node:fs'

/**
 * Ids already written to an output file. A last line cut off by a killed run is truncated away, so
 * that the document is done again rather than lost or duplicated.
 */
export function doneIds(outFile: string): Set<string> {
  const ids = new Set<string>()
  if (!existsSync(outFile)) return ids
  const text = readFileSync(outFile, 'utf8')
  let complete = text.lastIndexOf('\n') + 1
  for (const line of text.slice(0, complete).split('\n')) {
    if (!line) continue
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id
      if (typeof id === 'string') ids.add(id)
    } catch {
      complete = text.indexOf(line)
      break
    }
  }
  if (complete < text.length) truncateSync(outFile, Buffer.byteLength(text.slice(0, complete)))
  return ids
}
