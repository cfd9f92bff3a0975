import { applyEdits } from '../kernel/apply-edits';
import { Document } from '../kernel/document';
import type { Finding } from '../kernel/types';
import type { LoadedRule, RuleSet } from '../loader/load-rules';
import { parseMarked } from './marked-example';

export interface ExampleFailure {
  ruleId: string;
  file: string;
  example: string;
  problem: string;
  expected?: string;
  got?: string;
}

export interface RuleTestResult {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

function describeFindings(findings: Finding[]): string {
  if (!findings.length) return 'no finding';
  return findings.map((f) => `[${f.start}, ${f.end}) "${f.text}" → ${JSON.stringify(f.suggestions)}`).join('; ');
}

function hasHint(rule: LoadedRule): boolean {
  return (rule as { requires?: unknown }).requires !== undefined;
}

/**
 * Runs every rule's own examples. A bad example must give exactly one finding, exactly at the
 * marked span, with exactly the expected suggestions, and the corrected text must give none.
 * A good example must give nothing. A rule with a `requires` speed hint must find the same
 * without it.
 */
export function testRules(set: RuleSet, rules: LoadedRule[] = set.rules): RuleTestResult {
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const rule of rules) {
    const runner = set.runnerFor([rule]);
    const fail = (example: string, problem: string, expected?: string, got?: string) =>
      failures.push({ ruleId: rule.id, file: rule.origin.file, example, problem, expected, got });
    // A `requires` hint may only make the rule faster: every example must give the same findings without it.
    const unhinted = hasHint(rule) ? set.runnerFor([{ ...rule, requires: undefined } as LoadedRule]) : undefined;
    const run = (text: string) => {
      const findings = runner.run(new Document(text)).findings;
      const plain = unhinted?.run(new Document(text)).findings;
      if (plain && JSON.stringify(plain) !== JSON.stringify(findings)) {
        fail(text, 'the "requires" hint changes what the rule finds: some match does not contain it', describeFindings(plain), describeFindings(findings));
      }
      return findings;
    };

    for (const bad of rule.examples.bad) {
      examples++;
      const parsed = parseMarked(bad.text);
      if (!parsed) {
        fail(bad.text, 'bad example has no [[marked]] span');
        continue;
      }
      const findings = run(parsed.text);
      const expectedSpan = `[${parsed.start}, ${parsed.end}) "${parsed.text.slice(parsed.start, parsed.end)}"`;
      if (findings.length !== 1) {
        fail(bad.text, `expected exactly one finding, got ${findings.length}`, expectedSpan, describeFindings(findings));
        continue;
      }
      const [f] = findings;
      if (f.start !== parsed.start || f.end !== parsed.end) {
        fail(bad.text, 'finding is not at the marked span', expectedSpan, describeFindings(findings));
        continue;
      }
      const expected = bad.suggestions ?? [];
      if (JSON.stringify(expected) !== JSON.stringify(f.suggestions)) {
        fail(bad.text, 'suggestions differ', JSON.stringify(expected), JSON.stringify(f.suggestions));
        continue;
      }
      if (f.fix) {
        const corrected = applyEdits(parsed.text, [f.fix]);
        const again = run(corrected);
        if (again.length) fail(bad.text, 'rule fires again on the corrected text', JSON.stringify(corrected) + ' → no finding', describeFindings(again));
      }
    }
    for (const good of rule.examples.good) {
      examples++;
      const findings = run(good);
      if (findings.length) fail(good, 'good example gives a finding', 'no finding', describeFindings(findings));
    }
  }
  return { rules: rules.length, examples, failures };
}
