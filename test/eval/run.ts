/** `npm run eval`: precision/recall/F1 per list against the gold of the sample pages, plus People's Daily persons. */
import { createAnalyzer } from '../../src/index.js'
import { compare, fixtures, hasPdNer, keys, LISTS, memberAgreement, pdPersonScore, prf, topicScore, type Count } from './score.js'

const analyzer = createAnalyzer()
const verbose = process.argv.includes('--verbose')
const totals = Object.fromEntries(LISTS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof LISTS)[number], Count>
let agree = 0, matched = 0, top3 = 0, top3In = 0, firstOk = 0
const topicCount: Count = { tp: 0, fp: 0, fn: 0 }
const pages = fixtures()
for (const f of pages) {
  const r = analyzer.analyze(f.text)
  for (const l of LISTS) {
    const c = compare(keys(r, l), keys(f.gold, l))
    totals[l].tp += c.tp; totals[l].fp += c.fp; totals[l].fn += c.fn
    if (verbose && (c.missed.length || c.extra.length)) console.log(`${f.id} ${l}\n  missed: ${c.missed.join(' ')}\n  extra:  ${c.extra.join(' ')}`)
  }
  const m = memberAgreement(r, f.gold)
  agree += m.agree; matched += m.matched
  const t = topicScore(r, f.gold)
  top3 += t.top3; top3In += t.top3InGold; firstOk += t.firstGoldAssigned ? 1 : 0
  const tc = compare(new Set(r.topics.map((x) => x.id)), new Set(f.gold.topics))
  topicCount.tp += tc.tp; topicCount.fp += tc.fp; topicCount.fn += tc.fn
  if (verbose) console.log(`${f.id} topics: ${r.topics.map((x) => x.id).join(' ')} | gold ${f.gold.topics.slice(0, 4).join(' ')}`)
}
const pct = (x: number) => x.toFixed(3)
console.log('list        precision  recall  F1     (tp/fp/fn) — 5 sample pages')
for (const l of LISTS) {
  const s = prf(totals[l])
  console.log(`${l.padEnd(11)} ${pct(s.p).padStart(9)} ${pct(s.r).padStart(7)} ${pct(s.f1).padStart(6)}  (${totals[l].tp}/${totals[l].fp}/${totals[l].fn})`)
}
console.log(`cppccMember agreement on matched persons: ${pct(matched ? agree / matched : 0)} (${agree}/${matched})`)
const ts = prf(topicCount)
console.log(`topics: top-3 in gold ${pct(top3 ? top3In / top3 : 0)} (${top3In}/${top3}); first gold tag assigned on ${firstOk}/${pages.length} pages; all assigned tags P ${pct(ts.p)} R ${pct(ts.r)} F1 ${pct(ts.f1)}`)
if (hasPdNer()) {
  const c = pdPersonScore((t) => analyzer.analyze(t))
  const s = prf(c)
  console.log(`People's Daily NER dev, person spans: P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)} (${c.tp}/${c.fp}/${c.fn})`)
} else console.log("People's Daily NER dev: ../shared/bench/peoples-daily-ner.dev.bio not present, skipped")
