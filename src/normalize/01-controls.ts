import { rewrite } from './offset-map.js'
import type { NormalizeStep } from './types.js'

// CR (of CRLF), NUL and other C0/C1 controls, BOM and zero-width characters carry no text.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\u007f-\u009f\ufeff\u200b-\u200d\u2060]+/g

/** Drops control and zero-width characters (CR is dropped silently; the rest is warned). */
export const dropControls: NormalizeStep = (m) => {
  const { out, changed } = rewrite(m, CONTROLS, () => '')
  const noisy = changed.filter(([s, e]) => m.text.slice(s, e).replace(/\r/g, '') !== '')
  const warnings = noisy.length
    ? [{ code: 'W_CONTROL_CHARS', message: `removed ${noisy.length} run(s) of control or zero-width characters`, start: m.starts[noisy[0]![0]]!, end: m.ends[noisy[0]![1] - 1]! }]
    : []
  return { out, warnings }
}
