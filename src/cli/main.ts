import '../util/v8-tuning.js';
import { Command, CommanderError } from 'commander';
import { reportError } from './util.js';

// Each group of commands is imported only when it is used: loading the pipeline, the web server and
// the NER trainer for `newsgraph entities` would add a second to every call. With no known command
// (`--help`, a typo) every group is loaded so help lists them all.
const GROUPS: { commands: string[]; load: () => Promise<(p: Command) => void> }[] = [
  { commands: ['extract'], load: async () => (await import('./commands/extract.js')).registerExtract },
  {
    commands: ['ingest', 'entities', 'entity', 'quotes', 'events', 'search', 'export', 'demo'],
    load: async () => (await import('./commands/store-commands.js')).registerStoreCommands,
  },
  { commands: ['train', 'tag', 'eval'], load: async () => (await import('./commands/ner.js')).registerNerCommands },
  { commands: ['serve'], load: async () => (await import('./commands/serve.js')).registerServe },
];

const program = new Command();
program
  .name('newsgraph')
  .description(
    'Turn news articles into a knowledge graph of world affairs: entities, quotes with their speakers, ' +
      'CAMEO-coded events, dates and quantities, each traceable to the characters it came from.',
  )
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText(
    'after',
    `
Start with:
  newsgraph demo                      store the bundled examples in ./newsgraph.db and summarise them
  newsgraph extract FILE --json       analyse one article, print JSON (nothing stored)
  newsgraph ingest DIR                analyse and store a folder of .txt/.html/.jsonl articles
  newsgraph serve                     explore the database in the browser
Run \`newsgraph COMMAND --help\` for a command's options.`,
  );

const wanted = process.argv[2];
const group = GROUPS.find((g) => g.commands.includes(wanted));
for (const g of group ? [group] : GROUPS) (await g.load())(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) {
    reportError(e);
    process.exitCode = 2;
  }
}
