import type { Command } from 'commander';
// STUB: ingest, entities, entity, quotes, events, search, export, demo.
export function registerStoreCommands(_program: Command): void {}
