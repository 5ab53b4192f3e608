import { datesStage } from '../stages/dates/dates-stage.js';
import { entitiesStage } from '../stages/entities/entities-stage.js';
import { eventsStage } from '../stages/events/events-stage.js';
import { linkStage } from '../stages/link/link-stage.js';
import { quantitiesStage } from '../stages/quantities/quantities-stage.js';
import { quotesStage } from '../stages/quotes/quotes-stage.js';
import { textStage } from '../stages/text/text-stage.js';
import { Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';

/** Every stage, registered here explicitly and in order (no import side effects). */
export const DEFAULT_STAGES: readonly Stage[] = [
  textStage, // paragraphs, sentences, tokens, POS
  datesStage, // date expressions, resolved
  quantitiesStage, // numbers with units
  entitiesStage, // entity mentions: gazetteer, rules, NER model
  linkStage, // entities: KB linking, coreference, roles, metonymy
  quotesStage, // direct and reported quotes with speakers
  eventsStage, // CAMEO events
];

export const defaultPipeline = (): Pipeline => new Pipeline(DEFAULT_STAGES);
