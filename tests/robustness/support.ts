import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { pack, REPO } from '../helpers';

export const BIN = join(REPO, 'bin/mtlint.js');

/** A rule of any kind with the properties every rule needs; `extra` gives the kind's own. */
export function rule(id: string, kind: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    kind,
    severity: 'error',
    category: 'style',
    message: 'Flagged: {match}',
    description: 'A rule made up for a robustness test.',
    examples: { bad: [{ text: 'x [[y]] z' }], good: ['x'] },
    ...extra,
  };
}

export const patternRule = (id: string, pattern: string, extra: Record<string, unknown> = {}) => rule(id, 'pattern', { pattern, ...extra });

export function customPack(rules: Record<string, unknown>[], name = 'custom'): string {
  return pack(rules, { name });
}

/** The JSON report printed by `--format json`. */
export function report(stdout: string): { files: { path: string; findings: { ruleId: string; text: string; start: number; end: number }[]; errors?: { message: string; ruleId?: string; byteOffset?: number }[]; fixed?: boolean }[] } {
  return JSON.parse(stdout);
}

/** Runs the built CLI in a child process, for what in-process runs cannot show (signals, users, limits). */
export function runBin(args: string[], options: { cwd: string; uid?: number; shellPrefix?: string; timeout?: number }): SpawnSyncReturns<string> {
  if (options.shellPrefix) {
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return spawnSync('bash', ['-c', `${options.shellPrefix} ${quoted}`], { cwd: options.cwd, encoding: 'utf8', timeout: options.timeout ?? 60_000 });
  }
  return spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, encoding: 'utf8', uid: options.uid, timeout: options.timeout ?? 60_000 });
}

/** Starts the built CLI and SIGKILLs it after `afterMs`; resolves when it is gone. */
export function runAndKill(args: string[], cwd: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export const elapsed = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const began = performance.now();
  const value = await f();
  return [value, performance.now() - began];
};
