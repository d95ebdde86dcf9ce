#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { CppccNlpError } from '../errors.js'
import { CliError } from './errors.js'
import { VERSION } from '../version.js'
import { assertInstalled, ENGINES, isEngineName } from '../segment/engines/engine.js'
import type { AnalyzeOptions } from '../schema/options.js'

const HELP: Record<string, string> = {
  main: `cppcc-nlp ${VERSION} — typed data from Chinese reports about CPPCC work

Usage:
  cppcc-nlp analyze FILE [--pretty|--text]      analyse one file, print the result as JSON
  cppcc-nlp tag PATHS... [--out F.jsonl] [...]   analyse many files on all cores, one JSON line each
  cppcc-nlp tag -                                JSON Lines {"id","text"} on stdin → result lines on stdout
  cppcc-nlp schema                               print the JSON Schema of the result

Run 'cppcc-nlp COMMAND --help' for a command's options.

Analyzer options (analyze and tag):
  --engine E       @node-rs/jieba (default) or nodejieba; default from CPPCC_NLP_ENGINE
  --extend DIR     your additions in the format of data/: place-aliases.tsv, bodies.tsv, roles.tsv,
                   not-persons.txt, user-dict.utf8`,
  analyze: `Usage: cppcc-nlp analyze FILE [--pretty | --text] [--tokens] [--engine E] [--extend DIR]
  FILE        a text file (UTF-8, GB18030/GBK or Big5), or - for standard input
  --pretty    indented JSON
  --text      a readable summary instead of JSON
  --tokens    include sentences and tokens in the JSON
  --engine E  @node-rs/jieba (default) or nodejieba; default from CPPCC_NLP_ENGINE
  --extend DIR  your additions in the format of data/ (place-aliases.tsv, bodies.tsv, roles.tsv, not-persons.txt, user-dict.utf8)`,
  tag: `Usage: cppcc-nlp tag PATHS... [options]
  PATHS            files, folders (walked for .txt .md .markdown .html .htm) or glob patterns; - reads JSON Lines
                   {"id","text"} from stdin. A document's id: the argument normalised (./k300/ = k300) + its
                   POSIX path below it; a stdin line's id as given
  --out F          write JSON Lines to F (default: standard output)
  --jobs N         worker threads (default: all cores)
  --resume         continue the run that wrote --out F: documents with a result are skipped, failed ones done
                   again (a run killed at any point, resumed, ends as a clean run would)
  --shard i/n      only the documents whose id hashes to shard i of n (0-based; SHA-256 of the id, so adding
                   a document moves no other)
  --max-bytes N    files larger than N bytes become error lines (default 10000000)
  --progress M     auto | bar | json | none (default auto: a bar on a terminal, JSON lines otherwise)
  --archive-keywords  rank each document's keywords against the whole run (natural TF-IDF), so that words
                   every document shares sink; the output is rewritten once all documents are done
  --engine E       @node-rs/jieba (default) or nodejieba; default from CPPCC_NLP_ENGINE
  --extend DIR     your additions in the format of data/ (see cppcc-nlp --help)
Exit code: 0 when every document was analysed, 1 when any failed (its line has an error), 2 on a usage error:
no input matched, the output folder missing or not writable, options that do not go together.`,
  schema: `Usage: cppcc-nlp schema
  Prints the JSON Schema of AnalysisResult, generated from the zod schema.`,
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') { console.log(HELP.main); return command ? 0 : 2 }
  if (command === '--version' || command === '-v') { console.log(VERSION); return 0 }
  if (!(command in HELP) || command === 'main') { console.error(`unknown command '${command}'\n\n${HELP.main}`); return 2 }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' }, pretty: { type: 'boolean' }, text: { type: 'boolean' }, tokens: { type: 'boolean' },
      out: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' }, resume: { type: 'boolean' }, shard: { type: 'string' },
      'max-bytes': { type: 'string' }, progress: { type: 'string' }, 'archive-keywords': { type: 'boolean' },
      engine: { type: 'string' }, extend: { type: 'string' },
    },
  })
  if (values.help) { console.log(HELP[command]); return 0 }
  const engine = values.engine
  if (engine !== undefined && !isEngineName(engine)) throw new CliError('E_USAGE', `--engine expects ${ENGINES.join(' or ')}, got ${engine}`)
  const analyzerOptions: AnalyzeOptions = { ...(engine ? { engine } : {}), ...(values.extend ? { extendDir: values.extend } : {}) }
  // The analyzer and the schemas load only for the commands that use them: a usage error answers at once.
  if (command === 'schema') { const { resultJsonSchema } = await import('../schema/json-schema.js'); console.log(JSON.stringify(resultJsonSchema(), null, 2)); return 0 }
  if (command === 'analyze') {
    if (positionals.length !== 1) { console.error(HELP.analyze); return 2 }
    const file = positionals[0]!
    let bytes: Buffer
    try { bytes = readFileSync(file === '-' ? 0 : file) } catch (e) { throw new CliError('E_NO_INPUT', `${file}: ${(e as Error).message}`) }
    const [{ createAnalyzer }, { decode }, { summary }] = await Promise.all([import('../analyzer.js'), import('./decode.js'), import('./summary.js')])
    const d = decode(bytes)
    if ('error' in d) { console.error(`${file}: ${d.error.code}: ${d.error.message}`); return 1 }
    const r = createAnalyzer({ ...analyzerOptions, tokens: !!values.tokens }).analyze(d.text)
    console.log(values.text ? summary(r) : JSON.stringify(r, null, values.pretty ? 2 : 0))
    return 0
  }
  if (positionals.length === 0) { console.error(HELP.tag); return 2 }
  const progress = (values.progress ?? 'auto') as 'auto' | 'bar' | 'json' | 'none'
  if (!['auto', 'bar', 'json', 'none'].includes(progress)) { console.error(`--progress expects auto, bar, json or none, got ${progress}`); return 2 }
  const num = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new CliError('E_USAGE', `${name} expects a positive whole number, got ${v}`)
    return Number(v)
  }
  // A missing engine or a bad extension folder is one usage error now, not an error line per document.
  if (engine) assertInstalled(engine)
  // The folder is checked whole (aliases against the gazetteer, words against the dictionary) by one
  // analyzer on the default engine, made and dropped here, before any worker starts.
  if (values.extend) (await import('../analyzer.js')).createAnalyzer({ extendDir: values.extend })
  const { tag } = await import('./tag.js')
  const r = await tag({ paths: positionals, out: values.out, jobs: num(values.jobs, '--jobs'), resume: !!values.resume, shard: values.shard, maxBytes: num(values['max-bytes'], '--max-bytes') ?? 10_000_000, progress, archiveKeywords: !!values['archive-keywords'], analyzer: analyzerOptions })
  return r.failed > 0 ? 1 : 0
}

// A reader that stops early (| head) ends the run quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e })

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code },
  (e: unknown) => {
    // Usage and output problems are one line; anything else is a bug, worth its stack.
    const known = e instanceof CliError || e instanceof CppccNlpError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    console.error(`cppcc-nlp: ${known || !(e instanceof Error) ? (e as Error).message ?? String(e) : e.stack}`)
    process.exitCode = 2
  },
)
