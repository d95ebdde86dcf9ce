// `node test/bench/load-engine.mjs ENGINE PAGE`: in a fresh process, how long createAnalyzer and its first
// Chinese word take with that engine (the dictionary merged and loaded into the engine, every lexicon of data/
// read); then it analyses PAGE, so that the process's peak memory (read by the bench) is that of a working analyzer.
// Prints {"loadMs"}.
import { readFileSync } from 'node:fs'
import { createAnalyzer } from '../../dist/index.js'

const [engine, page] = process.argv.slice(2)
const start = performance.now()
const analyzer = createAnalyzer({ engine })
// @node-rs/jieba builds its dictionary with the first text that has Han characters: a word of one is part of the load.
analyzer.analyze('政协')
const loadMs = performance.now() - start
analyzer.analyze(readFileSync(page, 'utf8'))
console.log(JSON.stringify({ loadMs }))
