import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileReport, Report } from '../engine/report';
import { LineIndex } from '../kernel/positions';
import type { Edit, Finding, Severity } from '../kernel/types';
import { packageRoot } from '../loader/package-root';
import { reportUri } from './report-path';
import { ruleHelp } from './rule-help';
import type { FormatContext, Formatter } from './types';

/** Locations are relative to the checkout; this base id lets viewers resolve them (SARIF §3.14.14). */
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { critical: 'error', error: 'error', warning: 'warning', info: 'note' };

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

let manifest: { version: string; homepage?: string } | undefined;
function packageManifest(): { version: string; homepage?: string } {
  manifest ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
  return manifest!;
}

/** "Use the standard name "{suggestion}" instead of "{match}"." → a template a reader can scan. */
function shortDescription(template: string | undefined, id: string): string {
  const text = (template ?? '').replace(/\{\w+\}/g, '…').trim();
  return /\p{L}/u.test(text.replace(/…/g, '')) ? text : id;
}

function ruleDescriptor(id: string, ctx: FormatContext, example: Finding | undefined): Record<string, unknown> {
  const rule = ctx.rule(id);
  const severity = rule?.severity ?? example?.severity ?? 'warning';
  const descriptor: Record<string, unknown> = {
    id,
    shortDescription: { text: shortDescription(rule?.message, id) },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { category: rule?.category ?? example?.category, severity },
  };
  if (rule) {
    descriptor.fullDescription = { text: rule.description };
    descriptor.help = ruleHelp(rule);
  }
  return descriptor;
}

/**
 * A fix's region from its offsets: `fix` may reach wider than the finding (a whole boilerplate
 * line), so the finding's own line/column cannot be reused. Without the source text only a fix
 * that covers exactly the finding can be placed.
 */
function editRegion(edit: Edit, finding: Finding, lines: LineIndex | undefined): Region | undefined {
  if (edit.start === finding.start && edit.end === finding.end) return findingRegion(finding);
  if (!lines) return undefined;
  const start = lines.position(edit.start);
  const end = lines.position(edit.end);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function findingRegion(f: Finding): Region {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

function fixDescription(text: string): string {
  return text === '' ? 'Delete the flagged text' : `Replace with "${text}"`;
}

/** The edit `--fix` would apply first, then each other suggestion over exactly the flagged span. */
function fixes(f: Finding, uri: string, lines: LineIndex | undefined): Record<string, unknown>[] {
  const edits: Edit[] = [];
  if (f.fix) edits.push(f.fix);
  for (const s of f.suggestions.slice(f.fix ? 1 : 0)) edits.push({ start: f.start, end: f.end, text: s });
  const out: Record<string, unknown>[] = [];
  for (const edit of edits) {
    const deletedRegion = editRegion(edit, f, lines);
    if (!deletedRegion) continue;
    out.push({
      description: { text: fixDescription(edit.text) },
      artifactChanges: [{ artifactLocation: { uri, uriBaseId: SRCROOT }, replacements: [{ deletedRegion, insertedContent: { text: edit.text } }] }],
    });
  }
  return out;
}

/** The quality score and gate verdict of each file, when the score feature filled them in. */
function scoreProperties(report: Report, ctx: FormatContext): Record<string, unknown> | undefined {
  const scores = report.files.flatMap((file) => {
    // Read loosely: the score fields are optional in the report contract and may be absent.
    const fields = file as FileReport & Record<string, unknown>;
    if (typeof fields.score !== 'number') return [];
    const entry: Record<string, unknown> = { uri: reportUri(file.path, ctx.cwd) };
    for (const key of ['score', 'penalty', 'words', 'passed', 'gate']) if (fields[key] !== undefined) entry[key] = fields[key];
    return [entry];
  });
  const summary = (report as Report & Record<string, unknown>).summary;
  if (!scores.length && summary === undefined) return undefined;
  return { ...(scores.length ? { scores } : {}), ...(summary !== undefined ? { summary } : {}) };
}

/**
 * SARIF 2.1.0, the format GitHub code scanning and most static-analysis viewers take. Rules are
 * listed only when they produced a finding, as code scanning expects.
 */
export const sarif: Formatter = (report, ctx) => {
  const ruleIndex = new Map<string, number>();
  const rules: Record<string, unknown>[] = [];
  const indexOf = (id: string, example?: Finding) => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.push(ruleDescriptor(id, ctx, example)) - 1;
      ruleIndex.set(id, index);
    }
    return index;
  };

  const results: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  for (const file of report.files) {
    const uri = reportUri(file.path, ctx.cwd);
    const source = ctx.source(file.path);
    const lines = source === undefined ? undefined : new LineIndex(source);
    for (const f of file.findings) {
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: indexOf(f.ruleId, f),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region: findingRegion(f) } }],
        properties: { severity: f.severity, category: f.category },
      };
      const changes = fixes(f, uri, lines);
      if (changes.length) result.fixes = changes;
      results.push(result);
    }
    for (const e of file.errors ?? []) {
      const physicalLocation: Record<string, unknown> = { artifactLocation: { uri, uriBaseId: SRCROOT } };
      if (e.byteOffset !== undefined) physicalLocation.region = { byteOffset: e.byteOffset };
      const notification: Record<string, unknown> = { level: 'error', message: { text: `${file.path}: ${e.message}` }, locations: [{ physicalLocation }] };
      if (e.ruleId) notification.associatedRule = ruleIndex.has(e.ruleId) ? { id: e.ruleId, index: ruleIndex.get(e.ruleId) } : { id: e.ruleId };
      notifications.push(notification);
    }
  }

  const { version, homepage } = packageManifest();
  const driver: Record<string, unknown> = { name: 'mtlint', version, rules };
  if (homepage) driver.informationUri = homepage;
  const invocation: Record<string, unknown> = { executionSuccessful: notifications.length === 0 };
  if (notifications.length) invocation.toolExecutionNotifications = notifications;
  const run: Record<string, unknown> = {
    tool: { driver },
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
    invocations: [invocation],
    columnKind: 'utf16CodeUnits',
    results,
  };
  const properties = scoreProperties(report, ctx);
  if (properties) run.properties = properties;
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2) + '\n';
};

function directoryUri(dir: string): string {
  const { href } = pathToFileURL(dir);
  return href.endsWith('/') ? href : href + '/';
}
