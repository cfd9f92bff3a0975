import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/engine/check';
import { loadRules } from '../../src/loader/load-rules';
import { REPO } from '../helpers';

/**
 * The kernel's hot paths (literal matching, word and sentence splitting, position mapping) are
 * tuned for speed; this pins what the engine finds on the sample articles so that tuning cannot
 * change a single finding. Packs and articles are frozen copies of rules/ and of the samples
 * (tests/fixtures/frozen-rules, tests/fixtures/frozen-articles), so ongoing work on the bundled
 * packs and the evaluation samples does not move the pinned results; changes to the rule kinds do.
 *
 * After a deliberate change of behaviour (in src/kinds, say), regenerate the pinned file with
 *   UPDATE_FROZEN_FINDINGS=1 npx jest tests/kernel/optimisation-invariance.test.ts
 * and review its diff: every changed line is a finding that appeared, moved or vanished.
 */
const FROZEN_RULES = join(REPO, 'tests/fixtures/frozen-rules');
const PINNED = join(REPO, 'tests/fixtures/frozen-rules-findings.json');
const ARTICLES = join(REPO, 'tests/fixtures/frozen-articles');

type Pinned = Record<string, [ruleId: string, start: number, end: number, suggestions: string[]][]>;

/** The seed article, then the annotated and the clean ones, by path under frozen-articles/. */
function articles(): string[] {
  const files = ['annotated', 'clean'].flatMap((dir) =>
    readdirSync(join(ARTICLES, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
  return ['biden-iraq-2021.en.txt', ...files];
}

function currentFindings(): Pinned {
  const rules = loadRules({ paths: [FROZEN_RULES], trusted: [FROZEN_RULES], defaults: false, cwd: REPO });
  const out: Pinned = {};
  for (const file of articles()) {
    const text = readFileSync(join(ARTICLES, file), 'utf8').replace(/^\uFEFF/, '');
    const { findings, errors } = checkText(text, rules);
    if (errors?.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
    out[file] = findings.map((f) => [f.ruleId, f.start, f.end, f.suggestions]);
  }
  return out;
}

/** One finding per line, so a changed finding shows as one changed line in review. */
function serialise(pinned: Pinned): string {
  const files = Object.entries(pinned).map(
    ([file, findings]) => `  ${JSON.stringify(file)}: [${findings.map((f) => `\n    ${JSON.stringify(f)}`).join(',')}${findings.length ? '\n  ' : ''}]`,
  );
  return `{\n${files.join(',\n')}\n}\n`;
}

describe('optimisation invariance: findings of the frozen packs on the sample articles', () => {
  const current = currentFindings();

  if (process.env.UPDATE_FROZEN_FINDINGS) {
    writeFileSync(PINNED, serialise(current));
  }

  it('has a pinned result to compare with', () => {
    expect(existsSync(PINNED)).toBe(true);
  });

  it('covers every sample article and finds errors in them', () => {
    const total = Object.values(current).reduce((n, f) => n + f.length, 0);
    expect(Object.keys(current)).toHaveLength(articles().length);
    expect(total).toBeGreaterThan(50);
  });

  const pinned = existsSync(PINNED) ? (JSON.parse(readFileSync(PINNED, 'utf8')) as Pinned) : {};
  it.each(articles())('%s: same rule, span and suggestions for every finding', (file) => {
    expect(current[file]).toEqual(pinned[file]);
  });
});
