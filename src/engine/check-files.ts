import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { baseConfig, ConfigResolver } from '../config/load-config';
import type { EffectiveConfig } from '../config/types';
import { sha256, writeFileAtomic } from '../io/atomic-write';
import { decode, DecodeError, encode, type Decoded } from '../io/decode';
import { fixUntilStable, type FixResult } from '../kernel/fix-loop';
import type { RunOptions } from '../kernel/runner';
import type { Document } from '../kernel/document';
import type { Finding } from '../kernel/types';
import { loadRules, type LoadedRule, type RuleSet } from '../loader/load-rules';
import { UsageError } from '../schema/diagnostic';
import { analyse } from './analyse';
import { Baseline, type BaselineEntry } from './baseline';
import { expandInputs, type Input } from './inputs';
import { ResultCache } from './cache';
import type { FileReport, Report } from './report';
import { scoreFindings } from './score';

export interface CheckFilesOptions extends RunOptions {
  /** Compiled rules to use for every file; when omitted they come from the config and `ruleOptions`. */
  rules?: RuleSet;
  ruleOptions?: { paths?: string[]; defaults?: boolean; disabled?: string[] };
  /** An explicit config file; `false` turns the upward search for `.mtlintrc.json` off. */
  config?: string | false;
  /** Write fixes back to the files. */
  fix?: boolean;
  /** Compute fixed texts without writing them (for the diff and HTML formats). */
  computeFixes?: boolean;
  stdinFilename?: string;
  readStdin?: () => Buffer;
  cwd?: string;
  baseline?: Baseline;
  /** Collect every finding as a baseline entry (`--update-baseline`); its sentence hashes cost time. */
  recordBaseline?: boolean;
  reportUnusedDisable?: boolean;
  allowUnmatched?: boolean;
  /** Overrides the configured minimum score. */
  minScore?: number;
  /** Files larger than this are skipped and reported (default MAX_ARTICLE_BYTES). */
  maxFileBytes?: number;
  /** `--shard I/N` (1-based). */
  shard?: { index: number; count: number };
  /** Reuse results stored in this file when content, rules and settings are unchanged. */
  cacheFile?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface FileMeta {
  bom: boolean;
  encoding: Decoded['encoding'];
  /**
   * SHA-256 of the bytes read, for checking later that the file is unchanged. Computed only when
   * something will check (fixes, a review, the HTML report, the result cache): hashing every byte
   * of a large batch costs as much as a rule.
   */
  sha256?: string;
}

export interface CheckFilesResult {
  report: Report;
  sources: Map<string, string>;
  fixed: Map<string, string>;
  meta: Map<string, FileMeta>;
  /** How the fixes were computed, pass by pass, for each file whose fixes were computed. */
  fixResults: Map<string, FixResult>;
  /** Every finding as a baseline entry, for `--update-baseline`. */
  baselineEntries: BaselineEntry[];
  /** Metadata of every rule that was loaded for any file. */
  rules: Map<string, LoadedRule>;
}

/** What checking one input produces; plain data, so a worker thread can send it back. */
export interface FileResult {
  report?: FileReport;
  source?: string;
  fixed?: string;
  /** The passes of `--fix`, when fixes were computed (the HTML report and `review` replay them). */
  fixResult?: FixResult;
  meta?: FileMeta;
  baselineEntries: BaselineEntry[];
  rules: LoadedRule[];
  /** Key of the cache entry this result may be stored under. */
  cacheKey?: string;
}

/**
 * Checks one input at a time with the options of a run. Rule sets are compiled once per
 * distinct configuration and reused, so a worker thread can keep one for its whole share.
 */
export class FileChecker {
  private readonly cwd: string;
  private readonly resolver?: ConfigResolver;
  private readonly ruleSets = new Map<string, RuleSet>();
  /** Rule sets whose metadata went out with an earlier result; each is sent once. */
  private readonly announced = new Set<RuleSet>();

  private readonly maxBytes: number;

