/** Maps offsets in decoded text to 1-based lines and 1-based UTF-16 columns. */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** The line found last: findings come mostly in text order, so the next is nearly always on it or soon after. */
  private recent = 0;

  /** Zero-based line number that contains `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    const last = starts.length - 1;
    const recent = this.recent;
    if (starts[recent] <= offset && (recent === last || offset < starts[recent + 1])) return recent;
    if (recent < last && starts[recent + 1] <= offset && (recent + 1 === last || offset < starts[recent + 2])) return (this.recent = recent + 1);
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.recent = lo);
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStarts[line] + 1 };
  }

  /** Offset of the end of a line's content, before its CR/LF terminator. */
  lineContentEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    const newline = this.lineStarts[line + 1] - 1;
    return newline > this.lineStarts[line] && this.text[newline - 1] === '\r' ? newline - 1 : newline;
  }
}
