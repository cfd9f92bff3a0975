import { RuleError } from '../kernel/rule-kind';
import { compileRegex } from '../kernel/runner';
import type { TextRegex } from '../kernel/text-regex';
import { LinearRegex } from './linear-regex';
import { catastrophicBacktracking } from './redos';
import { UnsupportedSyntax } from './to-re2';

/**
 * Compiles a pattern from a pack that is not trusted (anything but the bundled packs). Such
 * packs come from pull requests and run unattended in CI, so their patterns must not be able
 * to hang a run: one that would backtrack catastrophically is refused with the reason, and
 * every pattern runs on a linear-time engine, which also covers what the analysis misses.
 */
export function compileUntrustedRegex(ruleId: string, source: string, flags: string, field: string): TextRegex {
  let danger: string | undefined;
  try {
    danger = catastrophicBacktracking(source, flags);
  } catch {
    // Not a valid pattern: compileRegex says why, below.
  }
  if (danger) throw new RuleError(ruleId, field, `${field}: pattern /${source}/ is rejected: ${danger}`);
  // The same syntax and empty-match checks, with the same messages, as for trusted packs.
  compileRegex(ruleId, source, flags, field);
  try {
    return new LinearRegex(source, flags);
  } catch (err) {
    const reason = err instanceof UnsupportedSyntax ? err.message : (err as Error).message.replace(/^error parsing regexp: /, '');
    throw new RuleError(
      ruleId,
      field,
      `${field}: pattern /${source}/ cannot run in a custom pack: ${reason}. Patterns of packs other than the bundled ones run on a linear-time engine (RE2), so that no pattern can hang a run`,
    );
  }
}
