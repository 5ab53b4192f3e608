import type { Command } from 'commander';
// STUB: train ner, tag, eval ner.
export function registerNerCommands(_program: Command): void {}
