import type { Mapped } from './offset-map.js'
import type { LineKinds } from '../text/line-kinds.js'
import type { UnitSet } from '../text/chars.js'

/** A content warning in ORIGINAL offsets; the analyzer attaches the article later. */
export type RawWarning = { code: string; message: string; start?: number; end?: number }

/** What the repair steps read: the variant table and the kinds of page lines. */
export type NormalizeResources = { variants: VariantTable; lines: LineKinds }

/** Traditional and look-alike characters → simplified; `single`/`high` flag the units that begin a variant. */
export type VariantTable = { map: Map<string, string>; single: UnitSet; high: UnitSet }

/** One normalisation step: a pure rewrite of a mapped text, reporting what it changed. */
export type NormalizeStep = (m: Mapped, res: NormalizeResources) => { out: Mapped; warnings: RawWarning[] }
