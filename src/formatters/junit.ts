import type { FileReport } from '../engine/report';
import type { Finding } from '../kernel/types';
import { gateFailure } from './quality-gate';
import { reportPath } from './report-path';
import type { Formatter } from './types';

// XML 1.0 cannot carry these at all, not even as character references; lone surrogates included.
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Element text; a raw CR would be turned into LF by every parser, so it travels as a reference. */
export function xmlText(s: string): string {
  return s.replace(ILLEGAL_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values also escape quotes, and keep tabs and line breaks, which parsers would turn into spaces. */
export function xmlAttribute(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

const isFailure = (f: Finding) => f.severity === 'error' || f.severity === 'critical';

function suggestionLine(f: Finding): string {
  if (!f.suggestions.length) return 'suggestion: none automatic; needs an editor';
  return `suggestion: ${f.suggestions.map((s) => (s === '' ? 'delete it' : `“${s}”`)).join(' or ')}`;
}

function findingText(path: string, f: Finding): string {
  return `${path}:${f.line}:${f.column} ${f.ruleId} ${f.message}\n${suggestionLine(f)}`;
}

function testcase(file: FileReport, path: string): string {
  const body: string[] = [];
  for (const e of file.errors ?? []) {
    body.push(`      <error message="${xmlAttribute(e.message)}" type="${xmlAttribute(e.ruleId ?? 'mtlint/file-not-checked')}">${xmlText(`${path}: ${e.message}`)}</error>`);
  }
  for (const f of file.findings.filter(isFailure)) {
    body.push(`      <failure message="${xmlAttribute(f.message)}" type="${xmlAttribute(f.ruleId)}">${xmlText(findingText(path, f))}</failure>`);
  }
  const gate = gateFailure(file);
  if (gate) {
    const message = `Quality gate failed: ${gate.join('; ')}.`;
    body.push(`      <failure message="${xmlAttribute(message)}" type="mtlint/quality-gate">${xmlText(`${path}: ${message}`)}</failure>`);
  }
  // Jenkins, Azure and GitLab show only the first <failure> of a test case, so the output lists
  // every finding (warnings and info included) where a reader will look next.
  if (file.findings.length) {
    const lines = file.findings.map((f) => `${f.severity}: ${findingText(path, f)}`);
    body.push(`      <system-out>${xmlText(lines.join('\n'))}</system-out>`);
  }
  const open = `    <testcase classname="${xmlAttribute(path)}" name="${xmlAttribute(path)}"`;
  return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
}

/**
 * JUnit XML for GitLab, Jenkins and Azure test reports: one test case per article, which fails
 * on error and critical findings and on the quality gate, and errors when the article could not
 * be checked.
 */
export const junit: Formatter = (report, ctx) => {
  let failures = 0;
  let errors = 0;
  const cases: string[] = [];
  for (const file of report.files) {
    // Counts are of test cases, as in Ant's JUnit schema; an error outranks a failure.
    if (file.errors?.length) errors++;
    else if (file.findings.some(isFailure) || gateFailure(file)) failures++;
    cases.push(testcase(file, reportPath(file.path, ctx.cwd)));
  }
  const counts = `tests="${report.files.length}" failures="${failures}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mtlint" ${counts}>`,
    `  <testsuite name="mtlint" ${counts} skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
