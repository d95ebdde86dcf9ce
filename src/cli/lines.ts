import type { Keyword } from '../schema/result.js'

// Kept apart from job.ts, which loads the analyzer: the main thread needs these types and no dictionary.

/** A document's id: a path id for files, or the id of a `tag -` line as given. */
export type DocId = string | number
/** One document to analyse: a file path, or text given inline (`tag -`). */
export type Job = { id: DocId; path?: string; text?: string; maxBytes: number; words?: boolean }
/** `bytes`: what was read and analysed. `words`, `keywords`: the content words and own keywords, for keywords against the archive. */
export type JobResult = { id: DocId; line: string; ok: boolean; bytes: number; words?: string[]; keywords?: Keyword[] }

/** The line that stands for a document that could not be analysed. */
export const errorLine = (id: DocId, code: string, message: string, bytes = 0): JobResult => ({ id, ok: false, bytes, line: JSON.stringify({ id, error: { code, message } }) })
