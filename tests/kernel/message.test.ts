import { MessageTemplate } from '../../src/kernel/message';

describe('MessageTemplate', () => {
  it('fills every placeholder, repeats included, and keeps the text around them', () => {
    const t = new MessageTemplate('"{match}" may be {suggestion}; if {alt} is meant, write "{suggestion}".');
    const values: Record<string, string> = { match: 'US-Iran', suggestion: 'US-Iraq', alt: 'Iran' };
    const asked: string[] = [];
    const filled = t.fill((name) => {
      asked.push(name);
      return values[name];
    });
    expect(asked).toEqual(['match', 'suggestion', 'alt', 'suggestion']);
    expect(filled).toBe('"US-Iran" may be US-Iraq; if Iran is meant, write "US-Iraq".');
  });

  it('leaves unknown placeholders as written, so a typo in a rule shows in its message', () => {
    expect(new MessageTemplate('Use {sugestion}.').fill(() => undefined)).toBe('Use {sugestion}.');
  });

  it('prints numbers and zero', () => {
    expect(new MessageTemplate('{n} of {m}').fill((name) => (name === 'n' ? 0 : 12))).toBe('0 of 12');
  });

  it('takes a template without placeholders, or with only placeholders, as it is', () => {
    expect(new MessageTemplate('Plain text.').fill(() => 'x')).toBe('Plain text.');
    expect(new MessageTemplate('{a}{b}').fill((name) => name.toUpperCase())).toBe('AB');
    expect(new MessageTemplate('').fill(() => 'x')).toBe('');
  });

  it('treats braces that are not a placeholder as text', () => {
    expect(new MessageTemplate('{ not one } {a-b} {}').fill(() => 'x')).toBe('{ not one } {a-b} {}');
  });

  it('gives a filled value as it is, even when it looks like a placeholder', () => {
    expect(new MessageTemplate('{a} {b}').fill((name) => (name === 'a' ? '{b}' : 'B'))).toBe('{b} B');
  });
});
