import { assertInlineSafe, cspHash, escapeHtml, scriptJson } from './embed';

export interface PageParts {
  title: string;
  css: string;
  /** The one inline script: the browser application and the modules it runs. */
  js: string;
  data: unknown;
}

/**
 * The report page. Nothing is fetched: the only script and the only stylesheet are inline, and
 * the Content-Security-Policy allows exactly those two (by hash) and nothing else, so even text
 * that slipped past escaping could neither run nor load anything.
 */
export function renderPage(parts: PageParts): string {
  const css = assertInlineSafe(parts.css, 'report stylesheet');
  const js = assertInlineSafe(parts.js, 'report script');
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(js)}`,
    `style-src ${cspHash(css)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="mtlint">
<title>${escapeHtml(parts.title)}</title>
<style>${css}</style>
</head>
<body>
<noscript><p class="noscript">This report shows the articles and their findings with JavaScript, which is turned off. The same findings are in <code>mtlint check --format json</code>.</p></noscript>
<div id="app"></div>
<script type="application/json" id="mtlint-data">${scriptJson(parts.data)}</script>
<script>${js}</script>
</body>
</html>
`;
}
