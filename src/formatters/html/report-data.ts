import { basename } from 'node:path';
import { DECISIONS_FORMAT } from '../../engine/decisions-file';
import { findingContexts } from '../../engine/finding-context';
import type { FileReport, Report } from '../../engine/report';
import { sha256 } from '../../io/atomic-write';
import { encode, type Encoding } from '../../io/decode';
import type { FixPlan } from '../../kernel/apply-decisions';
import { buildFixPlan } from '../../kernel/fix-plan';
import { editRank } from '../../kernel/fix-loop';
import { SEVERITIES, type Finding, type Severity, type Span } from '../../kernel/types';
import type { FormatContext } from '../types';
import { sentenceDiff, type DiffPart } from '../word-diff';

/** Everything the report page shows, as the JSON embedded in it. */
export interface ReportData {
  decisionsFormat: string;
  /** Names this report's saved decisions in the browser's storage. */
  id: string;
  files: FileData[];
}

export interface FileData {
  path: string;
  /** The name "Download corrected article" saves under. */
  downloadName: string;
  /** Null when the file could not be read. */
  text: string | null;
  sha256: string | null;
  encoding: Encoding;
  bom: boolean;
  score?: number;
  penalty?: number;
  words?: number;
  passed?: boolean;
  gate?: string[];
  errors: string[];
  counts: Record<Severity, number>;
  /** Categories by number of findings, most first. */
  categories: [string, number][];
  findings: FindingData[];
  plan: FixPlan | null;
}

export interface FindingData extends Omit<Finding, 'fix'> {
  id: number;
  description: string;
  fix?: Finding['fix'];
  /** The fix reaches beyond the flagged text (a whole line, a space before it). */
  wideFix: boolean;
  sentence: Span;
  context: string;
  contextHash: string;
  /** The sentence before and after each suggestion, word by word. */
  diffs: DiffPart[][];
}

function downloadName(path: string): string {
  const name = basename(path.replace(/\\/g, '/')) || 'article.txt';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}.corrected${name.slice(dot)}` : `${name}.corrected`;
}

/** A plan with no passes to replay: each accepted fix applies on its own (see apply-decisions). */
function standalonePlan(findings: Finding[]): FixPlan {
  return { findings: findings.map((f, id) => ({ id, start: f.start, end: f.end, rank: editRank(f), ...(f.fix ? { fix: f.fix } : {}) })), units: [], superseded: [], settled: false };
}

function fileData(file: FileReport, ctx: FormatContext): FileData {
  const meta = ctx.file?.(file.path);
  // After --fix the findings refer to the text that was written, not to the text that was read.
  const text = (file.fixed ? ctx.fixed(file.path) : undefined) ?? ctx.source(file.path) ?? null;
  const encoding = (meta?.encoding ?? 'utf-8') as Encoding;
  const bom = meta?.bom ?? false;
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const categories = new Map<string, number>();
  for (const f of file.findings) {
    counts[f.severity]++;
    categories.set(f.category, (categories.get(f.category) ?? 0) + 1);
  }
  const base = {
    path: file.path,
    downloadName: downloadName(file.path),
    encoding,
    bom,
    ...(file.score !== undefined ? { score: file.score } : {}),
    ...(file.penalty !== undefined ? { penalty: file.penalty } : {}),
    ...(file.words !== undefined ? { words: file.words } : {}),
    ...(file.passed !== undefined ? { passed: file.passed } : {}),
    ...(file.gate ? { gate: file.gate } : {}),
    errors: (file.errors ?? []).map((e) => e.message),
    counts,
    categories: [...categories].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  };
  if (text === null) return { ...base, text: null, sha256: null, findings: [], plan: null };

  const contexts = findingContexts(file.path, text, file.findings);
  const findings = file.findings.map((f, id): FindingData => {
    const c = contexts[id];
    return {
      ...f,
      id,
      description: ctx.rule(f.ruleId)?.description ?? '',
      wideFix: Boolean(f.fix && (f.fix.start !== f.start || f.fix.end !== f.end)),
      sentence: c.sentence,
      context: c.text,
      contextHash: c.hash,
      diffs: f.suggestions.map((s) => sentenceDiff(text, c.sentence, f, s)),
    };
  });
  const result = file.fixed ? undefined : ctx.fixResult?.(file.path);
  const plan = result ? buildFixPlan(text, file.findings, result) : standalonePlan(file.findings);
  // The hash of the bytes as they are on disk now: re-encoding valid input gives the same bytes.
  const digest = file.fixed || !meta?.sha256 ? sha256(encode(text, { encoding, bom })) : meta.sha256;
  return { ...base, text, sha256: digest, findings, plan };
}

export function reportData(report: Report, ctx: FormatContext): ReportData {
  const files = report.files.map((f) => fileData(f, ctx));
  const id = sha256(Buffer.from(JSON.stringify(files.map((f) => [f.path, f.sha256, f.findings.length])))).slice(0, 16);
  return { decisionsFormat: DECISIONS_FORMAT, id, files };
}
