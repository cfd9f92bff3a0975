import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
// Loaded when a pattern is not an existing path: most runs name files.
const picomatch = () => require('picomatch') as typeof import('picomatch');
import { SUPPORTED_EXTENSIONS } from '../formats';
import { UsageError } from '../schema/diagnostic';

export interface Input {
  /** As shown in reports: relative to cwd where possible. */
  path: string;
  /** True when the user named the file itself (not found by walking a folder or a glob). */
  explicit: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

function walk(dir: string, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = require('node:fs').realpathSync(dir);
  } catch {
    return;
  }
  // A symlink loop would otherwise walk forever.
  if (seen.has(real)) return;
  seen.add(real);
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && isDir(full))) {
      if (!SKIP_DIRS.has(e.name)) walk(full, out, seen);
    } else if (SUPPORTED_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
      out.push(full);
    }
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Files, folders (walked for .txt, .md, .markdown, .html, .htm) and globs. A pattern that
 * matches nothing is an error unless `allowUnmatched`. `-` stands for stdin.
 */
export function expandInputs(patterns: string[], cwd: string, allowUnmatched = false): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (full: string, explicit: boolean) => {
    if (seen.has(full)) return;
    seen.add(full);
    const rel = relative(cwd, full);
    out.push({ path: rel && !rel.startsWith('..') ? rel : full, explicit });
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      out.push({ path: '-', explicit: true });
      continue;
    }
    const full = resolve(cwd, pattern);
    if (existsSync(full) || !picomatch().scan(pattern).isGlob) {
      if (isDir(full)) {
        const files: string[] = [];
        walk(full, files, new Set());
        if (!files.length && !allowUnmatched) throw new UsageError(`no supported files (${SUPPORTED_EXTENSIONS.join(', ')}) in folder "${pattern}"`);
        files.forEach((f) => add(f, false));
      } else {
        // Missing or unreadable files are reported per file, not as a usage error.
        add(full, true);
      }
      continue;
    }
    const scan = picomatch().scan(pattern);
    const base = resolve(cwd, scan.base || '.');
    const isMatch = picomatch()(pattern.replace(/\\/g, '/'), { dot: false });
    const files: string[] = [];
    if (isDir(base)) walk(base, files, new Set());
    const matched = files.filter((f) => isMatch(relative(cwd, f).split('\\').join('/')));
    if (!matched.length && !allowUnmatched) throw new UsageError(`no files match the pattern "${pattern}"`);
    matched.forEach((f) => add(f, false));
  }
  return out;
}
