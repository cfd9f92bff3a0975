/**
 * Length-preserving lower-casing of one UTF-16 code unit. `String#toLowerCase` can change the
 * length ("İ" becomes two units), which would break offset mapping, so such units are left alone.
 */
let table: Uint16Array | undefined;

export function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    // Through upper case first, so that the variants a case-insensitive regex treats as one
    // letter fold together too: long s with s, final sigma with sigma, micro sign with mu.
    // Turkish dotted and dotless i stay apart, as they do in a regex.
    const upper = c === 0x130 || c === 0x131 ? ch : ch.toUpperCase();
    const lower = (upper.length === 1 ? upper : ch).toLowerCase();
    const own = ch.toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : own.length === 1 ? own.charCodeAt(0) : c;
  }
  return table;
}

export function foldCase(text: string): string {
  const t = foldTable();
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(t[text.charCodeAt(i)]);
  return out;
}
