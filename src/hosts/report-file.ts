import { closeSync, constants, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { UserError } from '../core/errors.js';

/**
 * Writes `text` to `file` without ever following a symbolic link there (O_NOFOLLOW): a link planted at the path is
 * refused, not written through. `exclusive` also refuses any file already there (O_EXCL), for paths we invent.
 */
export function writeFileNoFollow(file: string, text: string, opts: { exclusive?: boolean; mode?: number } = {}): void {
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_NOFOLLOW |
    (opts.exclusive ? constants.O_EXCL : constants.O_TRUNC);
  let fd: number;
  try {
    fd = openSync(file, flags, opts.mode ?? 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UserError(`${file} is a symbolic link; launchgate does not write through links.`);
    throw err;
  }
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the JSON report into a fresh private folder (mode 0700) under $RUNNER_TEMP, or the OS's temporary folder,
 * and returns its path: no other user can read it, plant a link in it, or make the write fail.
 */
export function writeJsonReport(name: string, report: unknown, root = process.env.RUNNER_TEMP || os.tmpdir()): string {
  const dir = mkdtempSync(path.join(root, 'launchgate-'));
  const file = path.join(dir, `${name}.json`);
  writeFileNoFollow(file, JSON.stringify(report, null, 2) + '\n', { exclusive: true, mode: 0o600 });
  return file;
}
