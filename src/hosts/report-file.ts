import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';

/** Writes the JSON report to `$RUNNER_TEMP/launchgate/<name>.json` and returns its path. */
export function writeJsonReport(
  name: string,
  report: unknown,
  dir = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'launchgate'),
): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}
