import { RE2JS } from 're2js';
import type { TextRegex } from '../kernel/text-regex';
import { toRe2, type Re2Pattern } from './to-re2';

type Matcher = ReturnType<RE2JS['matcher']>;

/**
 * A RegExp look-alike that runs on RE2 (re2js): its time is linear in the text whatever the
 * pattern, so no pattern can hang a run. It takes JavaScript syntax (Unicode mode) and gives
 * the same matches, offsets in UTF-16 code units and groups as RegExp would.
 */
export class LinearRegex implements TextRegex {
  lastIndex = 0;
  private readonly pattern: Re2Pattern;
  private readonly re: RE2JS;
  private readonly global: boolean;
  private readonly groupCount: number;
  private readonly named: boolean;
  /** The matcher of the last text, reused while a loop of `exec` calls walks one text. */
  private last?: { text: string; matcher: Matcher };

  constructor(source: string, flags: string) {
    this.pattern = toRe2(source, flags);
    this.re = RE2JS.compile(this.pattern.source, RE2JS.LOOKBEHINDS);
    this.global = flags.includes('g');
    this.groupCount = Math.max(0, ...this.pattern.groups);
    this.named = this.pattern.names.some((n) => n !== undefined);
  }

  exec(text: string): RegExpExecArray | null {
    const from = this.global ? this.lastIndex : 0;
    const m = from <= text.length ? this.matcherFor(text) : undefined;
    if (!m || !m.find(from)) {
      this.lastIndex = 0;
      return null;
    }
    let end = m.end();
    const values: (string | undefined)[] = new Array(this.groupCount).fill(undefined);
    this.pattern.groups.forEach((js, i) => {
      const start = m.start(i + 1);
      // A peeked character is not part of the match: the match ends where it starts.
      if (js === -1) end = start >= 0 ? start : end;
      else if (start >= 0) values[js - 1] = text.slice(start, m.end(i + 1));
    });
    const index = m.start();
    const result = [text.slice(index, end), ...values] as unknown as RegExpExecArray;
    result.index = index;
    result.input = text;
    result.groups = this.named ? namedGroups(this.pattern.names, values) : undefined;
    if (this.global) this.lastIndex = end;
    return result;
  }

  test(text: string): boolean {
    return this.global ? this.exec(text) !== null : this.re.test(text);
  }

  private matcherFor(text: string): Matcher {
    if (this.last?.text !== text) this.last = { text, matcher: this.re.matcher(text) };
    return this.last.matcher;
  }
}

function namedGroups(names: (string | undefined)[], values: (string | undefined)[]): Record<string, string> {
  const groups: Record<string, string> = Object.create(null);
  names.forEach((name, js) => {
    if (name !== undefined) groups[name] = values[js - 1] as string;
  });
  return groups;
}
