import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { compileRegex, RuleRunner, type RunnerOptions } from '../kernel/runner';
import type { TextRegex } from '../kernel/text-regex';
import type { GazetteerEntry, Resources } from '../kernel/rule-kind';
import type { RuleMeta } from '../kernel/types';
import { ruleKinds } from '../kinds';
import type { Diagnostic } from '../schema/diagnostic';
import { UsageError } from '../schema/diagnostic';
import { ValidationCache, type ValidatedJson } from './validation-cache';
import { RegexFactsCache } from './regex-facts-cache';
import { HINT_MIN_BITS } from '../regex/hint-rarity';
import { gazetteerSchema, rulePackSchema } from '../schema/pack-schema';
import { englishDictionary } from './dictionary';
import { bundledRulesDir, packageVersion } from './package-root';

export interface RuleExample {
  text: string;
  suggestions?: string[];
}

export interface LoadedRule extends RuleMeta {
  examples: { bad: RuleExample[]; good: string[] };
  /** Pack file and position of the rule, for messages. */
  origin: { file: string; path: string; line: number; column: number; pack: string; bundled: boolean; trusted: boolean };
  [key: string]: unknown;
}

export interface RulePack {
  file: string;
  name: string;
  description: string;
  language: string;
  rules: LoadedRule[];
}

export interface LoadOptions {
  /** Extra packs: files or folders of `*.json`. */
  paths?: string[];
  /** Load the bundled packs too. Default true. */
  defaults?: boolean;
  /**
   * Packs (files or folders, among `paths`) to trust like the bundled ones: their patterns run on
   * JavaScript's own engine, with lookahead and backreferences but no protection against
   * catastrophic backtracking. Only for packs reviewed as carefully as the bundled ones.
   */
  trusted?: string[];
  /** Rule ids to leave out. */
  disabled?: Iterable<string>;
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
}

/** Everything needed to check text: the rules, their shared data, and the compiled runner. */
export class RuleSet {
  private compiledRunner?: RuleRunner;

  constructor(
    readonly packs: RulePack[],
    readonly resources: Resources,
    /** Hash of every pack and gazetteer file loaded, for caches keyed on the rules. */
    readonly hash: string = '',
    private readonly regexFacts = new RegexFactsCache(),
  ) {}

  get rules(): LoadedRule[] {
    return this.packs.flatMap((p) => p.rules);
  }

  rule(id: string): LoadedRule | undefined {
    return this.rules.find((r) => r.id === id);
  }

  get runner(): RuleRunner {
    if (!this.compiledRunner) {
      this.compiledRunner = new RuleRunner(ruleKinds, this.rules, this.resources, this.runnerOptions());
      this.regexFacts.save();
    }
    return this.compiledRunner;
  }

  /** A runner for a subset of the rules (used by the rule tester). */
  runnerFor(rules: LoadedRule[]): RuleRunner {
    return new RuleRunner(ruleKinds, rules, this.resources, this.runnerOptions());
  }

  private runnerOptions(): RunnerOptions {
    const facts = this.regexFacts;
    return {
      compileRegex: (rule, source, flags, field) => compileByTrust(rule, source, flags, field, (facts.get(source, flags)?.minLength ?? 0) > 0),
      analyseRegex: (source, flags, purpose) => facts.get(source, flags, purpose === 'hint' ? HINT_MIN_BITS : undefined)?.prefilter,
    };
  }
}

/** Trusted packs run on JavaScript's engine; every other pack's patterns on the linear-time one. */
function compileByTrust(rule: RuleMeta, source: string, flags: string, field: string, cannotMatchEmpty: boolean): TextRegex {
  const origin = (rule as Partial<LoadedRule>).origin;
  if (!origin || origin.trusted) return compileRegex(rule.id, source, flags, field, cannotMatchEmpty);
  // Loaded on first use, so that start-up with the bundled packs alone does not pay for the engine.
  const { compileUntrustedRegex } = require('../regex/compile-untrusted') as typeof import('../regex/compile-untrusted');
  return compileUntrustedRegex(rule.id, source, flags, field);
}

export function jsonFilesIn(path: string): string[] {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(path, f));
  }
  return [path];
}

function readText(file: string, shown: string, hash?: Hash): string {
  try {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    hash?.update(file).update('\0').update(text).update('\0');
    return text;
  } catch (err) {
    throw new UsageError(`${shown}: cannot read: ${(err as Error).message}`);
  }
}

