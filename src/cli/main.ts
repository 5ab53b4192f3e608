import { Command, CommanderError } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerStoreCommands } from './commands/store-commands.js';
import { registerNerCommands } from './commands/ner.js';
import { registerServe } from './commands/serve.js';
import { reportError } from './util.js';

const program = new Command();
program
  .name('newsgraph')
  .description(
    'Turn news articles into a knowledge graph of world affairs: entities, quotes with their speakers,\n' +
      'CAMEO-coded events, dates and quantities, each traceable to the characters it came from.',
  )
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)');

registerExtract(program);
registerStoreCommands(program);
registerNerCommands(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) {
    reportError(e);
    process.exitCode = 2;
  }
}
