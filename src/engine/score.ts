import type { Finding, Severity } from '../kernel/types';

export interface ScoreSettings {
  /** Penalty points per finding, by severity. */
  weights: Record<Severity, number>;
  /** Multipliers by category; the longest matching prefix wins ("fluency" covers "fluency/spelling"). */
  categories: Record<string, number>;
}

export const DEFAULT_SCORE: ScoreSettings = {
  weights: { info: 0, warning: 1, error: 5, critical: 25 },
  categories: {},
};

export interface Score {
  /** 100 − penalty per 1,000 words; below 0 for very poor text. */
  score: number;
  penalty: number;
  words: number;
  /** Penalty by category. */
  categories: Record<string, number>;
}

function categoryWeight(category: string, weights: Record<string, number>): number {
  let best: number | undefined;
  let bestLength = -1;
  for (const [prefix, w] of Object.entries(weights)) {
    if ((category === prefix || category.startsWith(prefix + '/')) && prefix.length > bestLength) {
      best = w;
      bestLength = prefix.length;
    }
  }
  return best ?? 1;
}

/** An MQM-style quality score: penalty points per finding, normalised per 1,000 words of prose. */
export function scoreFindings(findings: Finding[], words: number, settings: ScoreSettings = DEFAULT_SCORE): Score {
  const categories: Record<string, number> = {};
  let penalty = 0;
  for (const f of findings) {
    const p = settings.weights[f.severity] * categoryWeight(f.category, settings.categories);
    if (p === 0) continue;
    penalty += p;
    categories[f.category] = (categories[f.category] ?? 0) + p;
  }
  const score = words > 0 ? 100 - (penalty * 1000) / words : penalty > 0 ? 0 : 100;
  return { score: Math.round(score * 100) / 100, penalty, words, categories };
}
