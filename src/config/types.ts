import type { Severity } from '../kernel/types';

export type RuleSetting = 'off' | Severity;

export interface ConfigFile {
  root?: boolean;
  packs?: string[];
  defaultPacks?: boolean;
  rules?: Record<string, RuleSetting>;
  allowlist?: string[];
  ignore?: string[];
  overrides?: { files: string[]; rules?: Record<string, RuleSetting>; allowlist?: string[] }[];
  score?: { weights?: Partial<Record<Severity, number>>; categories?: Record<string, number>; minScore?: number; criticalFails?: boolean };
  plainTextComment?: string;
}

/** A config file as loaded: its folder resolves relative paths and globs. */
export interface LoadedConfig {
  file: string;
  dir: string;
  config: ConfigFile;
}

/** What applies to one article, after merging the config chain and matching overrides. */
export interface EffectiveConfig {
  configFiles: string[];
  packs: string[];
  defaultPacks: boolean;
  rules: Record<string, RuleSetting>;
  allowlist: string[];
  ignored: boolean;
  score: { weights: Record<Severity, number>; categories: Record<string, number>; minScore?: number; criticalFails: boolean };
  plainTextComment: string;
}