  constructor(private readonly options: CheckFilesOptions) {
    this.cwd = options.cwd ?? process.cwd();
    this.maxBytes = options.maxFileBytes ?? MAX_ARTICLE_BYTES;
    this.resolver = options.config === false ? undefined : new ConfigResolver(this.cwd, options.config);
  }

  /** The settings and rules for an input; undefined when the configuration ignores it. */
  prepare(input: Input): { config: EffectiveConfig; rules: RuleSet; virtualPath: string } | undefined {
    const { options, cwd } = this;
    const virtualPath = input.path === '-' ? resolve(cwd, options.stdinFilename ?? 'stdin.txt') : resolve(cwd, input.path);
    const config = this.resolver ? this.resolver.forFile(virtualPath) : baseConfig();
    if (config.ignored && !input.explicit) return undefined;
    const rules = options.rules ?? ruleSetFor(config, options, cwd, this.ruleSets);
    const unknown = Object.keys(config.rules).filter((id) => !rules.rule(id));
    if (unknown.length) {
      throw new UsageError(`${config.configFiles.join(', ')}: configuration names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}`);
    }
    return { config, rules, virtualPath };
  }

  check(input: Input, cache?: ResultCache): FileResult {
    const { options, cwd } = this;
    const prepared = this.prepare(input);
    if (!prepared) return { baselineEntries: [], rules: [] };
    const { config, rules: ruleSet, virtualPath } = prepared;
    const rules = { set: ruleSet, meta: this.announced.has(ruleSet) ? [] : ruleSet.rules };
    this.announced.add(ruleSet);
    const shown = input.path === '-' ? (options.stdinFilename ?? '<stdin>') : input.path;
    let bytes: Buffer;
    let decoded: Decoded;
    try {
      bytes = input.path === '-' ? (options.readStdin ?? (() => readFileSync(0)))() : readInput(resolve(cwd, input.path), this.maxBytes);
      if (bytes.length > this.maxBytes) throw tooLarge(bytes.length, this.maxBytes);
      decoded = decode(bytes);
    } catch (err) {
      const error =
        err instanceof DecodeError
          ? { message: err.message, byteOffset: err.byteOffset }
          : { message: (err as NodeJS.ErrnoException).code === 'MTLINT_TOO_LARGE' ? (err as Error).message : `cannot read: ${describeFsError(err)}` };
      return { report: { path: shown, findings: [], errors: [error] }, baselineEntries: [], rules: rules.meta };
    }
    const meta: FileMeta = { bom: decoded.bom, encoding: decoded.encoding };
    if (cache || options.fix || options.computeFixes) meta.sha256 = sha256(bytes);
    const cacheKey = cache && !options.fix && !options.computeFixes ? ResultCache.key(meta.sha256!, ruleSet.hash, config, options) : undefined;
    const cached = cacheKey ? cache!.get(shown, cacheKey) : undefined;
    if (cached) return { report: cached, source: decoded.text, meta, baselineEntries: [], rules: rules.meta, cacheKey };
    let result: ReturnType<FileChecker['analyseFile']>;
    try {
      result = this.analyseFile(shown, virtualPath, input, bytes, decoded, config, ruleSet);
    } catch (err) {
      // One file that breaks the engine must not take the run, and the other files' reports, with it.
      if (err instanceof UsageError) throw err;
      const error = { message: `could not be checked: ${describeInternalError(err)}; nothing was changed` };
      return { report: { path: shown, findings: [], errors: [error] }, source: decoded.text, meta, baselineEntries: [], rules: rules.meta };
    }
    return { ...result, meta, rules: rules.meta, cacheKey };
  }

