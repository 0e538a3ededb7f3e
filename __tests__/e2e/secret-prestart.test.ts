// The secret scan's action starts its history reader thread before the gate loads (prestart.ts), on a guess from
// the raw inputs. When the inputs then fail validation, the idle thread must not keep the action running: it
// ended with the error before the thread was started early, and must still.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync } from 'node:fs';
import { runAction } from '../helpers/run-action.js';
import { HISTORY_SECRETS, buildHistoryRepo, type HistoryRepo } from '../helpers/secret-history-repo.js';

let history: HistoryRepo;
beforeAll(() => {
  history = buildHistoryRepo({ bigBytes: 0, fillers: 1 });
});
afterAll(() => rmSync(history.repo.dir, { recursive: true, force: true }));

describe('reader thread started early', () => {
  test('inputs that fail validation end the run with their error; the thread started for them does not hold it', async () => {
    // `BUILTIN` reads as builtin to the guess, which starts the thread, and is refused by the input's validation.
    const run = await runAction('secret-scan', {
      cwd: history.repo.dir,
      inputs: { mode: 'history', engine: 'BUILTIN' },
      env: { LAUNCHGATE_SECRET_SCAN_THREADS: '1' },
      timeoutMs: 60_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::Input 'engine' got "BUILTIN"; accepted: builtin, gitleaks.`);
  });

  test('a history the thread started early reads is scanned whole, as without it', async () => {
    const early = await runAction('secret-scan', {
      cwd: history.repo.dir,
      inputs: { mode: 'history' },
      env: { LAUNCHGATE_SECRET_SCAN_THREADS: '1' },
    });
    const late = await runAction('secret-scan', {
      cwd: history.repo.dir,
      inputs: { mode: 'history' },
      env: { LAUNCHGATE_SECRET_SCAN_THREADS: '1', LAUNCHGATE_SECRET_SCAN_READER: 'inline' },
    });
    expect(early.exitCode).toBe(1);
    expect(early.outputs.findings).toBe(late.outputs.findings);
    expect(Number(early.outputs.findings)).toBeGreaterThan(0);
    for (const secret of Object.values(HISTORY_SECRETS)) expect(early.everything).not.toContain(secret);
  });
});