/**
 * Loads, validates and compiles rule packs. Every problem in every file is collected and
 * reported together, each with file:line:col, before anything runs.
 */
export function loadRules(options: LoadOptions = {}): RuleSet {
  const cwd = options.cwd ?? process.cwd();
  const shown = (f: string) => {
    const r = relative(cwd, f);
    return r.startsWith('..') ? f : r;
  };
  const files: string[] = [];
  const bundled = new Set(options.defaults !== false ? jsonFilesIn(bundledRulesDir()) : []);
  files.push(...bundled);
  for (const p of options.paths ?? []) files.push(...jsonFilesIn(resolve(cwd, p)));
  const trusted = new Set([...bundled, ...(options.trusted ?? []).flatMap((p) => jsonFilesIn(resolve(cwd, p)))]);

  const errors: Diagnostic[] = [];
  const packs: RulePack[] = [];
  const sources = new Map<LoadedRule, ValidatedJson>();
  const gazetteer: GazetteerEntry[] = [];
  const gazetteerFiles = new Set<string>();
  const disabled = new Set(options.disabled ?? []);
  const packSchema = rulePackSchema();
  const validation = new ValidationCache();
  const hash = createHash('sha256').update(packageVersion());
  const gazSchema = gazetteerSchema();

  for (const file of [...new Set(files)]) {
    const name = shown(file);
    const { source, errors: fileErrors } = validation.validate(name, readText(file, name, hash), packSchema);
    errors.push(...fileErrors);
    if (!source || fileErrors.length) continue;
    const raw = source.value as { name: string; description: string; language: string; gazetteers?: string[]; rules: Record<string, unknown>[] };
    const rules = raw.rules.map((r) => {
      const rule = { ...r, origin: { file: name, path: file, ...source.locateId(String(r.id)), pack: raw.name, bundled: bundled.has(file), trusted: trusted.has(file) } } as LoadedRule;
      sources.set(rule, source);
      return rule;
    });
    packs.push({ file: name, name: raw.name, description: raw.description, language: raw.language, rules: rules.filter((r) => !disabled.has(r.id)) });
    (raw.gazetteers ?? []).forEach((g, gi) => {
      const target = resolve(dirname(file), g);
      if (!existsSync(target)) {
        errors.push(source.diagnostic(['gazetteers', gi], `gazetteers[${gi}]: ${g} does not exist`));
        return;
      }
      for (const gf of jsonFilesIn(target)) {
        if (gazetteerFiles.has(gf)) continue;
        gazetteerFiles.add(gf);
        const gname = shown(gf);
        const g2 = validation.validate(gname, readText(gf, gname, hash), gazSchema);
        errors.push(...g2.errors);
        if (g2.source && !g2.errors.length) {
          for (const e of (g2.source.value as { entries: GazetteerEntry[] }).entries) gazetteer.push({ ...e, source: gname });
        }
      }
    });
  }

  const known = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)).concat([...sources.keys()].map((r) => r.id)));
  for (const id of disabled) {
    if (!known.has(id)) errors.push({ file: '(options)', line: 1, column: 1, message: `cannot disable unknown rule "${id}"` });
  }

  // Ids must be unique across everything loaded; name both places.
  const seen = new Map<string, LoadedRule>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const first = seen.get(rule.id);
      if (first) {
        errors.push({
          ...rule.origin,
          message: `duplicate rule id "${rule.id}" (first defined at ${first.origin.file}:${first.origin.line}:${first.origin.column})`,
        });
      } else seen.set(rule.id, rule);
    }
  }

  const resources: Resources = {
    gazetteer,
    // Only the entity kind reads the word list; packs without it never pay for loading it.
    get dictionary() {
      return englishDictionary();
    },
  };
  const set = new RuleSet(packs, resources, hash.update(JSON.stringify([...disabled].sort())).digest('hex'));
  if (!errors.length) {
    // Bad patterns are reported against their rule and file, all of them at once.
    for (const err of set.runner.compileErrors) {
      const rule = set.rule(err.ruleId)!;
      const source = sources.get(rule)!;
      const index = (source.value as { rules: { id: string }[] }).rules.findIndex((r) => r.id === rule.id);
      const path = ['rules', index, ...err.field.split(/[.[\]]+/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
      errors.push(source.diagnostic(path, `rule "${rule.id}": ${err.message}`));
    }
  }
  validation.save();
  if (errors.length) throw new UsageError('invalid rule packs', errors);
  return set;
}
