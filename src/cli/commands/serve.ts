import type { Command } from 'commander';
// STUB: serve.
export function registerServe(_program: Command): void {}
