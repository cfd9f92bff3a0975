import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_SCORE } from '../engine/score';
import { UsageError } from '../schema/diagnostic';
import { configSchema } from './config-schema';
import type { ConfigFile, EffectiveConfig, LoadedConfig } from './types';

// Loaded when a configuration file or ignore file turns up; most runs have neither.
const validator = () => require('../schema/validator') as typeof import('../schema/validator');
const picomatch = () => require('picomatch') as typeof import('picomatch');
const ignore = () => (require('ignore') as typeof import('ignore'))();

export const CONFIG_NAME = '.mtlintrc.json';
export const IGNORE_NAME = '.mtlintignore';

/** Loads and validates one config file; problems come back with file:line:col, exit 2. */
export function readConfigFile(file: string, cwd: string): LoadedConfig {
  const shown = relative(cwd, file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new UsageError(`${shown}: cannot read the configuration: ${(err as Error).message}`);
  }
  const { source, errors } = validator().validateJson(shown, text, configSchema());
  if (errors.length || !source) throw new UsageError('invalid configuration', errors);
  return { file, dir: dirname(file), config: source.value as ConfigFile };
}

/**
 * Finds the configuration for files: `--config` when given, otherwise every `.mtlintrc.json`
 * from the file's folder upward until one says `"root": true`. Results are cached per folder.
 */
export class ConfigResolver {
  private readonly chains = new Map<string, LoadedConfig[]>();
  private readonly files = new Map<string, LoadedConfig>();
  private readonly ignores = new Map<string, ReturnType<typeof ignore> | null>();

  constructor(
    private readonly cwd: string,
    private readonly explicit?: string,
  ) {}

  private load(file: string): LoadedConfig {
    let c = this.files.get(file);
    if (!c) {
      c = readConfigFile(file, this.cwd);
      this.files.set(file, c);
    }
    return c;
  }

  /** Configs that apply in `dir`, outermost first. */
  chain(dir: string): LoadedConfig[] {
    if (this.explicit) return [this.load(resolve(this.cwd, this.explicit))];
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const here = join(dir, CONFIG_NAME);
    const own = existsSync(here) ? this.load(here) : undefined;
    const parent = dirname(dir);
    const inherited = own?.config.root || parent === dir ? [] : this.chain(parent);
    const result = own ? [...inherited, own] : inherited;
    this.chains.set(dir, result);
    return result;
  }

  /** `.mtlintignore` files from `dir` upward, gitignore syntax. */
  private ignoredBy(dir: string, file: string): boolean {
    for (let d = dir; ; d = dirname(d)) {
      let ig = this.ignores.get(d);
      if (ig === undefined) {
        const f = join(d, IGNORE_NAME);
        ig = existsSync(f) ? ignore().add(readFileSync(f, 'utf8')) : null;
        this.ignores.set(d, ig);
      }
      const rel = relative(d, file);
      if (ig && rel && !rel.startsWith('..') && ig.ignores(rel)) return true;
      if (dirname(d) === d) return false;
    }
  }

  /** The settings for one article (or, for stdin, an imaginary file at `path`). */
  forFile(path: string): EffectiveConfig {
    const file = isAbsolute(path) ? path : resolve(this.cwd, path);
    const chain = this.chain(dirname(file));
    const effective = baseConfig();
    effective.configFiles = chain.map((c) => c.file);
    effective.ignored = this.ignoredBy(dirname(file), file);
    for (const { dir, config } of chain) {
      const rel = relative(dir, file).split('\\').join('/');
      effective.packs.push(...(config.packs ?? []).map((p) => resolve(dir, p)));
      if (config.defaultPacks !== undefined) effective.defaultPacks = config.defaultPacks;
      Object.assign(effective.rules, config.rules);
      effective.allowlist.push(...(config.allowlist ?? []));
      if (config.ignore?.length && !rel.startsWith('..') && ignore().add(config.ignore).ignores(rel)) effective.ignored = true;
      if (config.score) {
        Object.assign(effective.score.weights, config.score.weights);
        Object.assign(effective.score.categories, config.score.categories);
        if (config.score.minScore !== undefined) effective.score.minScore = config.score.minScore;
        if (config.score.criticalFails !== undefined) effective.score.criticalFails = config.score.criticalFails;
      }
      if (config.plainTextComment) effective.plainTextComment = config.plainTextComment;
      for (const o of config.overrides ?? []) {
        if (!picomatch()(o.files, { dot: true, matchBase: !o.files.some((g) => g.includes('/')) })(rel)) continue;
        Object.assign(effective.rules, o.rules);
        effective.allowlist.push(...(o.allowlist ?? []));
      }
    }
    return effective;
  }
}

/** The settings when no configuration file applies. */
export function baseConfig(): EffectiveConfig {
  return {
    configFiles: [],
    packs: [],
    defaultPacks: true,
    rules: {},
    allowlist: [],
    ignored: false,
    score: { weights: { ...DEFAULT_SCORE.weights }, categories: {}, criticalFails: true },
    plainTextComment: '#',
  };
}

export function starterConfig(schemaPath: string): string {
  return (
    JSON.stringify(
      {
        $schema: schemaPath,
        root: true,
        packs: [],
        rules: { 'zh-en/us-abbreviation': 'off' },
        allowlist: [],
        ignore: ['node_modules/', 'drafts/'],
        overrides: [{ files: ['opinion/**'], rules: { 'zh-en/us-abbreviation': 'warning' } }],
        score: { weights: { info: 0, warning: 1, error: 5, critical: 25 }, minScore: 90 },
      },
      null,
      2,
    ) + '\n'
  );
}
