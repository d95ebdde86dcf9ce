import { committeesStage } from '../committees/stage.js'
import { datesStage } from '../dates/stage.js'
import { figuresStage } from '../figures/stage.js'
import { personsStage } from '../persons/stage.js'
import { placesStage } from '../places/stage.js'
import { topicsStage } from '../topics/stage.js'
import type { Stage } from './stage.js'

/** The extract → resolve → tag stages, in order. */
export const STAGES: readonly Stage[] = [placesStage, committeesStage, figuresStage, datesStage, personsStage, topicsStage]
