/**
 * `npm run bench:micro [-- FILTER]`: the kernel's hot paths on 2 million characters of the
 * benchmark corpus, in process. Reports the best and median of repeated runs.
 */
import { resolve } from 'node:path';
import { loadRules } from '../../src/loader/load-rules';
import { corpusText } from '../corpus';
import { formatResults, measureCase, type MicroCase } from './harness';
import { literalMatcherCases } from './literal-matcher.bench';
import { positionCases } from './positions.bench';
import { sentenceCases } from './sentences.bench';
import { wordCases } from './words.bench';
import { prefilterCases } from './regex-prefilter.bench';

const REPO = resolve(__dirname, '../../..');
const CHARS = 2_000_000;

function main(): void {
  const filter = process.argv[2]?.toLowerCase();
  const text = corpusText(REPO, CHARS);
  const gazetteer = loadRules({ cwd: REPO }).resources.gazetteer;
  const cases: MicroCase[] = [...literalMatcherCases(text, gazetteer), ...prefilterCases(text), ...sentenceCases(text), ...wordCases(text), ...positionCases(text)];
  const chosen = filter ? cases.filter((c) => c.name.toLowerCase().includes(filter)) : cases;
  process.stdout.write(`Node ${process.version}; ${text.length.toLocaleString('en')} characters of the bench corpus\n\n`);
  const results = chosen.map((c) => {
    const r = measureCase(c);
    process.stderr.write(`  ${c.name}: ${r.minMs.toFixed(2)} ms\n`);
    return r;
  });
  process.stdout.write(formatResults(results));
}

main();
