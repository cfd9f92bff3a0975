import { join } from 'node:path';
import { packageRoot } from '../loader/package-root';
import { asset, compiledModule } from './html/embed';
import { renderPage } from './html/page';
import { reportData } from './html/report-data';
import type { Formatter } from './types';

/** Kernel modules the page runs, under the names they `require` each other by. */
const BROWSER_MODULES = ['apply-edits', 'apply-decisions'];

/**
 * Where a kernel module's own file is: beside this one's folder when running from the compiled
 * files or the sources, in the compiled files when this code runs from the single-file bundle.
 */
function kernelModulePath(name: string): string {
  try {
    return require.resolve(`../kernel/${name}`);
  } catch {
    return join(packageRoot(), 'dist/src/kernel', `${name}.js`);
  }
}

/** Wraps CommonJS modules so that they can `require` each other in the page, with no loader. */
function bundle(): string {
  const modules = BROWSER_MODULES.map((name) => `${JSON.stringify(`./${name}`)}: function (exports, require) {\n${compiledModule(kernelModulePath(name))}\n}`);
  return `var mtlintModules = (function () {
  var factories = {\n${modules.join(',\n')}\n};
  var cache = {};
  function load(name) {
    if (!cache[name]) {
      cache[name] = {};
      factories[name](cache[name], load);
    }
    return cache[name];
  }
  return load;
})();`;
}

/**
 * A self-contained review page: an index of the articles, each article with its findings
 * highlighted, and accept / reject / edit decisions that download as a corrected article or as
 * a decisions file for `mtlint apply`.
 */
export const html: Formatter = (report, ctx) => {
  const data = reportData(report, ctx);
  const n = data.files.length;
  const title = n === 1 ? `mtlint report: ${data.files[0].path}` : `mtlint report: ${n} articles`;
  const js = `${bundle()}\n${asset('report.js')}\nstartReport(mtlintModules('./apply-decisions'));\n`;
  return renderPage({ title, css: asset('report.css'), js, data });
};
