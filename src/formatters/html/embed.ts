import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../loader/package-root';

/**
 * JSON that can sit inside `<script type="application/json">`: the HTML parser ends a script at
 * the first `</script` whatever the JSON means, so `<` (and `>`, `&` for good measure) become
 * \u escapes; U+2028/U+2029 too, which older JavaScript parsers took for line breaks.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The value a Content-Security-Policy uses to allow exactly this inline script or style. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Refuses code that would end its inline `<script>` or `<style>` element early. */
export function assertInlineSafe(code: string, name: string): string {
  if (/<\/(script|style)|<!--/i.test(code)) throw new Error(`${name}: cannot be inlined: contains </script, </style or <!--`);
  return code;
}

/** A file shipped with the report (its stylesheet and browser script). */
export function asset(name: string): string {
  return readFileSync(join(packageRoot(), 'src/formatters/html/assets', name), 'utf8');
}

/**
 * The JavaScript of one of our own modules, as it runs in Node, so that the browser executes the
 * very code the CLI does. Installed, it is the compiled file next to the running one; when mtlint
 * runs from TypeScript sources (tests), the source is transpiled the same way.
 */
export function compiledModule(resolvedPath: string): string {
  const source = readFileSync(resolvedPath, 'utf8');
  let js = source;
  if (resolvedPath.endsWith('.ts')) {
    // typescript is a dev dependency: only a checkout running its sources gets here.
    const ts = require('typescript') as typeof import('typescript');
    js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  }
  return js.replace(/^\/\/# sourceMappingURL=.*$/gm, '').trimEnd();
}
