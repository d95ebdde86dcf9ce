import { KeyTrie, type KeyTrieTables } from '../lexicon/trie.js'
import type { Divisions } from './divisions.js'
import type { Form } from './types.js'

export type PlaceFormTables = KeyTrieTables & {
  formHead: Int32Array; nameHead: Int32Array; formNext: Int32Array; formRow: Int32Array; formRule: Int32Array; formShort: Uint8Array; nameNext: Int32Array; forms: Int32Array
}

/**
 * Every written form of the divisions (official names, short forms, aliases) and every official name,
 * over one trie of keys. What a node holds is kept as numbers (rows of `divisions`, rules by index, in
 * lists through the `next` arrays): a node's Form objects are made when a look-up first reaches it and
 * kept, so that the 55,000 forms cost a few arrays of numbers until a text names them.
 */
export class PlaceForms {
  private keys: KeyTrie
  /** Per node: its first form (+1; 0: none), and the first row of that official name (+1). */
  private formHead: Int32Array
  private nameHead: Int32Array
  /** Per form: the next of its node (+1), its division's row, its rule (index in `rules`), whether it is short (1). */
  private formNext: Int32Array = new Int32Array(1024)
  private formRow: Int32Array = new Int32Array(1024)
  private formRule: Int32Array = new Int32Array(1024)
  private formShort: Uint8Array = new Uint8Array(1024)
  private forms = 0
  /** Per row: the next row of the same official name (+1). */
  private nameNext: Int32Array
  private readonly rules: string[] = []
  private readonly made = new Map<number, Form[]>()

  /** `nodes`: about how many nodes the forms will need. */
  constructor(private readonly divisions: Divisions, nodes: number) {
    this.keys = new KeyTrie(nodes)
    this.formHead = new Int32Array(nodes + 1)
    this.nameHead = new Int32Array(nodes + 1)
    this.nameNext = new Int32Array(divisions.size)
  }

  private node(key: string): number {
    const n = this.keys.add(key)
    if (n >= this.formHead.length) {
      this.formHead = grown(this.formHead, n)
      this.nameHead = grown(this.nameHead, n)
    }
    return n
  }

  /** A written form of the division of `row`, with its rule (alias:suffix, alias:listed …). */
  add(form: string, row: number, rule: string, short: boolean): void {
    if (form.length > 0) this.addAt(this.node(form), row, rule, short)
  }

  /** The official name of the division of `row`; `written`: a form of it too (rule gazetteer). */
  addName(name: string, row: number, written: boolean): void {
    const n = this.node(name)
    this.nameHead[n] = append(this.nameHead[n]!, this.nameNext, row + 1)
    if (written) this.addAt(n, row, 'gazetteer', false)
  }

  private addAt(n: number, row: number, rule: string, short: boolean): void {
    let r = this.rules.indexOf(rule)
    if (r < 0) r = this.rules.push(rule) - 1
    const k = this.forms++
    if (k >= this.formNext.length) {
      this.formNext = grown(this.formNext, k)
      this.formRow = grown(this.formRow, k)
      this.formRule = grown(this.formRule, k)
      this.formShort = grown(this.formShort, k)
    }
    this.formRow[k] = row
    this.formRule[k] = r
    this.formShort[k] = short ? 1 : 0
    this.formHead[n] = append(this.formHead[n]!, this.formNext, k + 1)
    // A node's forms are made once: a form added after a look-up is seen by the next ones.
    this.made.delete(n)
  }

  /** The tables of the forms, as an image saves them (see PlaceForms.fromTables), and the names of the rules. */
  tables(): { tables: PlaceFormTables; rules: string[] } {
    const { formHead, nameHead, nameNext, forms } = this
    const keys = this.keys.tables()
    // The forms' arrays as far as they are used: they grow again when a form is added.
    const used = <A extends Int32Array | Uint8Array>(a: A) => a.subarray(0, forms) as A
    return {
      tables: {
        first: keys.first, edges: keys.edges, nodes: keys.nodes, formHead, nameHead, nameNext,
        formNext: used(this.formNext), formRow: used(this.formRow), formRule: used(this.formRule), formShort: used(this.formShort), forms: Int32Array.of(forms),
      },
      rules: [...this.rules],
    }
  }

  /** The forms of saved tables (PlaceForms.tables), of these divisions. */
  static fromTables(divisions: Divisions, t: PlaceFormTables, rules: readonly string[]): PlaceForms {
    const f = new PlaceForms(divisions, 0)
    f.keys = KeyTrie.fromTables(t)
    f.formHead = t.formHead
    f.nameHead = t.nameHead
    f.formNext = t.formNext
    f.formRow = t.formRow
    f.formRule = t.formRule
    f.formShort = t.formShort
    f.nameNext = t.nameNext
    f.forms = t.forms[0]!
    f.rules.push(...rules)
    return f
  }

  /** The rows of the divisions of an official name, in order. */
  rowsNamed(name: string): number[] {
    const out: number[] = []
    const n = this.keys.find(name)
    if (n === 0) return out
    for (let r = this.nameHead[n]!; r !== 0; r = this.nameNext[r - 1]!) out.push(r - 1)
    return out
  }

  /** Every form that starts at `at`, shortest first, as [end, forms]. */
  matchesAt(text: string, at: number): Array<[number, Form[]]> {
    if (!this.keys.first.has(text.charCodeAt(at))) return NONE
    let out: Array<[number, Form[]]> = NONE
    let n = 0
    for (let i = at; i < text.length; i++) {
      n = this.keys.step(n, text.charCodeAt(i))
      if (n === 0) break
      if (this.formHead[n] !== 0) {
        if (out === NONE) out = []
        out.push([i + 1, this.formsOf(n, text, at, i + 1)])
      }
    }
    return out
  }

  /** The forms of node n, whose key is text[s, e): made on first use. */
  private formsOf(n: number, text: string, s: number, e: number): Form[] {
    let forms = this.made.get(n)
    if (forms === undefined) {
      forms = []
      const form = text.slice(s, e)
      for (let k = this.formHead[n]!; k !== 0; k = this.formNext[k - 1]!) {
        forms.push({ division: this.divisions.get(this.formRow[k - 1]!), form, short: this.formShort[k - 1] === 1, rule: this.rules[this.formRule[k - 1]!]! })
      }
      this.made.set(n, forms)
    }
    return forms
  }
}

// Shared and never written to: most positions match nothing.
const NONE: Array<[number, never[]]> = []

/**
 * `item` (1-based) appended to the list that starts at `head` and goes on through `next`: the list's
 * new head. Lists are short (a few divisions share a name, 城关镇 a few hundred), so the end is walked to.
 */
function append(head: number, next: Int32Array, item: number): number {
  if (head === 0) return item
  let last = head
  while (next[last - 1] !== 0) last = next[last - 1]!
  next[last - 1] = item
  return head
}

/** A copy of `a`, twice as long or more, with room for index `i`. */
function grown<A extends Int32Array | Uint8Array>(a: A, i: number): A {
  let length = a.length * 2
  while (length <= i) length *= 2
  // Made by its element type, not by `a.constructor`: a Uint8Array may be a Node Buffer, whose constructor is deprecated.
  const b = (a instanceof Int32Array ? new Int32Array(length) : new Uint8Array(length)) as A
  b.set(a)
  return b
}
