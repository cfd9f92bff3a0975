import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../kernel/positions';
import type { Diagnostic } from '../schema/diagnostic';
import type { JsonSource } from '../schema/json-source';
import { cacheDir } from './cache-dir';
import { packageVersion } from './package-root';

// The validator (ajv) and the position-keeping parser load only when a file is not in the cache,
// or when a position in it is asked for: a start-up with unchanged packs needs neither.
const validator = () => require('../schema/validator') as typeof import('../schema/validator');
const jsonSource = () => require('../schema/json-source') as typeof import('../schema/json-source');

/** A validated JSON file that can say where its values are. */
export interface ValidatedJson {
  value: unknown;
  locate(path: (string | number)[]): { line: number; column: number };
  diagnostic(path: (string | number)[], message: string): Diagnostic;
  /** Position of the `"id": "…"` member with this value, cheaply, for rule origins. */
  locateId(id: string): { line: number; column: number };
}

/**
 * Remembers which exact file contents passed schema validation, so that start-up can skip the
 * validator (and loading ajv) for packs that have not changed. Keyed on the content, the schema
 * and the mtlint version; stored under the OS temp folder (or MTLINT_CACHE_DIR). Any problem with
 * the cache only costs the full validation.
 */
export class ValidationCache {
  private readonly file: string;
  private known: Set<string>;
  private dirty = false;

  constructor(dir = cacheDir()) {
    this.file = join(dir, `validated-${packageVersion()}.json`);
    try {
      this.known = new Set(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      this.known = new Set();
    }
  }

  private static key(text: string, schema: object): string {
    return createHash('sha256').update(JSON.stringify(schema)).update('\0').update(text).digest('hex');
  }

  validate(file: string, text: string, schema: object): { source?: ValidatedJson; errors: Diagnostic[] } {
    const key = ValidationCache.key(text, schema);
    if (this.known.has(key)) {
      try {
        return { source: lazySource(file, text, JSON.parse(text)), errors: [] };
      } catch {
        // Fall through to the full path, which reports the problem properly.
      }
    }
    const { source, errors } = validator().validateJson(file, text, schema);
    if (!source || errors.length) return { errors };
    this.known.add(key);
    this.dirty = true;
    return { source: withIds(source, text), errors: [] };
  }

  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true, mode: 0o700 });
      writeFileSync(this.file, JSON.stringify([...this.known].slice(-2000)));
      this.dirty = false;
    } catch {
      // Read-only or full temp folder: validation just runs again next time.
    }
  }
}

function idLocator(text: string): (id: string) => { line: number; column: number } {
  let lines: LineIndex | undefined;
  let offsets: Map<string, number> | undefined;
  return (id) => {
    lines ??= new LineIndex(text);
    if (!offsets) {
      offsets = new Map();
      for (const m of text.matchAll(/"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) if (!offsets.has(m[1])) offsets.set(m[1], m.index!);
    }
    return lines.position(offsets.get(id) ?? 0);
  };
}

function withIds(source: JsonSource, text: string): ValidatedJson {
  const locateId = idLocator(text);
  return {
    value: source.value,
    locate: (path) => source.locate(path),
    diagnostic: (path, message) => source.diagnostic(path, message),
    locateId,
  };
}

/** Positions are only needed for messages; the syntax tree is built when one is asked for. */
function lazySource(file: string, text: string, value: unknown): ValidatedJson {
  let tree: JsonSource | undefined;
  const full = () => (tree ??= jsonSource().JsonSource.parse(file, text).source!);
  return {
    value,
    locate: (path) => full().locate(path),
    diagnostic: (path, message) => full().diagnostic(path, message),
    locateId: idLocator(text),
  };
}
