export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
  strike(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function palette(enabled: boolean): Palette {
  if (!enabled) {
    const id = (s: string) => s;
    return { red: id, yellow: id, blue: id, green: id, dim: id, bold: id, underline: id, strike: id };
  }
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
    strike: wrap(9, 29),
  };
}
