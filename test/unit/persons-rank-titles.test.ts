import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const people = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles])

// Hand-checked truth: a rank word (一级 … 四级 of the 职务与职级并行规定) written before a rank title belongs to the
// title and never ends a name (review of round 13: 王明同志任一级调研员 gave a false person 任一级 [调研员]).
describe('persons: a rank word before a rank title is the title\'s', () => {
  it.each([
    ['王明同志任一级调研员。', [['王明', ['一级调研员']]]],
    ['王明同志任一级巡视员。', [['王明', ['一级巡视员']]]],
    ['张伟同志任三级主任科员。', [['张伟', ['三级主任科员']]]],
    ['李华同志任二级调研员。', [['李华', ['二级调研员']]]],
    ['执行主席王明主持会议。', [['王明', ['执行主席']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })
})
