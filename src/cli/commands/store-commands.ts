// Registers every command that works on the store: ingest, the read commands, export and demo.
import type { Command } from 'commander';
import { registerDemo } from './demo.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerQueries } from './query.js';

export function registerStoreCommands(program: Command): void {
  registerIngest(program);
  registerQueries(program);
  registerExport(program);
  registerDemo(program);
}
