import type { Stage } from '../../pipeline/stage.js';
// STUB: replaced by the dates stage (chrono-node).
export const datesStage: Stage = { name: 'dates', requires: ['sentences'], assigns: ['dates'], run() {} };
