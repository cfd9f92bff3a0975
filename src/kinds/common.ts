import type { Document } from '../kernel/document';
import type { CompileContext } from '../kernel/rule-kind';

/** Schema fragment shared by kinds that accept `unless` context patterns. */
export const unlessSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description: 'Regular expressions tested against the sentence around a match; when one matches, the match is not reported.',
};

/** Compiles `unless` patterns once; the returned test takes a match offset. */
export function compileUnless(ctx: CompileContext<any>, patterns: string[] | undefined, field: string) {
  const regexes = (patterns ?? []).map((p, i) => ctx.regex(p, '', `${field}[${i}]`, { prefilter: false }));
  return (doc: Document, offset: number): boolean => {
    if (regexes.length === 0) return false;
    const sentence = doc.sentenceAt(offset) ?? doc.paragraphAt(offset);
    const text = sentence ? doc.text.slice(sentence.start, sentence.end) : doc.text;
    return regexes.some((r) => r.test(text));
  };
}
