import type { EffectiveConfig } from '../config/types';
import { formatForPath } from '../formats';
import type { Directive } from '../formats/types';
import { Document } from '../kernel/document';
import type { RunOptions } from '../kernel/runner';
import type { Finding } from '../kernel/types';
import type { RuleSet } from '../loader/load-rules';
import type { Baseline } from './baseline';
import { applySuppressions } from './suppressions';

export interface Analysis {
  doc: Document;
  findings: Finding[];
  failures: { ruleId: string; message: string }[];
  unusedDirectives: Directive[];
}

export interface AnalyseOptions extends RunOptions {
  /** Where the article lives; its extension picks the format. */
  path: string;
  /** The path as reported, which baseline entries are keyed on. */
  reportPath: string;
  rules: RuleSet;
  config: EffectiveConfig;
  baseline?: Baseline;
}

/**
 * One article through the whole pipeline: extract the prose for its format, run the rules, then
 * apply the configuration (rules off or re-graded, allowlist), inline suppressions and the baseline.
 * `--fix` calls this on every pass, so fixes obey exactly what the report shows. `sourceUnits`
 * are the code units of `source`, when decoding it made them.
 */
export function analyse(source: string, options: AnalyseOptions, sourceUnits?: Uint16Array): Analysis {
  const { config } = options;
  const prose = formatForPath(options.path).extract(source, { plainTextComment: config.plainTextComment });
  // The source's code units serve the prose only where the format left the text as it was.
  const doc = new Document(prose.text, source, prose.text === source ? sourceUnits : undefined);
  const run = options.rules.runner.run(doc, options);
  let findings = Object.keys(config.rules).length ? configured(run.findings, config) : run.findings;
  findings = dropAllowlisted(doc, findings, config.allowlist);
  const suppressed = applySuppressions(findings, prose.directives);
  findings = suppressed.kept;
  if (options.baseline) findings = options.baseline.filter(options.reportPath, doc, findings);
  return { doc, findings, failures: run.failures, unusedDirectives: suppressed.unused };
}

/** Findings of rules turned off dropped, those of re-graded rules with their new severity. */
function configured(findings: Finding[], config: EffectiveConfig): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = config.rules[f.ruleId];
    if (setting === 'off') continue;
    out.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
  }
  return out;
}

function dropAllowlisted(doc: Document, findings: Finding[], allowlist: string[]): Finding[] {
  if (!allowlist.length || !findings.length) return findings;
  const spans: { start: number; end: number }[] = [];
  for (const term of allowlist) {
    for (let i = doc.text.indexOf(term); i !== -1; i = doc.text.indexOf(term, i + 1)) {
      const before = doc.text[i - 1];
      const after = doc.text[i + term.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      spans.push({ start: i, end: i + term.length });
    }
  }
  return findings.filter((f) => !spans.some((s) => f.start < s.end && s.start < f.end));
}
