import { Document } from '../kernel/document';
import { fixUntilStable, type FixResult } from '../kernel/fix-loop';
import type { RunOptions } from '../kernel/runner';
import type { Finding } from '../kernel/types';
import { loadRules, type RuleSet } from '../loader/load-rules';
import type { FileReport, Report } from './report';
import { analyse, type AnalyseOptions } from './analyse';
import { baseConfig } from '../config/load-config';

export interface CheckOptions extends RunOptions {
  /** Compiled rules; loaded from `rulePaths` (plus the bundled packs) when omitted. */
  rules?: RuleSet;
  rulePaths?: string[];
  defaultRules?: boolean;
  /**
   * Path shown in the report. Its extension picks the format, as for files on the command line:
   * `.md` and `.html` are checked as prose with the markup left alone; anything else as plain text.
   */
  filename?: string;
}

let defaultRuleSet: RuleSet | undefined;

function ruleSetFor(options: CheckOptions): RuleSet {
  if (options.rules) return options.rules;
  if (!options.rulePaths?.length && options.defaultRules !== false) return (defaultRuleSet ??= loadRules());
  return loadRules({ paths: options.rulePaths, defaults: options.defaultRules });
}

/** Checks decoded text (BOM already removed) and returns the findings and any rule failures. */
export function checkText(text: string, rules: RuleSet, options: RunOptions = {}): { findings: Finding[]; errors: FileReport['errors'] } {
  const result = rules.runner.run(new Document(text), options);
  const errors = result.failures.map((f) => ({ ruleId: f.ruleId, message: `rule "${f.ruleId}" failed: ${f.message}` }));
  return { findings: result.findings, errors: errors.length ? errors : undefined };
}

/**
 * Checks one text. This is the library entry point: it returns the same report object that
 * `mtlint check --format json` prints, found the same way: the format of `filename`, inline
 * suppressions and the default settings (no configuration file is read).
 */
export function check(text: string, options: CheckOptions = {}): Report {
  const path = options.filename ?? '<text>';
  const result = analyse(text.replace(/^\uFEFF/, ''), analyseOptions(options, path));
  const file: FileReport = { path, findings: result.findings };
  if (result.failures.length) file.errors = result.failures.map((f) => ({ ruleId: f.ruleId, message: `rule "${f.ruleId}" failed: ${f.message}` }));
  return { version: 1, files: [file] };
}

/** Applies every applicable fix, pass after pass, until the text is stable (BOM already removed). */
export function fix(text: string, options: CheckOptions = {}): FixResult {
  const settings = analyseOptions(options, options.filename ?? '<text>');
  return fixUntilStable(text, (t) => analyse(t, settings).findings);
}

function analyseOptions(options: CheckOptions, path: string): AnalyseOptions {
  return { ...options, path, reportPath: path, rules: ruleSetFor(options), config: baseConfig() };
}
