import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { html } from '../../src/formatters/html';
import { selectEdits, type RankedEdit } from '../../src/kernel/apply-edits';
import { Document } from '../../src/kernel/document';
import { chooseFixes, fixUntilStable } from '../../src/kernel/fix-loop';
import { applyEdits } from '../../src/kernel/apply-edits';
import type { Finding } from '../../src/kernel/types';
import { loadRules } from '../../src/loader/load-rules';
import { runCli, tempDir } from '../helpers';
import { fakeContext, finding, report as makeReport } from '../formatters/format-context';

const rules = loadRules();
const findingsOf = (text: string) => rules.runner.run(new Document(text)).findings;

// Article-like text: phrases the bundled packs flag, mixed with any Unicode at all.
const PHRASES = ['the Quds Brigade', 'US-Iran', 'Baghdad', 'Prime Minister Kadimi', 'U.S.', 'US', 'the the', 'Xinhua News Agency reported', '(Editor: Li Ming)', 'Et al.', ' ', '  ', '.', ', ', '\n', '\r\n', '\n\n', '“', '”', '中文', '👩‍👩‍👧', 'é', 'مرحبا', '\u0301'];
const article = fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }).map((p) => p.join(''));

/** Line and column of an offset, counted independently of the engine (lines end at \n; a lone \r does not end one). */
function position(text: string, offset: number) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('properties over any input (fast-check)', () => {
  it('reported positions always slice exactly the reported text, for any Unicode input', () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const f of findingsOf(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect({ line: f.line, column: f.column }).toEqual(position(text, f.start));
          expect({ line: f.endLine, column: f.endColumn }).toEqual(position(text, f.end));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('applying fixes never changes the text outside the fixed spans', () => {
    fc.assert(
      fc.property(article, (text) => {
        const chosen = chooseFixes(findingsOf(text)).map((f) => f.fix!);
        const output = applyEdits(text, chosen);
        let shift = 0;
        let cursor = 0;
        for (const e of chosen) {
          // The untouched stretch before this edit sits, unchanged, at its shifted place.
          expect(output.slice(cursor + shift, e.start + shift)).toBe(text.slice(cursor, e.start));
          expect(output.slice(e.start + shift, e.start + shift + e.text.length)).toBe(e.text);
          shift += e.text.length - (e.end - e.start);
          cursor = e.end;
        }
        expect(output.slice(cursor + shift)).toBe(text.slice(cursor));
      }),
      { numRuns: 200 },
    );
  });

  it('--fix terminates within its pass limit and is idempotent', () => {
    fc.assert(
      fc.property(article, (text) => {
        const once = fixUntilStable(text, findingsOf);
        expect(once.passes).toBeLessThanOrEqual(10);
        if (!once.converged) return;
        const twice = fixUntilStable(once.output, findingsOf);
        expect(twice.output).toBe(once.output);
        expect(twice.passes).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('choosing edits is the same as comparing each with every chosen one, only faster', () => {
    const naive = (edits: RankedEdit[]) => {
      const overlaps = (a: RankedEdit, b: RankedEdit) =>
        a.start === a.end && b.start === b.end ? a.start === b.start : a.start === a.end ? a.start > b.start && a.start < b.end : b.start === b.end ? b.start > a.start && b.start < a.end : a.start < b.end && b.start < a.end;
      const order = edits.map((_, i) => i).sort((i, j) => edits[i].rank - edits[j].rank || edits[i].start - edits[j].start || edits[j].end - edits[i].end || i - j);
      const chosen: number[] = [];
      for (const i of order) if (chosen.every((j) => !overlaps(edits[i], edits[j]))) chosen.push(i);
      return chosen.sort((i, j) => edits[i].start - edits[j].start || edits[i].end - edits[j].end);
    };
    const edit = fc.record({ start: fc.nat(30), len: fc.nat(4), rank: fc.nat(3) }).map(({ start, len, rank }) => ({ start, end: start + len, text: '', rank }));
    fc.assert(fc.property(fc.array(edit, { maxLength: 30 }), (edits) => expect(selectEdits(edits)).toEqual(naive(edits))), { numRuns: 500 });
  });

  it('reporting is deterministic: the same input gives the same report, whatever --jobs is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 4, maxLength: 6 }), async (texts) => {
        const dir = tempDir();
        texts.forEach((t, i) => writeFileSync(join(dir, `a${i}.txt`), t));
        const files = texts.map((_, i) => `a${i}.txt`);
        const one = await runCli(['check', '--format', 'json', '--jobs', '1', ...files], { cwd: dir });
        const two = await runCli(['check', '--format', 'json', '--jobs', '2', ...files], { cwd: dir });
        const again = await runCli(['check', '--format', 'json', '--jobs', '1', ...files], { cwd: dir });
        expect(two.stdout).toBe(one.stdout);
        expect(again.stdout).toBe(one.stdout);
        expect([two.code, again.code]).toEqual([one.code, one.code]);
      }),
      { numRuns: 3 },
    );
  }, 60_000);

  it('the HTML report escapes every string from an article, a rule or a path: no string adds markup', () => {
    const hostile = fc.oneof(fc.constantFrom('</script><script>alert(1)</script>', '<!--', '"><img src=x onerror=alert(1)>', "'&amp;", '\u2028', '<style>'), fc.string({ maxLength: 12 }));
    const render = (s: string) => {
      const text = `A ${s} B\n`;
      const f: Finding = finding({ ruleId: `x/${s}`, message: s, text: s, start: 2, end: 2 + s.length, line: 1, column: 3, endLine: 1, endColumn: 3 + s.length, suggestions: [s], category: s });
      return html(makeReport({ path: `${s}.txt`, findings: [f], errors: [{ message: s }] }), fakeContext({ [`${s}.txt`]: text }));
    };
    const tags = (page: string) => page.split('<').length;
    const plain = tags(render('plain'));
    fc.assert(
      fc.property(hostile, (s) => {
        fc.pre(!s.includes('\n') && !s.includes('\r'));
        const page = render(s);
        expect(tags(page)).toBe(plain);
        const data = JSON.parse(/<script type="application\/json" id="mtlint-data">([^]*?)<\/script>/.exec(page)![1]);
        expect(data.files[0].path).toBe(`${s}.txt`);
        expect(data.files[0].findings[0].message).toBe(s);
      }),
      { numRuns: 150 },
    );
  });
});
