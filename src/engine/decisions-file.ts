import type { Choice, FixPlan } from '../kernel/apply-decisions';
import { UsageError } from '../schema/diagnostic';

/** Marks a decisions file; the HTML report writes it and `mtlint apply` reads it. */
export const DECISIONS_FORMAT = 'mtlint-decisions';

/** One editor's decision on one finding, with what a baseline needs to recognise it later. */
export interface Decision extends Choice {
  ruleId: string;
  /** The flagged text, and where it is in the file the report was made from. */
  text: string;
  start: number;
  end: number;
  /** The sentence around it, and the baseline's hash of that sentence. */
  context: string;
  contextHash: string;
  /** On a rejected finding: the editor wants it recorded in the baseline, not reported again. */
  baseline?: boolean;
}

export interface FileDecisions {
  path: string;
  /** SHA-256 of the file's bytes when the report was made; `apply` refuses a file that changed. */
  sha256: string;
  plan: FixPlan;
  decisions: Decision[];
}

export interface DecisionsFile {
  format: typeof DECISIONS_FORMAT;
  version: 1;
  files: FileDecisions[];
}

type Check = (ok: boolean, where: string, what: string) => void;

function isEdit(v: unknown): v is { start: number; end: number; text: string } {
  const e = v as Record<string, unknown>;
  return Boolean(e) && typeof e === 'object' && Number.isInteger(e.start) && Number.isInteger(e.end) && typeof e.text === 'string' && (e.start as number) >= 0 && (e.end as number) >= (e.start as number);
}

const isIds = (v: unknown) => Array.isArray(v) && v.every((x) => Number.isInteger(x));

function checkPlan(plan: Record<string, unknown>, at: string, check: Check): void {
  check(Boolean(plan) && typeof plan === 'object', at, 'must be an object');
  if (!plan || typeof plan !== 'object') return;
  check(typeof plan.settled === 'boolean', `${at}.settled`, 'must be true or false');
  check(Array.isArray(plan.findings), `${at}.findings`, 'must be a list');
  check(Array.isArray(plan.units), `${at}.units`, 'must be a list');
  check(Array.isArray(plan.superseded), `${at}.superseded`, 'must be a list');
  (Array.isArray(plan.findings) ? plan.findings : []).forEach((f: Record<string, unknown>, i) => {
    const ok = f && Number.isInteger(f.id) && Number.isInteger(f.start) && Number.isInteger(f.end) && typeof f.rank === 'number' && (f.fix === undefined || isEdit(f.fix));
    check(Boolean(ok), `${at}.findings[${i}]`, 'must be {id, start, end, rank, fix?}');
  });
  (Array.isArray(plan.units) ? plan.units : []).forEach((u: Record<string, unknown>, i) => {
    check(Boolean(u) && isEdit(u.edit) && isIds(u.owns) && isIds(u.needs), `${at}.units[${i}]`, 'must be {edit, owns, needs}');
  });
  (Array.isArray(plan.superseded) ? plan.superseded : []).forEach((s: Record<string, unknown>, i) => {
    check(Boolean(s) && Number.isInteger(s.id) && isIds(s.by), `${at}.superseded[${i}]`, 'must be {id, by}');
  });
}

function checkDecision(d: Record<string, unknown>, at: string, check: Check): void {
  check(Boolean(d) && typeof d === 'object', at, 'must be an object');
  if (!d || typeof d !== 'object') return;
  check(Number.isInteger(d.id), `${at}.id`, 'must be a finding number');
  check(['accept', 'reject', 'edit'].includes(d.verdict as string), `${at}.verdict`, `must be one of accept, reject, edit (got ${JSON.stringify(d.verdict)})`);
  check(d.verdict !== 'edit' || typeof d.replacement === 'string', `${at}.replacement`, 'must be the replacement text when the verdict is edit');
  for (const key of ['ruleId', 'text', 'context', 'contextHash']) check(typeof d[key] === 'string', `${at}.${key}`, 'must be a string');
  check(Number.isInteger(d.start) && Number.isInteger(d.end), `${at}.start/end`, 'must be offsets');
  check(d.baseline === undefined || typeof d.baseline === 'boolean', `${at}.baseline`, 'must be true or false');
}

/** Reads a decisions file, naming every problem in it at once; throws UsageError (exit 2). */
export function parseDecisions(json: string, name: string): DecisionsFile {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new UsageError(`${name}: not valid JSON: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object' || data.format !== DECISIONS_FORMAT) {
    throw new UsageError(`${name}: not an mtlint decisions file (expected "format": "${DECISIONS_FORMAT}"); download one with "Download decisions" in the HTML report`);
  }
  const problems: string[] = [];
  const check: Check = (ok, where, what) => {
    if (!ok) problems.push(`${name}: ${where} ${what}`);
  };
  check(data.version === 1, 'version', `must be 1 (got ${JSON.stringify(data.version)})`);
  check(Array.isArray(data.files), 'files', 'must be a list');
  (Array.isArray(data.files) ? data.files : []).forEach((f: Record<string, unknown>, i) => {
    const at = `files[${i}]`;
    check(Boolean(f) && typeof f === 'object', at, 'must be an object');
    if (!f || typeof f !== 'object') return;
    check(typeof f.path === 'string' && f.path !== '', `${at}.path`, 'must name the article');
    check(typeof f.sha256 === 'string' && /^[0-9a-f]{64}$/.test(f.sha256), `${at}.sha256`, 'must be the SHA-256 of the file, in hex');
    checkPlan(f.plan as Record<string, unknown>, `${at}.plan`, check);
    check(Array.isArray(f.decisions), `${at}.decisions`, 'must be a list');
    (Array.isArray(f.decisions) ? f.decisions : []).forEach((d: Record<string, unknown>, j) => checkDecision(d, `${at}.decisions[${j}]`, check));
  });
  if (problems.length) throw new UsageError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the decisions file:\n${problems.join('\n')}`);
  return data as unknown as DecisionsFile;
}
