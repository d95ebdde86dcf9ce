import type { EnglishLexicon } from './lexicon.js'
import { compromise } from './nlp.js'
import { isAllCaps, isCapitalized, pinyinKey, type EnWord } from './words.js'

/** A person's name in English text: words [first, next) of a paragraph, and its surname for later mentions. */
export type EnName = { start: number; end: number; name: string; surname: string; first: number; next: number; credit?: string }

/**
 * Chinese names written in pinyin, surname first: a surname (Wang, Ouyang) and a given name of one to
 * three syllables (Huning, Jian-hua), with one space between, as in Wang Huning and Ren Jianhua; and
 * names romanised otherwise with a hyphenated given name (Leung Chun-ying, Tung Chee-hwa). Later
 * mentions by the surname alone (Ren said) are mentions of the same person when one person has it.
 * `isPlace(i)`: word i begins a listed place name (Hong Kong).
 */
export function findEnglishNames(text: string, words: readonly EnWord[], lex: EnglishLexicon, isPlace: (i: number) => boolean): EnName[] {
  const out: EnName[] = []
  // The runs of letters the text writes, read once (not the whole text searched per candidate word).
  let runs: Set<string> | undefined
  const written = (letters: string) => (runs ??= new Set(text.match(LETTER_RUN))).has(letters)
  for (let i = 0; i + 1 < words.length; i++) {
    const s = words[i]!
    const g = words[i + 1]!
    // A surname may be printed in capitals before a given name in lower case (GAO Yunlong, LI Wei, as ACFIC's and
    // government sites print names): a listed surname only; one of one letter (E Xiaomei, A Dong) only where a mark
    // closes the name (not the article: A Chinese military band).
    const capsSurname = isAllCaps(s.text) && s.text.length <= 6 && lex.surnames.has(pinyinKey(s.text))
      && (s.text.length > 1 || /^[,.;:()]/.test(text.slice(g.end, g.end + 1)))
    if (!isCapitalized(s.text) || (isAllCaps(s.text) && !capsSurname) || !isCapitalized(g.text) || isAllCaps(g.text) || isPlace(i)) continue
    // A given name that is also a listed place (Sun Dehong, Dehong): only right before a title in apposition.
    if (isPlace(i + 1) && !(lex.placeNames.has(g.text) && apposedTitle(text, g.end, lex.roles.roleAt))) continue
    const gap = text.slice(s.end, g.start)
    if (gap !== ' ') continue
    // The given name may be hyphenated (Jian-hua): its second part is a word of its own.
    let next = i + 2
    let given = g.text
    const h = words[i + 2]
    // …its second syllable capitalised too (Tsang Hin-Chi, Tung Chee-Hwa): short syllables on both sides, the second one
    // romanised syllable; not a name joined to another proper noun (Xi Jinping-Biden talks, Wang Yi-Blinken meeting, Li
    // Qiang-Modi meeting, Wang Yi-Kim talks) nor one inside a longer name (Sun Yat-Sen University).
    const capital = h && /^[A-Z][a-z]{1,4}$/.test(g.text) && /^[A-Z][a-z]{1,3}$/.test(h.text) && lex.isRomanisedSyllable(h.text) && !/^ [A-Z]/.test(text.slice(h.end, h.end + 2))
    if (h && text.slice(g.end, h.start) === '-' && (/^[a-z]/.test(h.text) || capital)) { given += `-${h.text}`; next++ }
    // A possessive after the name (Che Jun’s request, Jiang Ming’s proposal): the name ends before it.
    const possessive = /^[A-Z][a-z-]+['’]s$/.test(given)
    if (possessive) given = given.slice(0, -2)
    // …not a place's possessive (Hong Kong's advantages, Shijia Zhuang's): words the place lists take whole.
    if (possessive && (lex.placeNames.has(`${s.text} ${given}`) || lex.byPinyin(pinyinKey(s.text + given)) !== undefined)) continue
    // A pinyin given name, or a romanised one written with a hyphen (Leung Chun-ying, Tung Chee-hwa).
    // …not inside a longer name (Sun Yat-sen University).
    const romanised = given.includes('-') && /^[A-Z][a-z]{1,5}$/.test(s.text) && !/^ [A-Z]/.test(text.slice(words[next - 1]!.end, words[next - 1]!.end + 2))
    // A rarer surname (Huai Jinpeng) where a title stands right before the name (Minister of Education Huai Jinpeng).
    const titled = () => lex.isPinyin(s.text) && s.text.length <= 6 && lex.roles.roleBefore.test(text.slice(Math.max(0, s.start - 80), s.start).replace(TITLE_OF, ' '))
    // …not an English word spelt as pinyin (male, Han Chinese, born in …: data/en-not-given-names.txt).
    if (lex.notGivenNames.has(given)) continue
    if (!(lex.isPinyin(given) && (lex.surnames.has(pinyinKey(s.text)) || titled())) && !romanised) {
      const hk = possessive || given.includes('-') ? -1 : hongKongName(text, words, i, lex, isPlace, written)
      if (hk > 0) {
        out.push({ start: s.start, end: words[hk - 1]!.end, name: text.slice(s.start, words[hk - 1]!.end), surname: s.text, first: i, next: hk })
        i = hk - 1
      }
      continue
    }
    if (lex.levelWords.has(words[next]?.text ?? '') || lex.levelWords.has(g.text)) continue
    // A Cantonese name written in three words (Hui Ka Yan, Tung Chee Hwa): a one-syllable given name and one more short
    // capitalised word, not a place, title or level word, and no capitalised word after it (not Li Bin Group Co.).
    const third = words[next]
    if (third && !possessive && !romanised && given.length <= 4 && text.slice(words[next - 1]!.end, third.start) === ' ' && /^[A-Z][a-z]{1,4}$/.test(third.text)
      && !isPlace(next) && !lex.levelWords.has(third.text) && !lex.roles.roles.has(third.text.toLowerCase()) && !lex.romanisedNotNames.bodies.has(third.text)
      && !/^ [A-Z]/.test(text.slice(third.end, third.end + 2))) next++
    // …nor a body's name opened by a pinyin name (Hang Seng Bank, Li Ning Company): a body noun right after it.
    const after = words[next]
    if (!possessive && after && text.slice(words[next - 1]!.end, after.start) === ' ' && lex.romanisedNotNames.bodies.has(after.text)) continue
    const end = words[next - 1]!.end - (possessive ? 2 : 0)
    // …named in its ordinary form (GAO Yunlong: Gao Yunlong), as a byline in capitals is.
    const name = capsSurname ? titleCase(s.text) + text.slice(s.end, end) : text.slice(s.start, end)
    out.push({ start: s.start, end, name, surname: capsSurname ? titleCase(s.text) : s.text, first: i, next })
    i = next - 1
  }
  // …and where a capitalised word follows the third (a headline: Board Chairman Hui Ka Yan Attended …), the name that
  // the page writes in three words elsewhere.
  const three = new Set(out.filter((n) => n.next - n.first === 3).map((n) => n.name))
  for (const n of out) {
    const w = words[n.next]
    if (n.next - n.first === 2 && w && text.slice(n.end, w.start) === ' ' && three.has(`${n.name} ${w.text}`)) Object.assign(n, { end: w.end, name: `${n.name} ${w.text}`, next: n.next + 1 })
  }
  // English given names before a Chinese name (data/en-given-names.txt): on the names found, then opening names of their own.
  const givenTests = givenNameTests(text, words, lex, isPlace)
  extendByGivenNames(text, words, out, givenTests)
  out.push(...givenNameFirst(text, words, out, givenTests, lex))
  // A title of data/en-roles.tsv as written, any case and spacing.
  const roleOf = (w: string) => lex.roles.roles.get(w.toLowerCase().replace(/\s+/g, ' '))
  const isTitle = (w: string) => roleOf(w) !== undefined
  // …nor a body's head word (the factory Party Committee, deputy director of …: no person's name; data/en-body-words.tsv).
  const other = (i: number) => isPlace(i) || isTitle(words[i]!.text) || lex.levelWords.has(words[i]!.text) || lex.bodies.kindOf(words[i]!.text) !== undefined
  const pinyin = [...out, ...titledNames(text, words, out, other, lex.roles.roleAt, (w) => !lex.surnames.has(pinyinKey(w)), (t) => { const e = roleOf(t); return !e?.singular || !!e.abbreviated })]
  const listed = listedNames(text, words, pinyin, other)
  const plural = (t: string) => { const e = roleOf(t); return (!!e?.singular && !e.abbreviated) || lex.roles.sharedTitles.has(t.toLowerCase().replace(/\s+/g, ' ')) }
  const all = [...pinyin, ...listed, ...closingNames(text, words, [...pinyin, ...listed], other, lex.roles.roleBefore, plural), ...bylineNames(text, words, lex), ...photoCreditNames(text, words, lex, isPlace), ...barCreditNames(text, words, pinyin, lex)].sort((a, b) => a.start - b.start)
  return [...all, ...surnameMentions(words, all)].sort((a, b) => a.start - b.start)
}

// A run of letters, whole: what a word the page writes in lower case is matched against.
const LETTER_RUN = /[A-Za-z]+/g

/**
 * A name as Hong Kong and Macao romanise it (Tam Kam Kau, Chan Yung, Ng Han Guan): a listed surname
 * (data/en-romanised-surnames.txt) and one or two short capitalised words, no place, title or level word, none that the
 * page writes in lower case or compromise reads as a word of another kind; not after another capitalised word unless a
 * title or an abbreviation in capitals ends there, nor before one (a longer name: Wong Tai Sin Hospital). Returns the index after the name, or -1.
 */
function hongKongName(text: string, words: readonly EnWord[], i: number, lex: EnglishLexicon, isPlace: (i: number) => boolean, written: (letters: string) => boolean): number {
  const s = words[i]!
  if (!lex.romanisedSurnames.has(s.text)) return -1
  const spaced = (k: number) => k + 1 < words.length && text.slice(words[k]!.end, words[k + 1]!.start) === ' '
  // (an abbreviation in capitals may close a title's body: vice director of the Committee … of CPPCC Tam Kam Kau)
  if (i > 0 && spaced(i - 1) && isCapitalized(words[i - 1]!.text) && !isAllCaps(words[i - 1]!.text) && !lex.roles.roleBefore.test(text.slice(Math.max(0, s.start - 80), s.start))) return -1
  const part = (k: number) => k < words.length && spaced(k - 1) && /^[A-Z][a-z]{1,5}$/.test(words[k]!.text) && !isPlace(k)
    && !lex.levelWords.has(words[k]!.text) && !lex.roles.roles.has(words[k]!.text.toLowerCase())
    && !written(words[k]!.text.toLowerCase())
    && !compromise()(words[k]!.text).has('(#Conjunction|#Preposition|#Adverb|#Determiner|#Pronoun|#Verb|#QuestionWord|#Adjective|#Value|#Date|#Month|#WeekDay)')
  if (!part(i + 1)) return -1
  const next = part(i + 2) ? i + 3 : i + 2
  if (next < words.length && spaced(next - 1) && isCapitalized(words[next]!.text)) return -1
  // …nor a body's or a place's name: a body noun inside or right after it (Tung Wah Group of Hospitals, Lam Tin
  // Estate), or a listed place or firm (Tung Chung, Chow Tai Fook) with no title right before it or in apposition after.
  const { places, bodies } = lex.romanisedNotNames
  if ([i + 1, i + 2].some((k) => k < next && bodies.has(words[k]!.text)) || (next < words.length && spaced(next - 1) && bodies.has(words[next]!.text.charAt(0).toUpperCase() + words[next]!.text.slice(1)))) return -1
  const listed = [i + 2, i + 3].some((k) => k <= next && places.has(text.slice(s.start, words[k - 1]!.end)))
  if (listed && !lex.roles.roleBefore.test(text.slice(Math.max(0, s.start - 80), s.start)) && !apposedTitle(text, words[next - 1]!.end, lex.roles.roleAt)) return -1
  return next
}

// What a title before a name may end in: "of" and capitalised words (Minister of Education │Huai Jinpeng).
const TITLE_OF = /\s+of\s+(?:the\s+)?(?:[A-Z][A-Za-z'’-]*\s+(?:(?:and|&)\s+)?){1,6}$/
// After a name: a title in apposition ("Pagbalha Geleg Namgyai, vice chairman of …").
const APPOSED = /^\s?,\s+(?:(?:a|an|the|also)\s+)?/
const LINKED = /^\s+(?:of|to|for|at|in|with)\s/
const INSIDE_NAME = /^(?:of|the|for|on|in|at)$/i
/**
 * The title in apposition after offset `end` (", a member of", ", vice chairman of"), with the marks before it, where a
 * complement follows it; else null.
 */
function apposedTitle(text: string, end: number, roleAt: RegExp): { apposed: string; title: string } | null {
  const apposed = APPOSED.exec(text.slice(end, end + 16))
  if (!apposed) return null
  const at = end + apposed[0].length
  const title = roleAt.exec(text.slice(at, at + 60))
  if (!title || !LINKED.test(text.slice(at + title[0].length, at + title[0].length + 8))) return null
  return { apposed: apposed[0], title: title[0] }
}

// Where a sentence or line opens: the text's start, a line break, or a sentence's end and a space.
const OPENS = /(?:^|\n\s*|[.!?]["”’]?\s+)$/

/**
 * Names of other romanisations with a title in apposition after them (Edmund Ho Hau Wah, vice chairman of …;
 * Pagbalha Geleg Namgyai, vice chairman of …): two to four capitalised words after no capitalised word, none of
 * them a place, a title or a level word, and a title with its complement after a comma.
 */
function titledNames(text: string, words: readonly EnWord[], names: readonly EnName[], isOther: (i: number) => boolean, roleAt: RegExp, alone: (w: string) => boolean, singular: (title: string) => boolean): EnName[] {
  const out: EnName[] = []
  const taken = new Set(names.flatMap((n) => Array.from({ length: n.next - n.first }, (_, k) => n.first + k)))
  const word = (i: number) => /^[A-Z][a-z]+$/.test(words[i]!.text) && !taken.has(i) && !isOther(i)
  for (let i = 0; i < words.length; i++) {
    // Not inside a name of capitalised words, nor after a word that links the words of one (Federation of Overseas Friendship).
    if (!word(i) || (i > 0 && (isCapitalized(words[i - 1]!.text) || INSIDE_NAME.test(words[i - 1]!.text)) && text.slice(words[i - 1]!.end, words[i]!.start) === ' ')) continue
    // …nor after "and" that joins it to capitalised words opened by a word that links a name's words (of Changchun
    // Economic and │Technological Development Zone, …; Bureau of Science and │Technology Development, …).
    if (i > 1 && words[i - 1]!.text === 'and' && text.slice(words[i - 2]!.end, words[i]!.start) === ' and ' && linkedCapitalRunEndsAt(text, words, i - 2, taken, isOther)) continue
    let next = i + 1
    while (next < words.length && next - i < 4 && /^[ -]$/.test(text.slice(words[next - 1]!.end, words[next]!.start)) && word(next)) next++
    const end = words[next - 1]!.end
    const t = apposedTitle(text, end, roleAt)
    // …or one word that opens a sentence or line, no pinyin surname, before a comma and a title in the singular without
    // an article (Bater, vice-chairman of the National Committee …; not "However, members of …").
    const single = next - i === 1 && words[i]!.text.length >= 3 && alone(words[i]!.text) && t?.apposed === ', ' && singular(t.title)
      && OPENS.test(text.slice(Math.max(0, words[i]!.start - 4), words[i]!.start))
    if ((next - i < 2 && !single) || !t) continue
    out.push({ start: words[i]!.start, end, name: text.slice(words[i]!.start, end), surname: words[i]!.text, first: i, next })
    i = next - 1
  }
  return out
}

/**
 * Whether word k ends a run of capitalised words of no name that a word linking a name's words opens (of Changchun
 * Economic), one of them at least no place nor title (of Tibet is a place's, no body's name going on over "and").
 */
function linkedCapitalRunEndsAt(text: string, words: readonly EnWord[], k: number, taken: ReadonlySet<number>, isOther: (i: number) => boolean): boolean {
  let j = k
  let named = false
  while (j >= 0 && isCapitalized(words[j]!.text) && !taken.has(j)) {
    if (j === 0 || text.slice(words[j - 1]!.end, words[j]!.start) !== ' ') return false
    named ||= !isOther(j)
    j--
  }
  return named && j < k && j >= 0 && INSIDE_NAME.test(words[j]!.text)
}

// Between two items of a list of names: a comma (a space may stand before it) or "and".
const SEPARATOR = /\s?,\s*|,?\s+and\s+/y

/**
 * Names of other romanisations inside a list of pinyin names (Ma Biao, Bater, Wang Yongqing and Li Bin):
 * capitalised words, one to four, standing alone between two separators with a name on either side; no
 * word of a place or a title (A, Secretary-General, and B).
 */
function listedNames(text: string, words: readonly EnWord[], names: readonly EnName[], isOther: (i: number) => boolean): EnName[] {
  const out: EnName[] = []
  const byStart = new Map(words.map((w, i) => [w.start, i] as const))
  const sorted = [...names].sort((a, b) => a.start - b.start)
  for (let k = 1; k < sorted.length; k++) {
    const items: EnName[] = []
    let at = sorted[k - 1]!.end
    const end = sorted[k]!.start
    for (;;) {
      SEPARATOR.lastIndex = at
      const sep = SEPARATOR.exec(text)
      if (!sep || sep.index !== at) { items.length = 0; break }
      at += sep[0].length
      if (at === end) break
      const first = byStart.get(at)
      let next = first ?? -1
      while (next >= 0 && next < words.length && words[next]!.start < end && isCapitalized(words[next]!.text) && !isAllCaps(words[next]!.text) && !isOther(next)
        && (next === first || /^[ -]$/.test(text.slice(words[next - 1]!.end, words[next]!.start)))) next++
      if (first === undefined || next === first || next - first > 4) { items.length = 0; break }
      items.push({ start: at, end: words[next - 1]!.end, name: text.slice(at, words[next - 1]!.end), surname: words[first]!.text, first, next })
      at = words[next - 1]!.end
    }
    out.push(...items)
  }
  return out
}

// After the last name of a list: a capitalised word of letters, hyphened words too (Losang Jamcan, Ayinisa Aini).
const CLOSING_WORD = /^[A-Z][a-z]+$/
// What may follow a list's last name: a mark or a word in lower case (… and Shohrat Zakir. │ … and Losang Jamcan attended).
const LIST_CLOSED = /^(?:\s*[.,;:)!?]|\s+[a-z]|\s*$)/

/**
 * Names of other romanisations closing a list of names that one title in the plural (or one several hold) opens
 * (vice chairpersons A, B, Losang Jamcan and Shohrat Zakir; Vice Chairpersons A, B, Pema Thinley and Aisihaiti
 * Kelimubai): after the list's last pinyin name, items of one to four capitalised words, none a place, title or level
 * word, each after a separator, the last after "and" and closed by a mark or a word in lower case.
 */
function closingNames(text: string, words: readonly EnWord[], names: readonly EnName[], isOther: (i: number) => boolean, roleBefore: RegExp, plural: (title: string) => boolean): EnName[] {
  const out: EnName[] = []
  const byStart = new Map(words.map((w, i) => [w.start, i] as const))
  const sorted = [...names].sort((a, b) => a.start - b.start)
  const joined = (k: number) => { SEPARATOR.lastIndex = sorted[k - 1]!.end; const m = SEPARATOR.exec(text); return !!m && m.index === sorted[k - 1]!.end && m.index + m[0].length === sorted[k]!.start }
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1
    while (j < sorted.length && joined(j)) j++
    const title = roleBefore.exec(text.slice(Math.max(0, sorted[i]!.start - 80), sorted[i]!.start).replace(TITLE_OF, ' '))
    if (title && plural(title[1]!)) {
      const items: EnName[] = []
      let at = sorted[j - 1]!.end
      let closed = false
      for (;;) {
        SEPARATOR.lastIndex = at
        const sep = SEPARATOR.exec(text)
        if (!sep || sep.index !== at) break
        const first = byStart.get(at + sep[0].length)
        let next = first ?? -1
        while (next >= 0 && next < words.length && CLOSING_WORD.test(words[next]!.text) && !isOther(next)
          && (next === first || /^[ -]$/.test(text.slice(words[next - 1]!.end, words[next]!.start)))) next++
        if (first === undefined || next === first || next - first > 4 || isCapitalized(words[next]?.text ?? '') && /^[ -]$/.test(text.slice(words[next - 1]!.end, words[next]!.start))) break
        const end = words[next - 1]!.end
        items.push({ start: words[first]!.start, end, name: text.slice(words[first]!.start, end), surname: words[first]!.text, first, next })
        at = end
        if (/and/.test(sep[0])) { closed = LIST_CLOSED.test(text.slice(at, at + 2)); break }
      }
      if (closed) out.push(...items)
    }
    i = j
  }
  return out
}

/** Later mentions by the surname alone (Ren delivered the report) of the one person on the page with that surname. */
function surnameMentions(words: readonly EnWord[], names: readonly EnName[]): EnName[] {
  const bySurname = new Map<string, Set<string>>()
  for (const n of names) bySurname.set(n.surname, (bySurname.get(n.surname) ?? new Set()).add(n.name))
  const inName = new Set(names.flatMap((n) => Array.from({ length: n.next - n.first }, (_, k) => n.first + k)))
  const out: EnName[] = []
  const firstOf = new Map<string, number>()
  for (const n of names) if (!firstOf.has(n.name)) firstOf.set(n.name, n.start)
  words.forEach((w, i) => {
    const same = bySurname.get(w.text)
    if (!same || same.size !== 1 || inName.has(i) || isCapitalized(words[i + 1]?.text ?? '')) return
    const name = [...same][0]!
    if (w.start > firstOf.get(name)!) out.push({ start: w.start, end: w.end, name, surname: w.text, first: i, next: i + 1 })
  })
  return out
}

// A byline in capitals: "By" opening a line, two or three words in capitals, then the line's end, a bar, a comma, a
// bracket or "in" and a place (By ZHENG CAIXIONG in Guangzhou |, By XINYI LI|May 29,2020); also after a dash and
// before the writer's e-mail address (- By HOU LIQIANG houliqiang@chinadaily.com.cn).
const BYLINE = /(?:^|\n)[ \t]*(?:[-–—][ \t]*)?By[ \t]+([A-Z]{2,}(?:[ -][A-Z]{2,}){1,2})(?=[ \t]*(?:[|,(\n]|in[ \t]+[A-Z]|[\w.-]+@[\w-]+\.|$))/g
const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase()

/**
 * Names of a byline printed in capitals, in the order the page writes them (given name first or not), written in
 * their ordinary form (XINYI LI: Xinyi Li); every word a pinyin syllable or a run of them.
 */
function bylineNames(text: string, words: readonly EnWord[], lex: EnglishLexicon): EnName[] {
  const out: EnName[] = []
  const byStart = new Map(words.map((w, i) => [w.start, i] as const))
  for (const m of text.matchAll(BYLINE)) {
    const start = m.index + m[0].length - m[1]!.length
    const first = byStart.get(start)
    const parts = m[1]!.split(/([ -])/)
    const name = parts.map((w) => (/^[A-Z]/.test(w) ? titleCase(w) : w)).join('')
    if (first === undefined || !parts.filter((w) => /^[A-Z]/.test(w)).every((w) => lex.isPinyin(titleCase(w)))) continue
    const next = first + parts.filter((w) => /^[A-Z]/.test(w)).length
    out.push({ start, end: start + m[1]!.length, name, surname: titleCase(parts[0]!), first, next })
  }
  return out
}

// Before a name of a photo credit: a bracket or the line's start, then spaces or a credit (Photo by, Photo:).
const CREDIT_OPENS = /(?:^|[\n[(])([^\n[(]{0,24})$/

/**
 * The names of a credit under a photo printed in capitals, a mark and the agency after them ([GUO XULEI/XINHUA],
 * (Photo: LI MING/XINHUA)), written in their ordinary form (Guo Xulei) with the role the mark gives: every word a pinyin
 * syllable or a run of them, the first or the last a surname, and no place (HONG KONG/XINHUA).
 */
function photoCreditNames(text: string, words: readonly EnWord[], lex: EnglishLexicon, isPlace: (i: number) => boolean): EnName[] {
  const out: EnName[] = []
  const byStart = new Map(words.map((w, i) => [w.start, i] as const))
  lex.roles.capsCreditAfter.lastIndex = 0
  for (const m of text.matchAll(lex.roles.capsCreditAfter)) {
    // The name is the last two or three words before the mark (PHOTO BY │WANG JING/CHINA DAILY).
    const all = m[1]!.split(/(?<=[ -])(?=[A-Z])/)
    for (let k = 0; k + 2 <= all.length; k++) {
      const written = all.slice(k).join('')
      const start = m.index + m[1]!.length - written.length
      const first = byStart.get(start)
      const opens = CREDIT_OPENS.exec(text.slice(Math.max(0, start - 25), start))
      const lead = opens?.[1] ?? ''
      const credit = lex.roles.creditBefore.exec(lead)
      if (first === undefined || !opens || (/\S/.test(lead) && !(credit && !/\S/.test(lead.slice(0, credit.index))))) continue
      const parts = written.split(/([ -])/)
      const caps = parts.filter((w) => /^[A-Z]/.test(w)).map(titleCase)
      const name = parts.map((w) => (/^[A-Z]/.test(w) ? titleCase(w) : w)).join('')
      if (!caps.every((w) => lex.isPinyin(w)) || !(lex.surnames.has(pinyinKey(caps[0]!)) || lex.surnames.has(pinyinKey(caps.at(-1)!)))) break
      if (lex.placeNames.has(name) || isPlace(first)) break
      out.push({ start, end: start + written.length, name, surname: caps[0]!, first, next: first + caps.length, credit: lex.roles.creditsAfter.get(m[2]!)! })
      break
    }
  }
  return out
}

/**
 * The names of a credit line with a bar for its colon (Author | Abby; Editor | Wing, Steven, as Guangdong's English
 * site prints them): each item of the line's list, English given names too, where no name is found there already.
 */
function barCreditNames(text: string, words: readonly EnWord[], names: readonly EnName[], lex: EnglishLexicon): EnName[] {
  const out: EnName[] = []
  const byStart = new Map(words.map((w, i) => [w.start, i] as const))
  lex.roles.creditBarLine.lastIndex = 0
  for (const m of text.matchAll(lex.roles.creditBarLine)) {
    // The list is the match's last run (only blanks or a full stop after it).
    const listStart = m.index + m[0].lastIndexOf(m[1]!)
    for (const item of m[1]!.matchAll(/[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}/g)) {
      const start = listStart + item.index
      const name = item[0]
      const first = byStart.get(start)
      if (first === undefined || names.some((n) => n.start < start + name.length && start < n.end)) continue
      // …no agency nor outlet (Photo by Xinhua; Photo by China Daily) nor a place or a body's word (Photo by Hangzhou Daily),
      // nor an outlet's or a staff byline's word (Photo by Beijing Youth Daily; Written by Staff Reporter).
      if (lex.roles.creditAgencies.has(name.toLowerCase()) || name.split(' ').some((w) => lex.placeNames.has(w) || lex.bodies.kindOf(w) !== undefined || lex.roles.creditAgencies.has(w.toLowerCase()) || lex.roles.creditOutletWords.has(w.toLowerCase()))) continue
      out.push({ start, end: start + name.length, name, surname: name.split(' ')[0]!, first, next: first + name.split(' ').length })
    }
  }
  return out
}

/** Tests over the words of a text for English given names written before a Chinese name (data/en-given-names.txt). */
type GivenNameTests = {
  /** Word k is followed by one space and another word. */
  spaced(k: number): boolean
  /** Word k is capitalised, not all capitals and no place. */
  word(k: number): boolean
  /** Word i is a listed given name, free of a capitalised word before it. */
  given(i: number): boolean
  /** Word i may be a given name of no list before a romanised name with a hyphened given name. */
  foreign(i: number): boolean
  /** Word k is a pinyin surname ending a name (no capitalised word after it). */
  surname(k: number): boolean
  /** Word i is a listed given name, whatever the word before it. */
  listed(i: number): boolean
  /** Word k is a surname spaced before the next word (a husband's surname before a married woman's own name). */
  husband(k: number): boolean
}

function givenNameTests(text: string, words: readonly EnWord[], lex: EnglishLexicon, isPlace: (i: number) => boolean): GivenNameTests {
  const spaced = (k: number) => k + 1 < words.length && text.slice(words[k]!.end, words[k + 1]!.start) === ' '
  const word = (k: number) => k < words.length && isCapitalized(words[k]!.text) && !isAllCaps(words[k]!.text) && !isPlace(k)
  // Not after another capitalised word (Henry Fok Foundation), unless it ends a title (Chief Executive John Lee Ka-chiu).
  // …or an honorific (Ms Starry Lee Wai-king).
  const free = (i: number) => !(i > 0 && spaced(i - 1) && isCapitalized(words[i - 1]!.text)) || lex.honorifics.has(words[i - 1]!.text) || lex.roles.roleBefore.test(text.slice(Math.max(0, words[i]!.start - 80), words[i]!.start))
  const given = (i: number) => i >= 0 && lex.givenNames.has(words[i]!.text) && spaced(i) && free(i)
  // Before a romanised name with a hyphened given name (Starry Lee Wai-king, Ronick Chan Chun-ying): also a capitalised
  // word of no list that the page never writes in lower case, no title, place or level word, and that compromise does
  // not read as a word of another kind (When Leung Chun-ying …, Meanwhile Tung Chee-hwa …) nor as a noun of a person
  // (Tycoon Leung Chun-ying: #Actor; Billionaire Lee Shau-kee: data/en-person-nouns.txt).
  const lower = new Set(words.filter((w) => /^[a-z]/.test(w.text)).map((w) => w.text))
  const foreign = (i: number) => i >= 0 && spaced(i) && free(i) && /^[A-Z][a-z]{2,}$/.test(words[i]!.text) && !isPlace(i) && !lower.has(words[i]!.text.toLowerCase())
    && !lex.roles.roles.has(words[i]!.text.toLowerCase()) && !lex.personNouns.has(words[i]!.text.toLowerCase()) && !lex.honorifics.has(words[i]!.text) && !lex.levelWords.has(words[i]!.text) && !lex.surnames.has(pinyinKey(words[i]!.text))
    && !compromise()(words[i]!.text).has('(#Conjunction|#Preposition|#Adverb|#Determiner|#Pronoun|#Verb|#QuestionWord|#Adjective|#Value|#Date|#Duration|#Actor)')
  const surname = (k: number) => word(k) && (lex.surnames.has(pinyinKey(words[k]!.text)) || lex.romanisedSurnames.has(words[k]!.text)) && !(spaced(k) && isCapitalized(words[k + 1]!.text))
  const listed = (i: number) => i >= 0 && lex.givenNames.has(words[i]!.text) && spaced(i)
  const husband = (k: number) => k >= 0 && word(k) && spaced(k) && (lex.surnames.has(pinyinKey(words[k]!.text)) || lex.romanisedSurnames.has(words[k]!.text))
  return { spaced, word, given, foreign, surname, listed, husband }
}

/**
 * Extends each name of `names` in place by the English given name written right before it (Henry │Tang Ying-yen;
 * Starry │Lee Wai-king before a hyphened given name). Not after another capitalised word, nor before one more (a
 * longer name: Henry Fok Foundation), unless a listed given name opens a name with a hyphened given name (…Against
 * Corruption │Timothy Tong Hin-ming). A married woman's name as Hong Kong writes it puts her husband's surname between
 * the given name and her own name (Margaret │Leung │Ko May-yee, Anson │Chan │Fang On-sang): both are taken.
 */
function extendByGivenNames(text: string, words: readonly EnWord[], names: EnName[], t: GivenNameTests): void {
  for (const n of names) {
    const hyphened = n.name.includes('-') && n.name.split(' ').length === 2
    const by = t.given(n.first - 1) || (n.name.includes('-') && (t.foreign(n.first - 1) || t.listed(n.first - 1))) ? 1
      : hyphened && t.husband(n.first - 1) && t.listed(n.first - 2) ? 2 : 0
    if (!by) continue
    n.first -= by
    n.start = words[n.first]!.start
    n.name = text.slice(n.start, n.end)
  }
}

/**
 * The names an English given name opens that no name of `names` holds: before a surname alone (Ken Chu, Holly Wang)
 * or before a given name and a surname in that order (Justin Yifu Lin).
 */
function givenNameFirst(text: string, words: readonly EnWord[], names: readonly EnName[], t: GivenNameTests, lex: EnglishLexicon): EnName[] {
  const taken = new Set(names.flatMap((n) => Array.from({ length: n.next - n.first }, (_, k) => n.first + k)))
  const out: EnName[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    if (taken.has(i) || taken.has(i + 1) || !t.given(i)) continue
    const last = t.surname(i + 1) ? i + 1 : t.word(i + 1) && lex.isPinyin(words[i + 1]!.text) && t.spaced(i + 1) && !taken.has(i + 2) && t.surname(i + 2) ? i + 2 : -1
    if (last < 0) continue
    out.push({ start: words[i]!.start, end: words[last]!.end, name: text.slice(words[i]!.start, words[last]!.end), surname: words[last]!.text, first: i, next: last + 1 })
    i = last
  }
  return out
}
