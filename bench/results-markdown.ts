import type { CorpusInput } from './corpus';
import type { Environment } from './environment';
import type { Measurement } from './measure';
import type { BenchOptions } from './options';
import { factor, mbPerSecond, megabytes, seconds } from './stats';
import type { DictionaryWithPacksRow } from './suites/dictionary-scaling';
import type { BenchResults, TargetResult } from './targets';
import { throughputRatio } from './targets';

export interface Report {
  environment: Environment;
  loadAtEnd: string;
  options: BenchOptions;
  results: BenchResults;
  dictionaryWithPacks: { input: CorpusInput; rows: DictionaryWithPacksRow[] };
  targets: TargetResult[];
  durationS: number;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A time cell that says when it is not a plain median of measured runs. */
function time(m: Measurement | undefined): string {
  if (!m) return '—';
  switch (m.status) {
    case 'measured':
      return m.runsMs.length === 1 ? `${seconds(m.wallMs)} (1 run)` : seconds(m.wallMs);
    case 'extrapolated':
      return `~${seconds(m.wallMs)} (extrapolated)`;
    case 'timed-out':
      return `> ${seconds(m.wallMs)} (stopped)`;
    case 'failed':
      return 'failed';
    case 'skipped':
      return 'not run';
  }
}

function throughput(m: Measurement | undefined): string {
  if (!m || !(m.status === 'measured' || m.status === 'extrapolated')) return '—';
  return (m.status === 'extrapolated' ? '~' : '') + mbPerSecond(m.bytes, m.wallMs);
}

function targetsSection(targets: TargetResult[]): string {
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**not met**');
  return table(
    ['Target', 'Measured', 'Result'],
    targets.map((t) => [t.target, t.measured, verdict(t.met)]),
  );
}

function peerSection(report: Report): string {
  const { peer } = report.results;
  const rows = peer.rows.map((r) => {
    const ratio = throughputRatio(r);
    const c = r.comparison;
    const same = c ? (c.same ? `yes (${c.mtlint} = ${c.textlint})` : `**no**: ${c.mtlint} vs ${c.textlint}; ${c.firstDifference}`) : '—';
    return [
      r.dictionary.toLocaleString('en'),
      `${r.input.mb} MB`,
      time(r.mtlint),
      throughput(r.mtlint),
      megabytes(r.mtlint.peakRssKb),
      time(r.textlint),
      throughput(r.textlint),
      megabytes(r.textlint.peakRssKb),
      Number.isFinite(ratio) ? `${r.textlint.status === 'extrapolated' ? '~' : ''}${ratio.toFixed(1)}×` : '—',
      same,
    ];
  });
  const notes = peer.rows
    .flatMap((r) => [
      r.mtlint.note && `mtlint, ${r.dictionary} entries, ${r.input.mb} MB: ${r.mtlint.note}`,
      r.textlint.note && `textlint, ${r.dictionary} entries, ${r.input.mb} MB: ${r.textlint.note}`,
    ])
    .filter(Boolean)
    .map((n) => `- ${n}`);
  const startup = table(
    ['Entries', 'mtlint start-up (empty file)', 'textlint start-up (empty file)'],
    peer.startup.map((s) => [s.dictionary.toLocaleString('en'), time(s.mtlint), time(s.textlint)]),
  );
  return [
    table(
      ['Entries', 'Input', 'mtlint (s)', 'mtlint MB/s', 'mtlint peak RSS', 'textlint (s)', 'textlint MB/s', 'textlint peak RSS', 'Throughput ratio mtlint/textlint', 'Same findings (count)'],
      rows,
    ),
    notes.length ? `\n${notes.join('\n')}` : '',
    '\nStart-up of each tool with each dictionary (whole process on an empty file):\n',
    startup,
  ].join('\n');
}

function dictionarySection(report: Report): string {
  const { peer } = report.results;
  const inputs = [...new Set(peer.rows.map((r) => r.input.mb))];
  const sections: string[] = [];
  for (const mb of inputs) {
    const rows = peer.rows.filter((r) => r.input.mb === mb);
    const first = rows[0]?.mtlint;
    sections.push(
      `One \`term\` rule alone (\`--no-default-rules --rules DICT\`), ${mb} MB:\n\n` +
        table(
          ['Entries', 'Time (s)', 'Growth vs previous row', 'Growth vs 100 entries', 'MB/s', 'Peak RSS'],
          rows.map((r, i) => [
            r.dictionary.toLocaleString('en'),
            time(r.mtlint),
            i ? factor(r.mtlint.wallMs, rows[i - 1].mtlint.wallMs) : '—',
            factor(r.mtlint.wallMs, first!.wallMs),
            throughput(r.mtlint),
            megabytes(r.mtlint.peakRssKb),
          ]),
        ),
    );
  }
  const withPacks = report.dictionaryWithPacks;
  const base = withPacks.rows[0]?.measurement;
  sections.push(
    `All bundled packs plus the dictionary, ${withPacks.input.mb} MB:\n\n` +
      table(
        ['Entries', 'Time (s)', 'Growth vs previous row', 'Growth vs 100 entries', 'MB/s', 'Peak RSS'],
        withPacks.rows.map((r, i) => [
          r.dictionary.toLocaleString('en'),
          time(r.measurement),
          i ? factor(r.measurement.wallMs, withPacks.rows[i - 1].measurement.wallMs) : '—',
          factor(r.measurement.wallMs, base!.wallMs),
          throughput(r.measurement),
          megabytes(r.measurement.peakRssKb),
        ]),
      ),
  );
  return sections.join('\n\n');
}

function inputSection(report: Report): string {
  const { scaling, startup } = report.results;
  const base = startup.emptyFile.status === 'measured' ? startup.emptyFile.wallMs : NaN;
  const net = (m: Measurement) => (m.status === 'measured' ? m.wallMs - base : NaN);
  const rows = scaling.map((r, i) => [
    `${r.input.mb} MB (${r.input.paths.length} file${r.input.paths.length === 1 ? '' : 's'})`,
    time(r.measurement),
    seconds(net(r.measurement)),
    throughput(r.measurement),
    i ? factor(net(r.measurement), net(scaling[i - 1].measurement)) : '—',
    factor(net(r.measurement), net(scaling[0].measurement)),
    factor(r.input.bytes, scaling[0].input.bytes),
    megabytes(r.measurement.peakRssKb),
  ]);
  const notes = scaling.filter((r) => r.measurement.note).map((r) => `- ${r.input.mb} MB: ${r.measurement.note}`);
  return [
    `Start-up subtracted: ${seconds(base)} s (whole process on an empty file, all bundled packs, one core).\n`,
    table(['Input', 'Time (s)', 'Net of start-up (s)', 'MB/s (whole process)', 'Net growth vs previous row', 'Net growth vs 1 MB', 'Input growth', 'Peak RSS'], rows),
    notes.length ? `\n${notes.join('\n')}` : '',
  ].join('\n');
}

function startupSection(report: Report): string {
  const s = report.results.startup;
  return table(
    ['Measure', 'Value'],
    [
      [`Load + validate + compile all bundled packs, in process (${s.rules} rules; median of fresh processes)`, `${s.loadMs.toFixed(0)} ms`],
      ['… of which loading mtlint\'s code (require)', `${s.requireMs.toFixed(0)} ms`],
      ['The same with an empty cache folder (`MTLINT_CACHE_DIR`), as on a first run', `${s.coldLoadMs.toFixed(0)} ms`],
      ['`mtlint check --format json samples/biden-iraq-2021.en.txt`, whole process', time(s.smallArticle)],
      ['`mtlint check --format json` on an empty file, whole process, one core', time(s.emptyFile)],
    ],
  );
}

function jobsSection(report: Report): string {
  const j = report.results.jobs;
  if (!j.measurement) return j.note;
  return `${time(j.measurement)} s, peak RSS ${megabytes(j.measurement.peakRssKb)}${j.measurement.note ? ` (${j.measurement.note})` : ''}. ${j.note}.`;
}

function environmentSection(report: Report): string {
  const e = report.environment;
  const o = report.options;
  return table(
    ['', ''],
    [
      ['Date', e.date],
      ['`nproc`', e.nproc],
      ['Node.js', e.node],
      ['CPU', e.cpu],
      ['Load average (1/5/15 min) at start', e.loadAtStart],
      ['Load average at end', report.loadAtEnd],
      ['mtlint', e.mtlint],
      ['textlint', e.textlint],
      ['prh', e.prh],
      ['Peak RSS from', e.rssProbe],
      ['One-core runs', e.pinning],
      ['Mode', `${o.quick ? '--quick' : 'full'}; ${o.runs} runs after a warm-up; textlint limit ${o.textlintLimitS} s; mtlint limit ${o.mtlintLimitS} s; long-run threshold ${o.longRunS} s`],
      ['Bench duration', `${(report.durationS / 60).toFixed(1)} min`],
    ],
  );
}

const METHOD = `How it is measured (\`npm run bench\`; \`bench/\`):

- Corpus: news paragraphs from \`samples/*.txt\`, \`samples/annotated/*.txt\` and \`samples/clean/*.txt\`, shuffled
  into articles by a seeded generator, with errors injected (MT slips, agency trailers, "Et al.", and names from
  the first 100 dictionary entries); 1 MB = 1,000,000 bytes; each size is a prefix of the same article stream.
  The 10 MB and 100 MB corpora are given to both tools as files of 1 MB cut at paragraph breaks (many articles,
  as a day of wire copy is); mtlint runs with \`--jobs 1\` except where \`--jobs 2\` is named.
- Dictionaries: generated name spellings, each an mtlint pack with one case-sensitive \`term\` rule and the same
  entries as prh YAML (\`wordBoundary: true\`, matching mtlint's whole-word literals). Every dictionary contains the
  100 injected entries, so all sizes find the same errors.
- Both tools run as whole processes (\`node bin/mtlint.js check --no-default-rules --rules DICT --format json FILE\`
  and \`textlint --config RC --format json FILE\`), stdout to a file, alternating, median of the measured runs after
  one warm-up each. Wall time includes start-up. "Throughput ratio" is textlint's time over mtlint's on the same file.
- Start-up and all runs are measured warm: the warm-up run fills mtlint's start-up caches (validated packs, regex
  facts, the word list; \`MTLINT_CACHE_DIR\`, by default in the OS temp folder); "with an empty cache" is a first run
  after an install or a pack change.
- "Same findings" compares line, column (both 1-based, UTF-16), span and replacement of every finding.
- An extrapolated textlint time is start-up + (time − start-up) × size ratio from the next smaller input; it is
  marked \`~\` and never counts as a measurement.`;

export function renderMarkdown(report: Report): string {
  return [
    '# mtlint benchmark results',
    '',
    `Written by \`npm run bench${report.options.quick ? ' -- --quick' : ''}\` on ${report.environment.date}. Timings depend on the machine and its load; see Environment.`,
    '',
    '## Targets',
    '',
    targetsSection(report.targets),
    '',
    '## mtlint vs textlint + textlint-rule-prh',
    '',
    peerSection(report),
    '',
    '## Time against dictionary size',
    '',
    dictionarySection(report),
    '',
    '## Time against input size (mtlint, all bundled packs, one core)',
    '',
    inputSection(report),
    '',
    '## Start-up',
    '',
    startupSection(report),
    '',
    '## 100 MB with `--jobs 2`',
    '',
    jobsSection(report),
    '',
    '## Environment',
    '',
    environmentSection(report),
    '',
    '## Method',
    '',
    METHOD,
    '',
  ].join('\n');
}

