import type { Command } from 'commander';
import { analyseArticle } from '../../analyse.js';
import { listInputs, readInput } from '../../input/read.js';
import { toExtractJson } from '../../model/extract-json.js';
import { createContext } from '../../pipeline/context.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { NewsgraphError } from '../../util/errors.js';
import { parseDay, reportError } from '../util.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('analyse articles without storing them; prints the newsgraph.extract/1 JSON contract')
    .argument('<inputs...>', 'files (.txt, .html, .jsonl) or folders, or - for standard input')
    .option('--published <YYYY-MM-DD>', 'publication date, used to resolve relative and year-less dates')
    .option('--json', 'one JSON object (exactly one document expected)')
    .option('--jsonl', 'one JSON object per document, one per line')
    .option('--pretty', 'indent the JSON (with --json)')
    .option('--reported', 'also list reported speech ("said that …", direct: false) among the quotes; by default only quotations in quote marks are listed (ingest always stores both)')
    .option('--max-bytes <n>', 'largest accepted document in bytes', (v) => parseInt(v, 10))
    .addHelpText(
      'after',
      `
Examples:
  newsgraph extract article.txt --json
  newsgraph extract articles/ --jsonl > out.jsonl
  newsgraph extract page.html --published 2022-05-21 --json
  newsgraph extract article.txt --json --reported     (with "said that …" reported speech)

The output shape is documented in docs/extract-json.md (schema newsgraph.extract/1).`,
    )
    .action(async (inputs: string[], opts) => {
      if (!opts.json && !opts.jsonl) throw new NewsgraphError('E_USAGE', 'choose an output format: --json (one document) or --jsonl (many)');
      const published = opts.published ? parseDay(opts.published, '--published') : null;
      const ctx = createContext(published);
      const pipeline = defaultPipeline();
      const { files, errors } = listInputs(inputs);
      let failed = errors.length;
      for (const e of errors) reportError(e);
      const docs: object[] = [];
      for (const file of files) {
        for await (const r of readInput(file, { maxBytes: opts.maxBytes })) {
          if (!r.ok) {
            reportError(r.error);
            failed++;
            continue;
          }
          try {
            const json = toExtractJson(analyseArticle(r.article, pipeline, ctx), { reported: opts.reported === true });
            if (opts.jsonl) process.stdout.write(JSON.stringify(json) + '\n');
            else docs.push(json);
          } catch (e) {
            reportError(e, r.article.source);
            failed++;
          }
        }
      }
      if (opts.json) {
        if (docs.length > 1) throw new NewsgraphError('E_USAGE', `--json prints one document but ${docs.length} were read; use --jsonl`);
        if (docs.length === 1) process.stdout.write(JSON.stringify(docs[0], null, opts.pretty ? 2 : undefined) + '\n');
      }
      if (failed) process.exitCode = 1;
    });
}
