import type { Directive } from '../formats/types';
import type { Finding } from '../kernel/types';

export interface SuppressionResult {
  kept: Finding[];
  unused: Directive[];
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/**
 * Applies inline directives, ESLint style: `disable`/`enable` open and close ranges of lines,
 * `disable-next-line` and `disable-line` cover one line. Directives that suppressed nothing are
 * returned so they can be reported.
 */
export function applySuppressions(findings: Finding[], directives: Directive[]): SuppressionResult {
  if (!directives.length) return { kept: findings, unused: [] };
  const used = new Set<Directive>();
  const ordered = [...directives].sort((a, b) => a.line - b.line || a.column - b.column);
  const kept = findings.filter((f) => {
    let active: Directive | undefined;
    const disabled = new Map<string, Directive>();
    let all: Directive | undefined;
    for (const d of ordered) {
      if (d.line > f.line) break;
      if (d.kind === 'disable') {
        if (d.rules.length) d.rules.forEach((r) => disabled.set(r, d));
        else all = d;
      } else if (d.kind === 'enable') {
        if (d.rules.length) d.rules.forEach((r) => disabled.delete(r));
        else {
          all = undefined;
          disabled.clear();
        }
      }
    }
    active = disabled.get(f.ruleId) ?? all;
    if (!active) {
      active = ordered.find(
        (d) => covers(d, f.ruleId) && ((d.kind === 'disable-next-line' && d.line + 1 === f.line) || (d.kind === 'disable-line' && d.line === f.line)),
      );
    }
    if (active) used.add(active);
    return !active;
  });
  return { kept, unused: directives.filter((d) => !used.has(d) && d.kind !== 'enable') };
}
