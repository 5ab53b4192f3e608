import type { Stage } from '../../pipeline/stage.js';
// STUB: replaced by the quantities stage.
export const quantitiesStage: Stage = { name: 'quantities', requires: ['tokens'], assigns: ['quantities'], run() {} };
