import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Subject } from './measure';
import type { DictionaryFiles } from './term-dictionary';

export interface ToolContext {
  repo: string;
  /** Where run outputs go (git-ignored). */
  outDir: string;
  /** Whether `mtlint check` has --jobs (then every run names its thread count). */
  hasJobs: boolean;
}

export interface Input {
  paths: string[];
  bytes: number;
}

const MTLINT_OK = [0, 1];
// textlint exits 1 when it reports errors; a crash also exits 1, so reports are parsed afterwards.
const TEXTLINT_OK = [0, 1];

/** A report must be one JSON value of the expected kind; its first and last bytes tell without parsing it. */
function jsonReport(open: '{' | '['): (file: string) => string | undefined {
  const close = open === '{' ? '}' : ']';
  return (file) => {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const head = Buffer.alloc(Math.min(size, 64));
      const tail = Buffer.alloc(Math.min(size, 64));
      readSync(fd, head, 0, head.length, 0);
      readSync(fd, tail, 0, tail.length, size - tail.length);
      const first = head.toString('utf8').trimStart()[0];
      const last = tail.toString('utf8').trimEnd().slice(-1);
      return first === open && last === close ? undefined : `no JSON report on stdout (${size} bytes)`;
    } finally {
      closeSync(fd);
    }
  };
}

function outFile(ctx: ToolContext, name: string): string {
  return join(ctx.outDir, `${name.replace(/[^\w.-]+/g, '_')}.json`);
}

/** `node bin/mtlint.js check --format json FILE`, with the given pack options. */
export function mtlintSubject(
  ctx: ToolContext,
  name: string,
  input: Input,
  options: { dictionary?: DictionaryFiles; extraArgs?: string[]; timeoutMs: number; pinToCore?: boolean; jobs?: number },
): Subject {
  // One thread unless asked: mtlint's default is one worker per core, textlint has one thread.
  const jobs = ctx.hasJobs ? ['--jobs', String(options.jobs ?? 1)] : [];
  const packs = options.dictionary ? ['--no-default-rules', '--rules', options.dictionary.pack] : [];
  return {
    name,
    bytes: input.bytes,
    okExitCodes: MTLINT_OK,
    checkOutput: jsonReport('{'),
    spec: {
      script: join(ctx.repo, 'bin/mtlint.js'),
      args: ['check', ...packs, ...jobs, ...(options.extraArgs ?? []), '--format', 'json', ...input.paths],
      cwd: ctx.repo,
      stdoutFile: outFile(ctx, name),
      timeoutMs: options.timeoutMs,
      pinToCore: options.pinToCore,
    },
  };
}

/** `textlint --config <rc enabling prh with the dictionary> --format json FILE`. */
export function textlintSubject(ctx: ToolContext, name: string, input: Input, dictionary: DictionaryFiles, timeoutMs: number): Subject {
  return {
    name,
    bytes: input.bytes,
    okExitCodes: TEXTLINT_OK,
    checkOutput: jsonReport('['),
    spec: {
      script: join(ctx.repo, 'node_modules/textlint/bin/textlint.js'),
      args: ['--config', dictionary.textlintrc, '--format', 'json', ...input.paths],
      cwd: ctx.repo,
      stdoutFile: outFile(ctx, name),
      timeoutMs,
    },
  };
}
