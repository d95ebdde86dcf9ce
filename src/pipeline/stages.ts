import { committeesStage } from '../committees/stage.js'
import { datesStage } from '../dates/stage.js'
import { englishStage } from '../english/stage.js'
import { figuresStage } from '../figures/stage.js'
import { normalizeStage } from '../normalize/index.js'
import { personsStage } from '../persons/stage.js'
import { placeListStage, placesStage } from '../places/stage.js'
import { regionsStage } from '../regions/home.js'
import { segmentStage } from '../segment/index.js'
import { structureStage } from '../structure/index.js'
import { topicsStage } from '../topics/stage.js'

/**
 * The stages of an analysis: normalize → structure → segment → English paragraphs → extract and resolve (places, regions,
 * committees, persons, figures, dates, the places without those inside names) → tag (topics). Their order here is the order they run in; the
 * analyzer checks it against what each stage needs and provides.
 */
export const STAGES = [normalizeStage, structureStage, segmentStage, englishStage, placesStage, regionsStage, committeesStage, figuresStage, datesStage, personsStage, placeListStage, topicsStage] as const
