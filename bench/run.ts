/**
 * `npm run bench`: mtlint against textlint + prh on generated news corpora, scaling with
 * dictionary and input size, start-up, and memory; writes bench/results.md.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureCorpusInput, smallArticle, type CorpusInput } from './corpus';
import { describeEnvironment, load } from './environment';
import type { SeriesOptions } from './measure';
import { parseOptions, USAGE, type BenchOptions } from './options';
import { probeScriptPath } from './process-runner';
import { renderMarkdown, type Report } from './results-markdown';
import { measureDictionaryWithPacks } from './suites/dictionary-scaling';
import { measureInputScaling, measureJobs } from './suites/input-scaling';
import { measurePeer } from './suites/peer';
import { measureStartup } from './suites/startup';
import { evaluateTargets } from './targets';
import { DICTIONARY_SIZES, writeDictionary } from './term-dictionary';
import type { ToolContext } from './tools';

const REPO = resolve(__dirname, '../..');
const CORPUS_DIR = join(REPO, 'bench/.corpus');

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function bench(options: BenchOptions): Promise<void> {
  const began = Date.now();
  const environment = describeEnvironment(REPO);
  log(`nproc ${environment.nproc}, Node ${environment.node}, load ${environment.loadAtStart}${options.quick ? ', --quick' : ''}`);

  const sizes = options.quick ? [1, 10] : [1, 10, 100];
  const corpora: CorpusInput[] = sizes.map((mb) => {
    log(`corpus ${mb} MB`);
    return ensureCorpusInput(REPO, CORPUS_DIR, mb);
  });
  const dictionaries = DICTIONARY_SIZES.map((n) => writeDictionary(join(CORPUS_DIR, 'dict'), n));
  const emptyPath = join(CORPUS_DIR, 'empty.txt');
  writeFileSync(emptyPath, '');
  const empty = { paths: [emptyPath], bytes: 0 };
  const outDir = join(CORPUS_DIR, 'out');
  mkdirSync(outDir, { recursive: true });

  const ctx: ToolContext = { repo: REPO, outDir, hasJobs: environment.hasJobs };
  const series: SeriesOptions = { runs: options.runs, longRunMs: options.longRunS * 1000, probeScript: probeScriptPath(__dirname), log };
  const mtlintTimeoutMs = options.mtlintLimitS * 1000;
  const biggest = DICTIONARY_SIZES[DICTIONARY_SIZES.length - 1];

  log('start-up');
  const startup = await measureStartup(ctx, __dirname, { smallArticle: { paths: [smallArticle(REPO)], bytes: statSync(smallArticle(REPO)).size }, empty }, series, mtlintTimeoutMs);

  const peer = await measurePeer(ctx, {
    dictionaries,
    inputs: corpora.filter((c) => c.mb <= 10),
    empty,
    textlintLimitMs: options.textlintLimitS * 1000,
    mtlintTimeoutMs,
    textlintSkipped: (n) => options.skipTextlint || (options.quick && n === biggest),
    series,
  });

  const packsInput = corpora.find((c) => c.mb === (options.quick ? 1 : 10))!;
  const dictionaryWithPacks = { input: packsInput, rows: await measureDictionaryWithPacks(ctx, dictionaries, packsInput, series, mtlintTimeoutMs) };
  const scaling = await measureInputScaling(ctx, corpora, series, mtlintTimeoutMs);
  const jobs = await measureJobs(ctx, environment.hasJobs, corpora.find((c) => c.mb === 100), series, mtlintTimeoutMs);

  const results = { startup, peer, scaling, jobs };
  const report: Report = {
    environment,
    loadAtEnd: load(),
    options,
    results,
    dictionaryWithPacks,
    targets: evaluateTargets(results),
    durationS: (Date.now() - began) / 1000,
  };
  const markdown = renderMarkdown(report);
  const out = resolve(REPO, options.out);
  writeFileSync(out, markdown);
  process.stdout.write(markdown);
  log(`wrote ${out}`);
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  await bench(options);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
