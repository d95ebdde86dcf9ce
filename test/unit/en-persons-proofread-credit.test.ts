import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A university news page closes with its credits, one a line: "Reported by X", "Translated by Y", "Proofread by Z"
// (README: credits are roles; data/en-credits.tsv). "Proofread by" gives proofreader, as "Proofreader:" does. Seen on en
// dev 708; lines written by hand, truth worked out by hand. Control: "proofread" as a verb before its object gives no credit (after
// a name: Li Ming proofread the letter).
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])
const BODY = 'Nankai University received a letter of gratitude.\n\n'

describe('"Proofread by" credit line', () => {
  it.each([
    [`${BODY}Reported by Wu Junhui\n\nTranslated by Zhang Wei\n\nProofread by Li Ming`, [['Wu Junhui', ['reporter']], ['Zhang Wei', ['translator']], ['Li Ming', ['proofreader']]]],
    [`${BODY}Proofreading by Li Ming`, [['Li Ming', ['proofreader']]]],
    // Review r32: a colon after "by".
    [`${BODY}Proofread by: Li Ming`, [['Li Ming', ['proofreader']]]],
    [`${BODY}Translated by: Zhang Wei\n\nProofread by：Li Ming`, [['Zhang Wei', ['translator']], ['Li Ming', ['proofreader']]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: the verb in a sentence', () => {
  it.each([
    [`${BODY}Li Ming proofread the letter before it was sent.`, [['Li Ming', []]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
