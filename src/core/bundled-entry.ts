import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A separate entry point of the bundle (a worker or a child process, built into dist/shared/ by scripts/build.mjs),
 * found from the calling module's URL: the caller's code sits in a dist/shared/ chunk or in a gate's own entry file
 * beside it. Undefined when running from source, where no such file exists.
 */
export function bundledEntry(callerUrl: string, file: string): string | undefined {
  const here = path.dirname(fileURLToPath(callerUrl));
  for (const candidate of [path.join(here, file), path.join(here, '..', 'shared', file)])
    if (existsSync(candidate)) return candidate;
  return undefined;
}
