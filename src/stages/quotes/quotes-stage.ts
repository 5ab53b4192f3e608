import type { Stage } from '../../pipeline/stage.js';
// STUB: replaced by the quote stage.
export const quotesStage: Stage = { name: 'quotes', requires: ['sentences', 'entities'], assigns: ['quotes'], run() {} };
