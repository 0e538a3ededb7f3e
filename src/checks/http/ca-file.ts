import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, errorMessage } from '../../core/errors.js';

/** The PEM of input `ca-file` (a private or test CA trusted besides the system's), or undefined when not set. */
export function readCaFile(cwd: string, file: string): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UserError(`Input 'ca-file': cannot read ${file}: ${errorMessage(err)}`);
  }
}
