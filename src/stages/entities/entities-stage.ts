import type { Stage } from '../../pipeline/stage.js';
// STUB: replaced by the entity-mention stage (gazetteer + rules + NER model).
export const entitiesStage: Stage = { name: 'entities', requires: ['tokens', 'sentences'], assigns: ['mentions'], run() {} };
