import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { EffectiveConfig } from '../config/types';
import type { FileReport } from './report';

interface CacheFile {
  version: 1;
  entries: Record<string, { key: string; report: FileReport }>;
}

/**
 * `--cache`: results keyed on the file's content hash plus the rules' and settings' hash, never
 * on modification times, which CI checkouts reset. A damaged cache file is ignored, not fatal.
 */
export class ResultCache {
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly data: CacheFile,
  ) {}

  static open(file: string): ResultCache {
    try {
      if (existsSync(file)) {
        const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
        if (data.version === 1 && data.entries && typeof data.entries === 'object') return new ResultCache(file, data);
      }
    } catch {
      // Start afresh: a cache is only ever an optimisation.
    }
    return new ResultCache(file, { version: 1, entries: {} });
  }

  static key(contentHash: string, rulesHash: string, config: EffectiveConfig, options: { minScore?: number; reportUnusedDisable?: boolean; baseline?: unknown }): string {
    const settings = JSON.stringify([config, options.minScore ?? null, options.reportUnusedDisable ?? false, options.baseline ? JSON.stringify(options.baseline) : null]);
    return createHash('sha256').update(contentHash).update('\0').update(rulesHash).update('\0').update(settings).digest('hex');
  }

  get(path: string, key: string): FileReport | undefined {
    const e = this.data.entries[path];
    return e && e.key === key ? e.report : undefined;
  }

  set(path: string, key: string, report: FileReport): void {
    this.data.entries[path] = { key, report };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    try {
      writeFileSync(this.file, JSON.stringify(this.data));
    } catch {
      // An unwritable cache costs speed next time, nothing else.
    }
  }
}
