import { createHash } from 'node:crypto';
import { accessSync, closeSync, constants, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync, chownSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class WriteConflictError extends Error {
  constructor(readonly file: string) {
    super(`${file}: changed on disk since it was read; not overwritten`);
    this.name = 'WriteConflictError';
  }
}

export class ReadOnlyFileError extends Error {
  constructor(readonly file: string) {
    super(`${file}: the file is read-only; not overwritten`);
    this.name = 'ReadOnlyFileError';
  }
}

/**
 * Replaces a file atomically: the new bytes go to a temporary file in the same folder, are
 * flushed to disk, take over the original's mode, and are renamed over it. A crash at any
 * point leaves either the old file or the new one. When `expectedHash` is given and the file
 * no longer has it, nothing is written.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array, expectedHash?: string): void {
  // Through a symbolic link, the file it points to is the one to replace, not the link.
  const file = realpathSync(path);
  const stat = statSync(file);
  // The rename would get past a read-only file (it needs only the folder to be writable), and
  // root passes every permission check: the file's own write bits decide.
  if ((stat.mode & 0o222) === 0 || !writable(file)) throw new ReadOnlyFileError(path);
  if (expectedHash !== undefined && sha256(readFileSync(file)) !== expectedHash) throw new WriteConflictError(file);
  const temp = join(dirname(file), `.${basename(file)}.mtlint-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', stat.mode & 0o7777);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, stat.mode & 0o7777);
    try {
      chownSync(temp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; the mode bits above still carry over.
    }
    if (expectedHash !== undefined && sha256(readFileSync(file)) !== expectedHash) throw new WriteConflictError(file);
    renameSync(temp, file);
    fsyncDir(dirname(file));
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file may not exist yet.
    }
    throw err;
  }
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems do not allow syncing a folder; the rename itself is still atomic.
  }
}
