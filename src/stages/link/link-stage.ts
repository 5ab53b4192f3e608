import type { Stage } from '../../pipeline/stage.js';
// STUB: replaced by linking and in-document coreference.
export const linkStage: Stage = { name: 'link', requires: ['mentions'], assigns: ['entities'], run() {} };