  private analyseFile(shown: string, virtualPath: string, input: Input, bytes: Buffer, decoded: Decoded, config: EffectiveConfig, rules: RuleSet) {
    const { options, cwd } = this;
    const text = decoded.text;
    const analyseOptions = { ...options, path: virtualPath, reportPath: shown, rules, config, baseline: options.baseline };
    let result = analyse(text, analyseOptions, decoded.units);
    const baselineEntries = options.recordBaseline ? Baseline.entriesFor(shown, result.doc, result.findings) : [];
    const report: FileReport = { path: shown, findings: result.findings, errors: result.failures.map((f) => ({ ruleId: f.ruleId, message: `rule "${f.ruleId}" failed: ${f.message}` })) };
    let fixedText: string | undefined;
    let fixResult: FixResult | undefined;

    // Rules that failed on this file stay out of the fix passes: each pass would only fail again.
    const fixOptions = result.failures.length ? { ...analyseOptions, skipRules: new Set(result.failures.map((f) => f.ruleId)) } : analyseOptions;
    if (options.fix || options.computeFixes) {
      const outcome = fixUntilStable(text, (t) => analyse(t, fixOptions).findings);
      fixResult = outcome;
      if (!outcome.converged) {
        report.errors!.push({ message: `fixes did not settle after ${outcome.passes} passes (still firing: ${outcome.unstableRules.join(', ')}); nothing was fixed` });
      } else if (outcome.output !== text) {
        fixedText = outcome.output;
        if (options.fix && input.path !== '-') {
          try {
            writeFileAtomic(resolve(cwd, input.path), encode(outcome.output, decoded), sha256(bytes));
            report.fixed = true;
            // Like ESLint, report what is left after fixing.
            result = analyse(outcome.output, fixOptions);
            report.findings = result.findings;
          } catch (err) {
            report.errors!.push({ message: `not fixed: ${describeFsError(err)}` });
          }
        }
      }
    }
    if (options.reportUnusedDisable) {
      report.findings = [...report.findings, ...result.unusedDirectives.map((d) => unusedFinding(result.doc, d))].sort((a, b) => a.line - b.line || a.column - b.column);
    }
    Object.assign(report, gate(scoreFindings(report.findings, result.doc.wordCount, config.score), report.findings, config, options.minScore));
    if (!report.errors!.length) delete report.errors;
    return { report, source: text, fixed: fixedText, fixResult, baselineEntries };
  }
}

/** Checks files, folders, globs or stdin; optionally fixes them in place. Every input gets a report entry. */
export function checkFiles(patterns: string[], options: CheckFilesOptions = {}): CheckFilesResult {
  const inputs = selectShard(expandInputs(patterns, options.cwd ?? process.cwd(), options.allowUnmatched), options.shard);
  const checker = new FileChecker(options);
  const cache = options.cacheFile ? ResultCache.open(options.cacheFile) : undefined;
  const results = inputs.map((input, i) => {
    const r = checker.check(input, cache);
    options.onProgress?.(i + 1, inputs.length);
    return r;
  });
  return collect(results, cache);
}

/** Merges per-file results, in input order, into the run's result; stores fresh results in the cache. */
export function collect(results: FileResult[], cache?: ResultCache): CheckFilesResult {
  const files: FileReport[] = [];
  const sources = new Map<string, string>();
  const fixed = new Map<string, string>();
  const meta = new Map<string, FileMeta>();
  const fixResults = new Map<string, FixResult>();
  const baselineEntries: BaselineEntry[] = [];
  const rules = new Map<string, LoadedRule>();
  for (const r of results) {
    if (!r.report) continue;
    files.push(r.report);
    if (r.source !== undefined) sources.set(r.report.path, r.source);
    if (r.fixed !== undefined) fixed.set(r.report.path, r.fixed);
    if (r.meta) meta.set(r.report.path, r.meta);
    if (r.fixResult) fixResults.set(r.report.path, r.fixResult);
    for (const e of r.baselineEntries) baselineEntries.push(e);
    for (const rule of r.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    if (cache && r.cacheKey && !r.report.errors) cache.set(r.report.path, r.cacheKey, r.report);
  }
  cache?.save();
  return { report: { version: 1, files, summary: summarise(files) }, sources, fixed, meta, fixResults, baselineEntries, rules };
}

/** `--shard I/N`: a file's shard depends on its path alone, so adding files does not reshuffle the others. */
export function selectShard(inputs: Input[], shard?: { index: number; count: number }): Input[] {
  if (!shard || shard.count <= 1) return inputs;
  return inputs.filter((input) => parseInt(sha256(Buffer.from(input.path)).slice(0, 8), 16) % shard.count === shard.index - 1);
}

/**
 * The largest file mtlint checks by default (`--max-file-size`). News articles are tens of
 * kilobytes; batch files of many articles run to megabytes; a file of hundreds of megabytes is
 * not text to review, and checking it would take gigabytes of memory.
 */
export const MAX_ARTICLE_BYTES = 128 * 1024 * 1024;

function tooLarge(size: number, limit: number): Error {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return Object.assign(new Error(`too large to check (${mb(size)}, the limit is ${mb(limit)}; see --max-file-size); skipped`), { code: 'MTLINT_TOO_LARGE' });
}

function readInput(full: string, maxBytes: number): Buffer {
  const stat = statSync(full);
  if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  // Checked before reading, so a huge file costs neither the time nor the memory to read it.
  if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
  return readFileSync(full);
}

function describeInternalError(err: unknown): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'its structure is nested too deeply';
  return `internal error (${err instanceof Error ? err.message : String(err)}); please report it`;
}


function ruleSetFor(config: EffectiveConfig, options: CheckFilesOptions, cwd: string, cache: Map<string, RuleSet>): RuleSet {
  const paths = [...(options.ruleOptions?.paths ?? []).map((p) => resolve(cwd, p)), ...config.packs];
  const defaults = (options.ruleOptions?.defaults ?? true) && config.defaultPacks;
  const key = JSON.stringify([defaults, paths]);
  let set = cache.get(key);
  if (!set) {
    set = loadRules({ paths, defaults, disabled: options.ruleOptions?.disabled, cwd });
    cache.set(key, set);
  }
  return set;
}

function gate(score: ReturnType<typeof scoreFindings>, findings: Finding[], config: EffectiveConfig, minScore?: number) {
  const threshold = minScore ?? config.score.minScore;
  const reasons: string[] = [];
  if (threshold !== undefined && score.score < threshold) reasons.push(`score ${score.score} is below the minimum ${threshold}`);
  if (config.score.criticalFails && findings.some((f) => f.severity === 'critical')) reasons.push('a critical finding fails the file');
  return { ...score, passed: reasons.length === 0, ...(reasons.length ? { gate: reasons } : {}) };
}

function summarise(files: FileReport[]): Report['summary'] {
  const words = files.reduce((n, f) => n + (f.words ?? 0), 0);
  const penalty = files.reduce((n, f) => n + (f.penalty ?? 0), 0);
  const score = words > 0 ? Math.round((100 - (penalty * 1000) / words) * 100) / 100 : 100;
  return { files: files.length, words, penalty, score, failed: files.filter((f) => f.passed === false).map((f) => f.path) };
}

function unusedFinding(doc: Document, d: { kind: string; rules: string[]; line: number; column: number }): Finding {
  const at = Math.min(doc.source.length, (doc.lines.lineStarts[d.line - 1] ?? 0) + d.column - 1);
  const what = d.rules.length ? d.rules.join(', ') : 'all rules';
  return {
    ruleId: 'mtlint/unused-disable',
    severity: 'warning',
    category: 'style',
    message: `Unused mtlint-${d.kind} directive (${what}): nothing here is flagged any more; remove it.`,
    line: d.line,
    column: d.column,
    endLine: d.line,
    endColumn: d.column,
    text: '',
    suggestions: [],
    start: at,
    end: at,
  };
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOSPC':
      return 'no space left on the device; the original is unchanged';
    case 'EROFS':
      return 'read-only file system; the original is unchanged';
    case 'EFBIG':
      return 'file too large for the file system or the process limit; the original is unchanged';
    default:
      return e.message ?? String(err);
  }
}

