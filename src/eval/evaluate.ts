import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkText } from '../engine/check';
import type { Finding } from '../kernel/types';
import type { RuleSet } from '../loader/load-rules';
import { parseMarked } from '../testing/marked-example';

export interface Annotation {
  source?: string;
  /** The article, relative to the annotation file, when it is not NAME.txt beside it. */
  article?: string;
  expected: { span: string; class: string; fix?: string }[];
  clean: string[];
}

interface Located {
  start: number;
  end: number;
}

export interface FileScore {
  file: string;
  expected: number;
  found: number;
  truePositives: number;
  falsePositives: Finding[];
  missed: { span: string; class: string }[];
  fixChecked: number;
  fixCorrect: number;
  wrongFixes: { span: string; expected: string; got: string }[];
  cleanViolations: { span: string; finding: Finding }[];
}

export interface EvalResult {
  files: FileScore[];
  recall: number;
  precision: number;
  fixAccuracy: number;
}

/** Finds an annotation snippet in the article; it must occur exactly once. */
function locate(text: string, snippet: string, file: string): Located {
  const parsed = parseMarked(snippet);
  if (!parsed) throw new Error(`${file}: annotation "${snippet}" has no [[marked]] span`);
  const at = text.indexOf(parsed.text);
  if (at === -1) throw new Error(`${file}: annotation "${snippet}" does not occur in the article`);
  if (text.indexOf(parsed.text, at + 1) !== -1) throw new Error(`${file}: annotation "${snippet}" occurs more than once; make it longer`);
  return { start: at + parsed.start, end: at + parsed.end };
}

const overlaps = (a: Located, b: Located) => a.start < b.end && b.start < a.end;

export function scoreFile(file: string, text: string, annotation: Annotation, findings: Finding[]): FileScore {
  const expected = annotation.expected.map((e) => ({ ...e, at: locate(text, e.span, file) }));
  const clean = annotation.clean.map((c) => ({ span: c, at: locate(text, c, file) }));
  const matched = new Set<Finding>();
  const score: FileScore = {
    file,
    expected: expected.length,
    found: findings.length,
    truePositives: 0,
    falsePositives: [],
    missed: [],
    fixChecked: 0,
    fixCorrect: 0,
    wrongFixes: [],
    cleanViolations: [],
  };
  for (const e of expected) {
    const hits = findings.filter((f) => overlaps(f, e.at) || (f.start === f.end && f.start === e.at.start));
    if (!hits.length) {
      score.missed.push({ span: e.span, class: e.class });
      continue;
    }
    score.truePositives++;
    hits.forEach((h) => matched.add(h));
    if (e.fix === undefined) continue;
    score.fixChecked++;
    const want = text.slice(0, e.at.start) + e.fix + text.slice(e.at.end);
    const best = hits.find((h) => h.suggestions.length && text.slice(0, h.start) + h.suggestions[0] + text.slice(h.end) === want);
    if (best) score.fixCorrect++;
    else {
      const h = hits[0];
      score.wrongFixes.push({ span: e.span, expected: JSON.stringify(e.fix), got: h.suggestions.length ? `${JSON.stringify(h.text)} → ${JSON.stringify(h.suggestions[0])}` : 'no fix' });
    }
  }
  score.falsePositives = findings.filter((f) => !matched.has(f));
  for (const c of clean) for (const f of findings) if (overlaps(f, c.at)) score.cleanViolations.push({ span: c.span, finding: f });
  return score;
}

/** Annotated articles: `NAME.annotations.json` beside `NAME.txt` (or naming its article). */
export function annotatedArticles(dirs: string[]): { file: string; article: string; annotation: Annotation }[] {
  const out: { file: string; article: string; annotation: Annotation }[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.annotations.json')).sort()) {
      const annotation = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Annotation;
      const article = join(dir, annotation.article ?? basename(name, '.annotations.json') + '.txt');
      if (!existsSync(article)) throw new Error(`${join(dir, name)}: article ${article} not found`);
      out.push({ file: join(dir, name), article, annotation });
    }
  }
  return out;
}

export function evaluate(rules: RuleSet, dirs: string[]): EvalResult {
  const files = annotatedArticles(dirs).map(({ article, annotation }) => {
    const text = readFileSync(article, 'utf8').replace(/^\uFEFF/, '');
    return scoreFile(article, text, annotation, checkText(text, rules).findings);
  });
  const sum = (k: (f: FileScore) => number) => files.reduce((n, f) => n + k(f), 0);
  const tp = sum((f) => f.truePositives);
  const fp = sum((f) => f.falsePositives.length);
  return {
    files,
    recall: tp / Math.max(1, sum((f) => f.expected)),
    precision: tp / Math.max(1, tp + fp),
    fixAccuracy: sum((f) => f.fixCorrect) / Math.max(1, sum((f) => f.fixChecked)),
  };
}
