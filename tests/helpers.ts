import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../src/cli/main';
import type { CliIO } from '../src/cli/io';
import { RuleRunner } from '../src/kernel/runner';
import { Document } from '../src/kernel/document';
import type { GazetteerEntry } from '../src/kernel/rule-kind';
import type { Finding, RuleMeta } from '../src/kernel/types';
import { ruleKinds } from '../src/kinds';
import { HINT_MIN_BITS } from '../src/regex/hint-rarity';
import { requiredLiterals } from '../src/regex/required-literals';

export const REPO = join(__dirname, '..');
export const SEED = join(REPO, 'samples/biden-iraq-2021.en.txt');

export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtlint-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a user would from `cwd`. */
export async function runCli(args: string[], options: { cwd?: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: () => Buffer.from(options.stdin ?? ''),
    isTTY: false,
    env: options.env ?? {},
    cwd: options.cwd ?? REPO,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const base = { severity: 'error', category: 'terminology', message: '{match} → {suggestion}', description: 'test rule' } as const;

/** Runs one rule, defined inline, over `text`. */
export function runRule(rule: Record<string, unknown>, text: string, gazetteer: GazetteerEntry[] = []): Finding[] {
  const meta = { id: 'test/rule', ...base, ...rule } as unknown as RuleMeta;
  const resources = { gazetteer, dictionary: new Set(['minister', 'prime', 'baker', 'the']) };
  const runner = new RuleRunner(ruleKinds, [meta], resources, {
    analyseRegex: (source, flags, purpose) => requiredLiterals(source, flags, purpose === 'hint' ? HINT_MIN_BITS : undefined),
  });
  if (runner.compileErrors.length) throw runner.compileErrors[0];
  const findings = runner.run(new Document(text)).findings;
  // Every kind test doubles as a check that the regex prefilter changes nothing.
  const plain = new RuleRunner(ruleKinds, [meta], resources).run(new Document(text)).findings;
  if (JSON.stringify(plain) !== JSON.stringify(findings)) throw new Error(`the regex prefilter changed the findings on ${JSON.stringify(text)}`);
  return findings;
}

export function pack(rules: Record<string, unknown>[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ name: 'custom', description: 'test pack', language: 'en', ...extra, rules }, null, 2);
}

export function termRule(id: string, from: string, to: string): Record<string, unknown> {
  return {
    id,
    kind: 'term',
    severity: 'error',
    category: 'terminology',
    message: 'Use {suggestion}',
    description: 'test',
    terms: [{ match: [from], replace: to }],
    examples: { bad: [{ text: `The [[${from}]] met.`, suggestions: [to] }], good: [`The ${to} met.`] },
  };
}
