import { resolve } from 'node:path';
import { jsonFilesIn, loadRules, type LoadedRule } from '../../loader/load-rules';
import { UsageError } from '../../schema/diagnostic';
import { testRules } from '../../testing/rule-tester';
import { EXIT, type CliIO } from '../io';

export interface RulesArgs {
  rules: string[];
  disable?: string[];
  defaultRules: boolean;
}

export function runRulesList(args: RulesArgs, io: CliIO): number {
  const set = loadRules({ paths: args.rules, defaults: args.defaultRules, disabled: args.disable, cwd: io.cwd });
  for (const pack of set.packs) {
    io.stdout(`${pack.name}  (${pack.file})\n  ${pack.description}\n`);
    for (const r of pack.rules) io.stdout(`  ${r.id.padEnd(36)} ${r.kind.padEnd(12)} ${r.severity.padEnd(8)} ${r.category}\n`);
    io.stdout('\n');
  }
  io.stdout(`${set.rules.length} rules in ${set.packs.length} packs, ${set.resources.gazetteer.length} gazetteer entries\n`);
  return EXIT.ok;
}

export function describeRule(r: LoadedRule): string {
  const lines = [
    `${r.id}`,
    `  kind:      ${r.kind}`,
    `  severity:  ${r.severity}`,
    `  category:  ${r.category}`,
    `  pack:      ${r.origin.pack} (${r.origin.file}:${r.origin.line})`,
    `  message:   ${r.message}`,
    '',
    `  ${r.description}`,
    '',
    '  Flagged:',
    ...r.examples.bad.map(
      (b) => `    ✗ ${b.text}` + (b.suggestions?.length ? `\n      → ${b.suggestions.map((s) => (s === '' ? '(delete)' : s)).join(' | ')}` : ''),
    ),
    '  Not flagged:',
    ...r.examples.good.map((g) => `    ✓ ${g}`),
  ];
  return lines.join('\n') + '\n';
}

export function runRulesShow(args: RulesArgs & { id: string }, io: CliIO): number {
  const set = loadRules({ paths: args.rules, defaults: args.defaultRules, disabled: args.disable, cwd: io.cwd });
  const rule = set.rule(args.id);
  if (!rule) {
    const near = set.rules.filter((r) => r.id.includes(args.id.split('/').pop() ?? args.id)).map((r) => r.id);
    throw new UsageError(`no rule "${args.id}"${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''}`);
  }
  io.stdout(describeRule(rule));
  return EXIT.ok;
}

/** `rules test [PATHS]`: with paths, only those packs are tested (the bundled gazetteers still load). */
export function runRulesTest(args: RulesArgs & { paths: string[] }, io: CliIO): number {
  const paths = [...args.rules, ...args.paths];
  const set = loadRules({ paths, defaults: args.defaultRules, disabled: args.disable, cwd: io.cwd });
  const only = new Set(args.paths.flatMap((p) => jsonFilesIn(resolve(io.cwd, p))));
  const tested = only.size ? set.rules.filter((r) => only.has(r.origin.path)) : set.rules;
  const result = testRules(set, tested);
  for (const f of result.failures) {
    io.stdout(`✗ ${f.ruleId}  (${f.file})\n    example:  ${f.example}\n    problem:  ${f.problem}\n`);
    if (f.expected !== undefined) io.stdout(`    expected: ${f.expected}\n`);
    if (f.got !== undefined) io.stdout(`    got:      ${f.got}\n`);
  }
  const ok = result.failures.length === 0;
  io.stdout(`${ok ? '✔' : '✖'} ${result.rules} rules, ${result.examples} examples: ${result.examples - result.failures.length} passed, ${result.failures.length} failed\n`);
  return ok ? EXIT.ok : EXIT.findings;
}
