import type { BodyMention } from '../committees/types.js'
import { compromise } from './nlp.js'

// A Latin run inside Chinese text: a word or acronym, and capitalised words after it (World Bank).
const RUN = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*)*(?![A-Za-z0-9])/g

/**
 * Organisations named in Latin letters inside Chinese paragraphs (联合国开发计划署UNDP, 加入WTO): the runs
 * that data/latin-organisations.txt lists or compromise takes for an organisation. They are bodies of kind
 * `other`, named as written, with no region. compromise loads only for a page with such a run.
 */
/** Whether a Latin run names an organisation: listed, or compromise reads it so; each run read once (bounded). */
export function organisationTest(listed: ReadonlySet<string>): (run: string) => boolean {
  const readings = new Map<string, boolean>()
  return (run) => {
    let yes = readings.get(run)
    if (yes === undefined) {
      yes = listed.has(run) || compromise()(run).has('#Organization')
      // Bounded: the Latin runs of an archive are open-ended.
      if (readings.size >= 10_000) readings.clear()
      readings.set(run, yes)
    }
    return yes
  }
}

export function latinOrganisations(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>, isOrganisation: (run: string) => boolean): BodyMention[] {
  const out: BodyMention[] = []
  for (const p of paragraphs) {
    const part = text.slice(p.start, p.end)
    RUN.lastIndex = 0
    for (let m = RUN.exec(part); m; m = RUN.exec(part)) {
      const run = m[0].replace(/[.-]+$/, '')
      if (run.length < 2 || !isOrganisation(run)) continue
      const start = p.start + m.index
      out.push({ start, end: start + run.length, name: run, key: `en:latin|${run}`, rank: 2, kind: 'other', region: null, division: null, term: null, session: null, rule: 'latin' })
    }
  }
  return out
}
