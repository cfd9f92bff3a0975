import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document } from '../kernel/document';
import { fixUntilStable } from '../kernel/fix-loop';
import type { RunOptions } from '../kernel/runner';
import { sha256, writeFileAtomic } from '../io/atomic-write';
import { decode, DecodeError, encode, type Decoded } from '../io/decode';
import type { RuleSet } from '../loader/load-rules';
import { checkText } from './check';
import type { FileReport, Report } from './report';

export interface CheckFilesOptions extends RunOptions {
  rules: RuleSet;
  /** Write fixes back to the files. */
  fix?: boolean;
  /** Compute fixed texts without writing them (for the diff format). */
  computeFixes?: boolean;
  /** Name for text read from stdin (`-`). */
  stdinFilename?: string;
  readStdin?: () => Buffer;
  cwd?: string;
}

export interface CheckFilesResult {
  report: Report;
  sources: Map<string, string>;
  fixed: Map<string, string>;
}

function readInput(path: string, options: CheckFilesOptions): { bytes: Buffer; shown: string } {
  if (path === '-') {
    const bytes = (options.readStdin ?? (() => readFileSync(0)))();
    return { bytes, shown: options.stdinFilename ?? '<stdin>' };
  }
  const full = resolve(options.cwd ?? process.cwd(), path);
  const stat = statSync(full);
  if (stat.isDirectory()) throw new Error('is a folder, not a file');
  return { bytes: readFileSync(full), shown: path };
}

/** Checks files (or stdin), optionally fixing them in place; every file gets a report entry. */
export function checkFiles(paths: string[], options: CheckFilesOptions): CheckFilesResult {
  const files: FileReport[] = [];
  const sources = new Map<string, string>();
  const fixed = new Map<string, string>();
  for (const path of paths) {
    let input: { bytes: Buffer; shown: string };
    let decoded: Decoded;
    try {
      input = readInput(path, options);
    } catch (err) {
      files.push({ path, findings: [], errors: [{ message: `cannot read: ${describeFsError(err)}` }] });
      continue;
    }
    try {
      decoded = decode(input.bytes);
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err;
      files.push({ path: input.shown, findings: [], errors: [{ message: err.message, byteOffset: err.byteOffset }] });
      continue;
    }
    const text = decoded.text;
    sources.set(input.shown, text);
    const checked = checkText(text, options.rules, options);
    const report: FileReport = { path: input.shown, findings: checked.findings, errors: checked.errors ?? [] };
    if (options.fix || options.computeFixes) {
      const result = fixUntilStable(text, (t) => options.rules.runner.run(new Document(t), options).findings);
      if (!result.converged) {
        report.errors!.push({
          message: `fixes did not settle after ${result.passes} passes (still firing: ${result.unstableRules.join(', ')}); nothing was fixed`,
        });
      } else if (result.output !== text) {
        fixed.set(input.shown, result.output);
        if (options.fix && path !== '-') {
          try {
            writeFileAtomic(resolve(options.cwd ?? process.cwd(), path), encode(result.output, decoded), sha256(input.bytes));
            report.fixed = true;
            // Like ESLint, report what is left after fixing.
            const after = checkText(result.output, options.rules, options);
            report.findings = after.findings;
            report.errors = after.errors ?? [];
          } catch (err) {
            report.errors!.push({ message: `not fixed: ${describeFsError(err)}` });
          }
        }
      }
    }
    if (!report.errors?.length) delete report.errors;
    files.push(report);
  }
  return { report: { version: 1, files }, sources, fixed };
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOSPC':
      return 'no space left on the device; the original is unchanged';
    case 'EROFS':
      return 'read-only file system; the original is unchanged';
    default:
      return e.message ?? String(err);
  }
}
