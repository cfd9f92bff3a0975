/* npm run eval: recall, precision and fix accuracy of the bundled packs on the annotated articles. */
import { join } from 'node:path';
import { evaluate } from '../src/eval/evaluate';
import { loadRules } from '../src/loader/load-rules';
import { packageRoot } from '../src/loader/package-root';

const TARGETS = { recall: 0.9, precision: 0.95, fixAccuracy: 0.9 };
const root = packageRoot();
const result = evaluate(loadRules(), [join(root, 'samples'), join(root, 'samples/annotated')]);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const verbose = process.argv.includes('--verbose');

console.log(`${'article'.padEnd(48)} expected  found   recall precision  fix-acc`);
for (const f of result.files) {
  const tp = f.truePositives;
  const name = f.file.replace(root + '/', '');
  console.log(
    `${name.padEnd(48)} ${String(f.expected).padStart(8)} ${String(f.found).padStart(6)} ${pct(tp / Math.max(1, f.expected))} ${pct(tp / Math.max(1, tp + f.falsePositives.length))}  ${pct(f.fixCorrect / Math.max(1, f.fixChecked))}`,
  );
  if (verbose || process.argv.includes('--details')) {
    for (const m of f.missed) console.log(`    missed      [${m.class}] ${m.span}`);
    for (const p of f.falsePositives) console.log(`    false alarm ${p.ruleId} ${p.line}:${p.column} ${JSON.stringify(p.text)}`);
    for (const w of f.wrongFixes) console.log(`    wrong fix   ${w.span}: expected ${w.expected}, got ${w.got}`);
    for (const c of f.cleanViolations) console.log(`    NOT CLEAN   ${c.span} (${c.finding.ruleId})`);
  }
}
const verdict = (name: keyof typeof TARGETS) => `${pct(result[name])}  (target ≥ ${TARGETS[name] * 100}%: ${result[name] >= TARGETS[name] ? 'met' : 'NOT met'})`;
console.log('');
console.log(`recall        ${verdict('recall')}`);
console.log(`precision     ${verdict('precision')}`);
console.log(`fix accuracy  ${verdict('fixAccuracy')}`);
const violations = result.files.reduce((n, f) => n + f.cleanViolations.length, 0);
console.log(`clean spans   ${violations === 0 ? 'all clean' : `${violations} flagged`}`);
if (!verbose) console.log('\n(run with -- --details for every miss and false alarm)');
