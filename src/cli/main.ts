import yargs from 'yargs';
import { formatters } from '../formatters';
import { UsageError } from '../schema/diagnostic';
// Each command's module is loaded when it runs: `check` must not pay at start-up for the
// review, apply and rule-test machinery.
const command = {
  apply: () => require('./commands/apply') as typeof import('./commands/apply'),
  check: () => require('./commands/check') as typeof import('./commands/check'),
  review: () => require('./commands/review') as typeof import('./commands/review'),
  rules: () => require('./commands/rules') as typeof import('./commands/rules'),
  schema: () => require('./commands/schema') as typeof import('./commands/schema'),
  config: () => require('./commands/config') as typeof import('./commands/config'),
};
import { EXIT, processIO, type CliIO } from './io';

const STDIN_MARKER = '\u0000stdin';

/** The command line: a thin layer that parses arguments and calls the library. Returns the exit code. */
export async function main(rawArgv: string[], io: CliIO = processIO()): Promise<number> {
  // yargs drops a bare "-", so it travels through the parser under another name.
  const argv = rawArgv.map((a) => (a === '-' ? STDIN_MARKER : a));
  let code: number = EXIT.ok;
  let usageFailure: string | undefined;
  // Not `array`: a greedy array option would swallow the file names that follow it.
  const repeatable = {
    type: 'string',
    nargs: 1,
    default: [] as string[],
    coerce: (v: string | string[]) => (Array.isArray(v) ? v : [v]),
  } as const;
  const ruleOptions = {
    rules: { ...repeatable, describe: 'Extra rule pack file or folder (repeatable)' },
    disable: { ...repeatable, describe: 'Turn a rule off by id (repeatable)' },
    'default-rules': { type: 'boolean', default: true, describe: 'Load the bundled packs (--no-default-rules to skip them)' },
  } as const;

  const parser = yargs(argv)
    .scriptName('mtlint')
    .usage('$0 <command> [options]\n\nChecks machine-translated news for likely translation errors.')
    .command(
      'check [files..]',
      'Check articles (use - for stdin)',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, default: [] as string[], describe: 'Article files, or - for stdin' })
          .options({
            format: {
              alias: 'f',
              ...repeatable,
              describe: `Output format: ${[...formatters.keys()].join(', ')} (default stylish). Repeat it, pairing formats with --output-file in order, or write NAME=FILE`,
            },
            'output-file': { alias: 'o', ...repeatable, describe: 'Write the report to a file (repeatable, one per --format)' },
            fix: { type: 'boolean', default: false, describe: 'Apply the suggested fixes to the files (atomically)' },
            'stdin-filename': { type: 'string', describe: 'Name to report for text read from stdin' },
            ...ruleOptions,
            config: { alias: 'c', type: 'string', describe: 'Use this configuration file instead of looking for .mtlintrc.json' },
            'config-lookup': { type: 'boolean', default: true, describe: 'Look for .mtlintrc.json upward from each file (--no-config-lookup to skip)' },
            color: { type: 'boolean', describe: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)' },
            quiet: { type: 'boolean', default: false, describe: 'Report errors only' },
            'max-warnings': { type: 'number', describe: 'Fail when there are more warnings than this' },
            'min-score': { type: 'number', describe: 'Fail when a file scores below this (overrides the configuration)' },
            baseline: { type: 'string', describe: 'Skip findings recorded in this baseline file' },
            'update-baseline': { type: 'boolean', default: false, describe: 'Record the current findings in the --baseline file' },
            'report-unused-disable': { type: 'boolean', default: false, describe: 'Report mtlint-disable comments that suppress nothing' },
            jobs: { alias: 'j', type: 'number', describe: 'Worker threads (default: the number of cores)' },
            'max-file-size': { type: 'number', describe: 'Skip and report files larger than this many MB (default 128)' },
            shard: { type: 'string', describe: 'Check only shard I of N (e.g. 2/4), for CI matrix jobs' },
            cache: { type: 'boolean', default: false, describe: 'Reuse results for unchanged files (keyed on content, rules and settings)' },
            'cache-location': { type: 'string', describe: 'Cache file (default .mtlintcache)' },
            'error-on-unmatched-pattern': { type: 'boolean', default: true, describe: 'A pattern that matches no file is an error (--no-error-on-unmatched-pattern to allow)' },
            timing: { type: 'boolean', default: false, describe: 'Print time spent per rule and rule kind to stderr' },
            'rule-timeout': { type: 'number', describe: 'Stop a rule that spends more than this many ms on one file, and report it (default 10000; 0: no limit)' },
          }),
      async (a) => {
        code = await command.check().runCheck(
          {
            files: a.files.map((f) => (f === STDIN_MARKER ? '-' : f)),
            format: a.format,
            outputFile: a['output-file'],
            config: a.config,
            configLookup: a['config-lookup'],
            minScore: a['min-score'],
            baseline: a.baseline,
            updateBaseline: a['update-baseline'],
            reportUnusedDisable: a['report-unused-disable'],
            errorOnUnmatchedPattern: a['error-on-unmatched-pattern'],
            jobs: a.jobs,
            maxFileSize: a['max-file-size'],
            shard: a.shard,
            cache: a.cache,
            cacheLocation: a['cache-location'],
            fix: a.fix,
            stdinFilename: a['stdin-filename'],
            rules: a.rules,
            disable: a.disable,
            defaultRules: a['default-rules'],
            color: a.color,
            quiet: a.quiet,
            maxWarnings: a['max-warnings'],
            timing: a.timing,
            ruleTimeout: a['rule-timeout'],
          },
          io,
        );
      },
    )
    .command('rules <action> [target..]', 'List, show or test rules (list | show ID | test [PACKS])', (y) =>
      y
        .positional('action', { choices: ['list', 'show', 'test'] as const, demandOption: true })
        .positional('target', { type: 'string', array: true, default: [] as string[] })
        .options(ruleOptions),
      (a) => {
        const base = { rules: a.rules, disable: a.disable, defaultRules: a['default-rules'] };
        if (a.action === 'list') code = command.rules().runRulesList(base, io);
        else if (a.action === 'show') {
          if (!a.target[0]) throw new UsageError('rules show needs a rule id, e.g. mtlint rules show zh-en/quds-force');
          code = command.rules().runRulesShow({ ...base, id: a.target[0] }, io);
        } else code = command.rules().runRulesTest({ ...base, paths: a.target }, io);
      },
    )
    .command('review [files..]', 'Go through the findings one by one and write the accepted fixes', (y) =>
      y
        .positional('files', { type: 'string', array: true, default: [] as string[], describe: 'Article files' })
        .options({
          yes: { alias: 'y', type: 'boolean', default: false, describe: 'Accept every suggestion without asking (no terminal needed)' },
          config: { alias: 'c', type: 'string', describe: 'Use this configuration file' },
          color: { type: 'boolean', describe: 'Force colour on or off' },
          ...ruleOptions,
        }),
      async (a) => {
        code = await command.review().runReview({ files: a.files.map((f) => (f === STDIN_MARKER ? '-' : f)), yes: a.yes, config: a.config, color: a.color, rules: a.rules, disable: a.disable, defaultRules: a['default-rules'] }, io);
      },
    )
    .command('apply <decisions>', 'Apply the decisions downloaded from the HTML report', (y) =>
      y
        .positional('decisions', { type: 'string', demandOption: true, describe: 'The decisions JSON file' })
        .options({
          'dry-run': { type: 'boolean', default: false, describe: 'Check and summarise, but change no file' },
          baseline: { type: 'string', describe: 'Record the rejected findings marked "add to baseline" in this baseline file' },
        }),
      (a) => {
        code = command.apply().runApply({ decisions: a.decisions, dryRun: a['dry-run'], baseline: a.baseline }, io);
      },
    )
    .command('init', 'Write a starter .mtlintrc.json', (y) => y.option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing file' }), (a) => {
      code = command.config().runInit({ force: a.force }, io);
    })
    .command('print-config <file>', 'Show the configuration that applies to a file', (y) =>
      y.positional('file', { type: 'string', demandOption: true }).option('config', { alias: 'c', type: 'string', describe: 'Use this configuration file' }),
      (a) => {
        code = command.config().runPrintConfig({ file: a.file, config: a.config }, io);
      },
    )
    .command('schema', 'Print the rule-pack JSON Schema', (y) => y.option('gazetteer', { type: 'boolean', default: false, describe: 'Print the gazetteer schema instead' }), (a) => {
      code = command.schema().runSchema({ gazetteer: a.gazetteer }, io);
    })
    .demandCommand(1, 'Name a command: check, review, apply, rules, init, print-config or schema.')
    .strict()
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usageFailure = msg;
    })
    .help()
    .version()
    .wrap(Math.min(100, process.stdout.columns ?? 100));

  skipHelpCaching(parser);

  try {
    let printed = '';
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      printed = output;
    });
    if (usageFailure) {
      io.stderr(`mtlint: ${usageFailure}\nRun "mtlint --help" for usage.\n`);
      return EXIT.usage;
    }
    if (printed) io.stdout(printed + '\n');
    return code;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`mtlint: ${err.diagnostics.length ? `${err.diagnostics.length} problem${err.diagnostics.length === 1 ? '' : 's'} in the input:\n` : ''}${err.message}\n`);
      return EXIT.usage;
    }
    // A file that cannot be written (a report, a baseline) is the user's to fix, not a bug: no stack trace.
    const code = (err as NodeJS.ErrnoException)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.stderr(`mtlint: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
    io.stderr(`mtlint: internal error: ${(err as Error).stack ?? err}\nPlease report this with the command you ran.\n`);
    return EXIT.usage;
  }
}

/**
 * yargs renders the whole help text after running any command, to have it ready should the
 * command fail afterwards. mtlint prints its own errors, never that text, and rendering it took
 * 10 ms of every run. The hook is internal to yargs, so it is left alone if it is not there.
 */
function skipHelpCaching(parser: unknown): void {
  const usage = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: unknown } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}
