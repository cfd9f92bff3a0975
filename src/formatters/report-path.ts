import { isAbsolute, relative } from 'node:path';

/**
 * The path a CI system expects: relative to the folder mtlint ran in (the repository root in a
 * workflow) with forward slashes, because GitHub, GitLab and SARIF viewers resolve annotations
 * against the checkout and never against this machine's absolute paths.
 */
export function reportPath(path: string, cwd: string): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  // relative() across Windows drives returns an absolute path; keep it rather than invent one.
  return (rel === '' ? path : rel).replace(/\\/g, '/');
}

/** A relative URI reference for `reportPath`: each segment percent-encoded, slashes kept. */
export function reportUri(path: string, cwd: string): string {
  return reportPath(path, cwd)
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
