import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { checkFiles } from '../../src/engine/check-files';
import type { FileReport, Report } from '../../src/engine/report';
import type { FormatContext } from '../../src/formatters/types';
import type { Finding } from '../../src/kernel/types';
import { loadRules, type RuleSet } from '../../src/loader/load-rules';
import { REPO } from '../helpers';

let bundled: RuleSet | undefined;

/** The seed article run through the real engine with the bundled packs, and a context over it. */
export function seedReport(): { report: Report; ctx: FormatContext } {
  bundled ??= loadRules({ cwd: REPO });
  const rules = bundled;
  const { report, sources } = checkFiles(['samples/biden-iraq-2021.en.txt'], { rules, cwd: REPO, config: false });
  return { report, ctx: { rule: (id) => rules.rule(id), source: (p) => sources.get(p), fixed: () => undefined, color: false, cwd: REPO } };
}

/** A hand-made report, for text no rule pack would produce (hostile file names and messages). */
export function fakeContext(sources: Record<string, string> = {}, cwd = '/repo'): FormatContext {
  return { rule: () => undefined, source: (p) => sources[p], fixed: () => undefined, color: false, cwd };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'test/rule',
    severity: 'error',
    category: 'terminology',
    message: 'Use B',
    line: 1,
    column: 5,
    endLine: 1,
    endColumn: 6,
    text: 'A',
    suggestions: ['B'],
    start: 4,
    end: 5,
    ...overrides,
  };
}

export function report(...files: FileReport[]): Report {
  return { version: 1, files };
}

// RFC 3986 characters: unreserved, reserved, and percent-encoded octets; nothing else (no spaces).
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * A validator for the official SARIF 2.1.0 schema (draft-04), kept in shared/ beside the
 * repository. Its uri formats are checked too, so an unencoded space in a path fails.
 */
export function sarifValidator() {
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', (s: string) => URI_CHARS.test(s) && SCHEME.test(s));
  // A relative reference must not have a colon in its first segment (it would read as a scheme).
  ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s) && (SCHEME.test(s) || !/^[^/?#]*:/.test(s)));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)));
  return ajv.compile(require(join(REPO, '../shared/schemas/sarif-schema-2.1.0.json')));
}
