import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from './random';
import { INJECTED_ENTRIES, termEntries } from './term-dictionary';

/** Bump when the generator changes, so corpora on disk are rebuilt rather than silently reused. */
const GENERATOR_VERSION = 1;

export const MB = 1_000_000;

/** Folders whose `*.txt` files give the paragraphs; the seed article sits directly in samples/. */
const SAMPLE_DIRS = ['samples', 'samples/annotated', 'samples/clean'];

/** Slips MT makes that the bundled packs target; applied to some occurrences of the correct form. */
const SLIPS: [correct: string, wrong: string][] = [
  ['Quds Force', 'Quds Brigade'],
  ['Kadhimi', 'Kadimi'],
  ['US-Iraq', 'US-Iran'],
  ['Palestinian President', 'Pakistani President'],
  ['League of Arab States', 'League of Arab Countries'],
  ['U.S.', 'US'],
];

const TERM_TEMPLATES = [
  ' Separately, {term} said the talks would continue next week.',
  ' The statement was welcomed by {term}, according to local media.',
  ' {term} told reporters that the agreement was a first step.',
  ' Officials said {term} would attend the signing ceremony.',
];

const TRAILERS = ['(End)', 'Editor in charge: Wang Fang', '(Reporter Chen Mengtong produced Guo Shihao)'];

export function samplePool(repo: string): string[] {
  const paragraphs: string[] = [];
  for (const dir of SAMPLE_DIRS) {
    const full = join(repo, dir);
    for (const name of readdirSync(full).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(full, name), 'utf8').replace(/^\uFEFF/, '');
      for (const p of text.split(/\n[ \t]*\n/)) {
        const trimmed = p.replace(/\s+$/, '');
        if (trimmed.trim()) paragraphs.push(trimmed);
      }
    }
  }
  if (!paragraphs.length) throw new Error('no sample paragraphs found under samples/');
  return paragraphs;
}

/** Replaces some occurrences of each correct form with the slip MT makes. */
function injectSlips(paragraph: string, rng: Random): string {
  let out = paragraph;
  for (const [correct, wrong] of SLIPS) {
    if (!out.includes(correct)) continue;
    out = out.split(correct).reduce((acc, part) => acc + (rng.chance(0.3) ? wrong : correct) + part);
  }
  return out;
}

/**
 * Builds articles of 5–10 paragraphs from the sample pool, with errors injected: MT slips, a
 * dictionary term in about one paragraph in four, a stray "Et al.", agency trailers.
 */
