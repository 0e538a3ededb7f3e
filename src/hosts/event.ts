import { readFileSync } from 'node:fs';
import type { RunEvent } from '../core/check.js';
import { UserError, errorMessage } from '../core/errors.js';

/** The triggering event: GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH, or `local` outside Actions. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? 'local';
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (err) {
    throw new UserError(`Could not read the event file GITHUB_EVENT_PATH=${file}: ${errorMessage(err)}`);
  }
}
