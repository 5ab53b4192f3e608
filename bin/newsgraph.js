#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the `prepare` script runs `tsc`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('newsgraph: the CLI is not built yet; run `npm install` (or `npm run build`) in the project folder first.');
  process.exit(2);
}
await import(main.href);
