import type { AnalysisResult } from '../schema/result.js'

/** A readable summary of a result, for `analyze --text`. */
export function summary(r: AnalysisResult): string {
  const lines: string[] = []
  r.articles.forEach((a, i) => lines.push(`article ${i}: ${a.title ?? '(untitled)'}${a.subtitle ? ` ${a.subtitle}` : ''}${a.byline.length ? ` — ${a.byline.join(' ')}` : ''}${a.date ? ` [${a.date}]` : ''}`))
  const list = (label: string, items: string[]) => { if (items.length) lines.push(`${label} (${items.length}): ${items.join('、')}`) }
  list('places', r.places.map((p) => `${p.name}(${p.level})`))
  list('committees', r.committees.map((c) => c.name))
  list('persons', r.persons.map((p) => (p.roles.length ? `${p.name}[${p.roles.join('/')}${p.org ? `@${p.org}` : ''}]` : p.name)))
  list('figures', r.figures.map((f) => f.text))
  list('dates', r.dates.map((d) => `${d.text}=${d.iso}`))
  list('statements', r.statements.map((s) => `${s.speaker}${s.verb}：${s.text.slice(0, 24)}${s.text.length > 24 ? '…' : ''}`))
  list('topics', r.topics.map((t) => `${t.label}(${t.score.toFixed(1)})`))
  list('keywords', r.keywords.map((k) => k.word))
  list('warnings', r.warnings.map((w) => w.code))
  return lines.join('\n')
}
