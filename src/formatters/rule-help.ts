import type { LoadedRule } from '../loader/load-rules';
import { parseMarked } from '../testing/marked-example';

export interface RuleHelp {
  text: string;
  markdown: string;
}

function fixText(suggestions: string[] | undefined, quote: (s: string) => string): string {
  if (!suggestions?.length) return 'none automatic; needs an editor';
  return suggestions.map((s) => (s === '' ? 'delete it' : quote(s))).join(' or ');
}

const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');

/**
 * Help for code-scanning UIs, which show it beside every finding: the rule's description (why
 * this is a likely MT error) and its first bad example, so an editor sees what the rule means.
 */
export function ruleHelp(rule: LoadedRule): RuleHelp {
  const example = rule.examples?.bad?.[0];
  const marked = example && parseMarked(example.text);
  if (!example || !marked) return { text: rule.description, markdown: escapeMarkdown(rule.description) };

  const flagged = marked.text.slice(marked.start, marked.end);
  const before = marked.text.slice(0, marked.start);
  const after = marked.text.slice(marked.end);
  const indented = marked.text.split('\n').map((l) => `    ${l}`.trimEnd());
  const quoted = (before ? escapeMarkdown(before) : '') + `**${escapeMarkdown(flagged)}**` + escapeMarkdown(after);
  return {
    text: [rule.description, '', `Example: flags "${flagged}" in`, ...indented, `Fix: ${fixText(example.suggestions, (s) => `"${s}"`)}`].join('\n'),
    markdown: [
      escapeMarkdown(rule.description),
      '',
      `**Example:** flags “${escapeMarkdown(flagged)}” in`,
      '',
      ...quoted.split('\n').map((l) => `> ${l}`.trimEnd()),
      '',
      `**Fix:** ${fixText(example.suggestions, (s) => `“${escapeMarkdown(s)}”`)}`,
    ].join('\n'),
  };
}
