import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name).sort()

// Expected values written by hand from GUIDE.md before the run.
describe('one reading per name: a titled name read again one character longer or shorter', () => {
  it.each<[string, string[]]>([
    // The name cut before a word its last character begins (发作).
    ['县工商联党组书记方茂发，有关乡镇党委参加。会上，县基层委作发言，方茂发作补充发言。', ['方茂发']],
    // A known name run over the next character.
    ['委员王明发言。王明天就去调研。', ['王明']],
    ['委员张华说，要加强保护。张华山就在这里。', ['张华']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
  it.each<[string, string[]]>([
    // Negatives: two persons, each with a title, stay two.
    ['市政协委员张华、市政协委员张华山出席。', ['张华', '张华山']],
    ['委员王明发言。常委王明天作报告。', ['王明', '王明天']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
})
