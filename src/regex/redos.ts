import type { AST } from '@eslint-community/regexpp';
import type { Report } from 'scslre';

/**
 * Why a pattern would make a backtracking engine take exponential time (ReDoS), or undefined.
 * The analysis is scslre's, the one behind eslint-plugin-regexp's no-super-linear-backtracking;
 * it is loaded only when an untrusted pack has patterns, so start-up with the bundled packs
 * does not pay for it. The pattern must already be valid (Unicode mode).
 */
export function catastrophicBacktracking(source: string, flags: string): string | undefined {
  const { RegExpParser } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  const { analyse } = require('scslre') as typeof import('scslre');
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  const parsedFlags = parser.parseFlags([...new Set('u' + flags.replace(/[gy]/g, ''))].join(''));
  // Rule kinds run a pattern as it is written, so the analysis may judge whether anything
  // after an ambiguous part can make the match fail (only then is it exploitable).
  const result = analyse({ pattern, flags: parsedFlags }, { reportTypes: { Move: false } });
  const report = result.reports.find((r) => r.exponential);
  return report ? describe(report) : undefined;
}

function describe(report: Report): string {
  const quote = (q: AST.Quantifier) => `"${q.raw}"`;
  const cause =
    report.type === 'Self'
      ? `${quote(report.quant)} is repeated inside ${quote(report.parentQuant)}`
      : report.type === 'Trade'
        ? `${quote(report.startQuant)} and ${quote(report.endQuant)} can match the same characters inside a repetition`
        : `${quote(report.quant)} can match the same text in many ways`;
  const fixed = report.fix();
  return (
    `catastrophic backtracking (ReDoS): ${cause}, so on a long run of ${JSON.stringify(report.character.pick)} that does not match, ` +
    `a backtracking regex engine tries exponentially many ways to split it` +
    (fixed ? `; an equivalent safe pattern is /${fixed.source}/` : '; rewrite it so that no repeated part can match the same text in two ways')
  );
}
