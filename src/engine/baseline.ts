import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/atomic-write';
import type { Document } from '../kernel/document';
import type { Finding } from '../kernel/types';
import { UsageError } from '../schema/diagnostic';
import { writeFileSync } from 'node:fs';

/**
 * Findings an editor has accepted as fine. An entry is keyed on the rule, the flagged text and
 * a hash of the sentence around it, not on line numbers, so edits elsewhere in the article keep
 * it valid, while a rewrite of that sentence brings the finding back for another look.
 */
export interface BaselineEntry {
  path: string;
  ruleId: string;
  text: string;
  context: string;
}

export interface BaselineFile {
  version: 1;
  entries: BaselineEntry[];
}

/** Hashes already computed per document and range: findings share sentences. */
const contextHashes = new WeakMap<Document, Map<string, string>>();

export function contextHash(doc: Document, f: Pick<Finding, 'start' | 'end'>): string {
  const sentence = doc.sentenceAt(f.start) ?? doc.paragraphAt(f.start) ?? { start: f.start, end: f.end };
  const start = Math.min(sentence.start, f.start);
  const end = Math.max(sentence.end, f.end);
  // Hashing the sentence again for each of its findings is quadratic on a long unbroken text.
  let hashes = contextHashes.get(doc);
  if (!hashes) contextHashes.set(doc, (hashes = new Map()));
  let hash = hashes.get(`${start}:${end}`);
  if (hash === undefined) {
    const text = doc.source.slice(start, end).replace(/\s+/g, ' ').trim();
    hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    hashes.set(`${start}:${end}`, hash);
  }
  return hash;
}

export function entryKey(e: BaselineEntry): string {
  return JSON.stringify([e.path, e.ruleId, e.text, e.context]);
}

export class Baseline {
  private readonly counts = new Map<string, number>();

  constructor(readonly entries: BaselineEntry[] = []) {
    for (const e of entries) this.counts.set(entryKey(e), (this.counts.get(entryKey(e)) ?? 0) + 1);
  }

  static read(file: string): Baseline {
    if (!existsSync(file)) return new Baseline();
    let data: BaselineFile;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new UsageError(`${file}: not a valid baseline file: ${(err as Error).message}`);
    }
    if (data?.version !== 1 || !Array.isArray(data.entries)) throw new UsageError(`${file}: not a valid baseline file (expected {"version": 1, "entries": [...]})`);
    return new Baseline(data.entries);
  }

  /** Drops baselined findings; each entry absorbs as many findings as it was recorded for. */
  filter(path: string, doc: Document, findings: Finding[]): Finding[] {
    const left = new Map(this.counts);
    return findings.filter((f) => {
      const key = entryKey({ path, ruleId: f.ruleId, text: f.text, context: contextHash(doc, f) });
      const n = left.get(key) ?? 0;
      if (n === 0) return true;
      left.set(key, n - 1);
      return false;
    });
  }

  static entriesFor(path: string, doc: Document, findings: Finding[]): BaselineEntry[] {
    return findings.map((f) => ({ path, ruleId: f.ruleId, text: f.text, context: contextHash(doc, f) }));
  }

  static write(file: string, entries: BaselineEntry[]): void {
    const sorted = [...entries].sort((a, b) => (entryKey(a) < entryKey(b) ? -1 : entryKey(a) > entryKey(b) ? 1 : 0));
    const body = JSON.stringify({ version: 1, entries: sorted } satisfies BaselineFile, null, 2) + '\n';
    if (existsSync(file)) writeFileAtomic(file, Buffer.from(body));
    else writeFileSync(file, body);
  }
}
