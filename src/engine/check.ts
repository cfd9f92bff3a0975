import { Document } from '../kernel/document';
import { fixUntilStable, type FixResult } from '../kernel/fix-loop';
import type { RunOptions } from '../kernel/runner';
import type { Finding } from '../kernel/types';
import { loadRules, type RuleSet } from '../loader/load-rules';
import type { FileReport, Report } from './report';

export interface CheckOptions extends RunOptions {
  /** Compiled rules; loaded from `rulePaths` (plus the bundled packs) when omitted. */
  rules?: RuleSet;
  rulePaths?: string[];
  defaultRules?: boolean;
  /** Path shown in the report. */
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
 * `mtlint check --format json` prints.
 */
export function check(text: string, options: CheckOptions = {}): Report {
  const rules = ruleSetFor(options);
  const { findings, errors } = checkText(text.replace(/^\uFEFF/, ''), rules, options);
  const file: FileReport = { path: options.filename ?? '<text>', findings };
  if (errors) file.errors = errors;
  return { version: 1, files: [file] };
}

/** Applies every applicable fix, pass after pass, until the text is stable. */
export function fix(text: string, options: CheckOptions = {}): FixResult {
  const rules = ruleSetFor(options);
  return fixUntilStable(text, (t) => rules.runner.run(new Document(t), options).findings);
}
