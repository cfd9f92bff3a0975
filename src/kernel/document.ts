import { SPACE, unitClasses } from './char-class';
import { codeUnits } from './code-units';
import { LineIndex } from './positions';
import { forEachSentence } from './sentences';
import { countWords, wordBounds, type WordBounds } from './words';
import { findSpanIndex } from './spans';
import type { Span } from './types';

export interface Sentence extends Span {
  paragraph: number;
}

/**
 * The checked text and its structure. `text` is what rules see; for markup formats the
 * non-prose parts are blanked out with spaces so every offset still points into `source`.
 */
export class Document {
  readonly lines: LineIndex;
  private paragraphCache?: Span[];
  private sentenceCache?: Sentence[];
  private lineSpanCache?: Span[];
  private wordCountCache?: number;
  private wordCache?: WordBounds;
  private unitCache?: Uint16Array;

  /** `units`: the code units of `text`, when the caller has them already (else made when first needed). */
  constructor(
    readonly text: string,
    readonly source: string = text,
    units?: Uint16Array,
  ) {
    if (source.length !== text.length) throw new Error('Document: prose text and source must have equal length');
    if (units && units.length !== text.length) throw new Error('Document: code units and text must have equal length');
    this.lines = new LineIndex(source);
    this.unitCache = units;
  }

  /** `text` as UTF-16 code units, for the scans that read every one of them. */
  get units(): Uint16Array {
    this.unitCache ??= codeUnits(this.text);
    return this.unitCache;
  }

  /** Blocks of non-blank lines. */
  get paragraphs(): Span[] {
    if (this.paragraphCache) return this.paragraphCache;
    const spans: Span[] = [];
    const text = this.text;
    const blank = /\n[ \t\r\f\v\u00a0\u3000\u200b]*(?=\n)/g;
    let start = 0;
    const trimmed = (i: number) => {
      const c = text.charCodeAt(i);
      return c === 0x200b || (unitClasses(c) & SPACE) !== 0;
    };
    const close = (end: number) => {
      let s = start;
      while (s < end && trimmed(s)) s++;
      let e = end;
      while (e > s && trimmed(e - 1)) e--;
      if (e > s) spans.push({ start: s, end: e });
    };
    for (let m = blank.exec(text); m; m = blank.exec(text)) {
      close(m.index);
      start = m.index + m[0].length;
    }
    close(text.length);
    this.paragraphCache = spans;
    return spans;
  }

  get sentences(): Sentence[] {
    if (this.sentenceCache) return this.sentenceCache;
    const out: Sentence[] = [];
    const paragraphs = this.paragraphs;
    for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
      const p = paragraphs[paragraph];
      forEachSentence(this.text, p.start, p.end, (start, end) => out.push({ start, end, paragraph }));
    }
    this.sentenceCache = out;
    return out;
  }

  /** Each line without its line break. */
  get lineSpans(): Span[] {
    this.lineSpanCache ??= this.lines.lineStarts.map((start, i) => ({ start, end: this.lines.lineContentEnd(i) }));
    return this.lineSpanCache;
  }

  /** How many words the text has, as `splitWords` would list them. */
  get wordCount(): number {
    return this.wordCache ? this.wordCache.count : (this.wordCountCache ??= countWords(this.text, 0, this.text.length, this.units));
  }

  /** The bounds of every word, in order, as `splitWords` would list them. */
  get words(): WordBounds {
    this.wordCache ??= wordBounds(this.text, this.units);
    return this.wordCache;
  }

  sentenceAt(offset: number): Sentence | undefined {
    const i = this.sentenceIndexAt(offset);
    return i === -1 ? undefined : this.sentences[i];
  }

  /** Index into `sentences` of the sentence containing `offset`, or -1. */
  sentenceIndexAt(offset: number): number {
    return findSpanIndex(this.sentences, offset);
  }

  paragraphAt(offset: number): Span | undefined {
    return findSpan(this.paragraphs, offset);
  }

  slice(span: Span): string {
    return this.source.slice(span.start, span.end);
  }
}

function findSpan<T extends Span>(spans: T[], offset: number): T | undefined {
  const i = findSpanIndex(spans, offset);
  return i === -1 ? undefined : spans[i];
}