function* articles(pool: string[], seed: number): Generator<string> {
  const rng = new Random(seed);
  const terms = termEntries(INJECTED_ENTRIES);
  for (;;) {
    const count = 5 + rng.int(6);
    const paragraphs: string[] = [];
    for (let i = 0; i < count; i++) {
      let p = injectSlips(rng.pick(pool), rng);
      if (rng.chance(0.25) && /[.!?"”]$/.test(p)) p += rng.pick(TERM_TEMPLATES).replace('{term}', rng.pick(terms).wrong);
      if (rng.chance(0.03) && p.endsWith('.')) p += ' Et al.';
      paragraphs.push(p);
    }
    if (rng.chance(0.2)) paragraphs.push(rng.pick(TRAILERS));
    yield paragraphs.join('\n\n') + '\n\n';
  }
}

export interface CorpusFile {
  path: string;
  bytes: number;
  /** Nominal size in MB, as named in tables. */
  mb: number;
}

/** What a tool is given to check: one or more files, with their total size. */
export interface CorpusInput {
  paths: string[];
  bytes: number;
  /** Nominal size in MB, as named in tables. */
  mb: number;
}

/**
 * Size of the files a corpus is checked as: the 10 MB and 100 MB corpora go to both tools as
 * files of 1 MB, cut at paragraph breaks. That is many articles, as a wire service's day of copy
 * is, and lets `--jobs` spread files over workers that each hold one file at a time.
 */
export const PART_MB = 1;

function fingerprint(pool: string[]): string {
  return createHash('sha256').update(`v${GENERATOR_VERSION}\n`).update(pool.join('\n\u0000\n')).digest('hex').slice(0, 16);
}

/**
 * Writes `corpus-{mb}mb.txt` (reused when the samples and generator are unchanged). Every size
 * is a prefix of the same article stream, so sizes differ in amount, not in kind of text.
 */
export function ensureCorpus(repo: string, dir: string, mb: number): CorpusFile {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `corpus-${mb}mb.txt`);
  const stamp = `${path}.stamp`;
  const pool = samplePool(repo);
  const print = fingerprint(pool);
  if (existsSync(path) && existsSync(stamp) && readFileSync(stamp, 'utf8') === print) {
    return { path, bytes: statSync(path).size, mb };
  }
  const target = mb * MB;
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const article of articles(pool, 20240614)) {
      const chunk = Buffer.from(article, 'utf8');
      if (bytes + chunk.length > target) {
        // Fill to the exact size with whole paragraphs' worth of the next article, cut on a line end.
        const rest = chunk.subarray(0, target - bytes);
        const cut = rest.lastIndexOf(0x0a);
        if (cut > 0) {
          writeSync(fd, rest.subarray(0, cut + 1));
          bytes += cut + 1;
        }
        break;
      }
      writeSync(fd, chunk);
      bytes += chunk.length;
    }
  } finally {
    closeSync(fd);
  }
  writeFileSync(stamp, print);
  return { path, bytes, mb };
}

/** A small article for start-up measurements: the seed sample. */
export function smallArticle(repo: string): string {
  return join(repo, 'samples/biden-iraq-2021.en.txt');
}

/** The first `chars` characters of the same article stream, in memory (for micro-benchmarks). */
export function corpusText(repo: string, chars: number): string {
  let text = '';
  for (const article of articles(samplePool(repo), 20240614)) {
    text += article;
    if (text.length >= chars) break;
  }
  return text.slice(0, chars);
}

/**
 * The same text as `corpus-{mb}mb.txt`, cut at paragraph breaks into `parts` files of about equal
 * size (reused while the whole file is unchanged).
 */
export function ensureSplitCorpus(whole: CorpusFile, dir: string, parts: number): CorpusInput {
  const target = join(dir, `split-${whole.mb}mb-${parts}`);
  const stamp = join(target, '.stamp');
  const print = `${readFileSync(`${whole.path}.stamp`, 'utf8')}:${whole.bytes}:${parts}`;
  const name = (i: number) => join(target, `part-${String(i + 1).padStart(4, '0')}.txt`);
  const paths = Array.from({ length: parts }, (_, i) => name(i));
  if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === print)) {
    mkdirSync(target, { recursive: true });
    const bytes = readFileSync(whole.path);
    let from = 0;
    for (let i = 0; i < parts; i++) {
      let to = i === parts - 1 ? bytes.length : Math.round(((i + 1) * bytes.length) / parts);
      // Move the cut to the next blank line, so no paragraph is split.
      const blank = bytes.indexOf('\n\n', to);
      to = i === parts - 1 || blank === -1 ? bytes.length : blank + 2;
      writeFileSync(paths[i], bytes.subarray(from, Math.max(from, to)));
      from = Math.max(from, to);
    }
    writeFileSync(stamp, print);
  }
  return { paths, bytes: whole.bytes, mb: whole.mb };
}

/** The corpus of `mb` MB as the tools are given it: one file up to PART_MB, else PART_MB files. */
export function ensureCorpusInput(repo: string, dir: string, mb: number): CorpusInput {
  const whole = ensureCorpus(repo, dir, mb);
  if (mb <= PART_MB) return { paths: [whole.path], bytes: whole.bytes, mb };
  return ensureSplitCorpus(whole, dir, Math.round(mb / PART_MB));
}
