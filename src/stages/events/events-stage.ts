import type { Stage } from '../../pipeline/stage.js';
// STUB: replaced by the event stage (CAMEO).
export const eventsStage: Stage = { name: 'events', requires: ['entities', 'dates'], assigns: ['events'], run() {} };
