// Issue 15.5: the bundled action reads a full history with one thread per core (dist/shared/secret-history-worker.js),
// each thread running git log -p over slices of rev-list. Its findings must be the single-process scan's: the
// same commits, files, lines, rules, with the same counts in the summary.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { HISTORY_SECRETS, buildHistoryRepo, type HistoryRepo } from '../helpers/secret-history-repo.js';

const THREADS_ENV = 'LAUNCHGATE_SECRET_SCAN_THREADS';
const READER_ENV = 'LAUNCHGATE_SECRET_SCAN_READER';
let history: HistoryRepo;

beforeAll(() => {
  // Over 4 MiB in one file (scanned in overlapping chunks), and enough commits for the threads to share.
  history = buildHistoryRepo({ bigBytes: 4.3 * 1024 * 1024, fillers: 24 });
});
afterAll(() => rmSync(history.repo.dir, { recursive: true, force: true }));

function results(run: ActionRun) {
  const sarif = JSON.parse(readFileSync(run.outputs.sarif, 'utf8'));
  return sarif.runs[0].results.map((r: any) => {
    const loc = r.locations?.[0]?.physicalLocation;
    return `${r.ruleId} ${loc?.artifactLocation?.uri}:${loc?.region?.startLine}:${loc?.region?.startColumn} ${r.partialFingerprints?.['launchgate/v1']}`;
  });
}

const scannedLine = (run: ActionRun) => /\d+ commit\(s\)[^\n]*/.exec(run.summary)?.[0] ?? '';

describe('history scan across threads', () => {
  test('two and three threads, and git read in the scanning thread, find exactly what one process finds', async () => {
    const run = (threads: string, reader = 'thread') =>
      runAction('secret-scan', {
        cwd: history.repo.dir,
        inputs: { mode: 'history' },
        env: { [THREADS_ENV]: threads, [READER_ENV]: reader },
        timeoutMs: 180_000,
      });
    const single = await run('1');
    expect(single.exitCode).toBe(1);
    expect(scannedLine(single)).not.toContain('threads');
    const expected = results(single);
    const s = HISTORY_SECRETS;
    // Every kind of place a secret can be in a history is among them (the raw value never is).
    const text = expected.join('\n');
    expect(text).toContain(`github-pat app.env:2:7 ${history.merge}:app.env:github-pat:2`);
    expect(text).toContain(
      `stripe-access-token config/production.env:3:8 ${history.rename}:config/production.env:stripe-access-token:3`,
    );
    expect(text).toMatch(
      new RegExp(`github-pat dist/huge\\.js:(\\d+):16 ${history.big}:dist/huge\\.js:github-pat:\\1$`, 'm'),
    );
    expect(text).toContain('pkcs12-file certs/client.p12:');
    expect(text).toContain('stripe-access-token docs/notes.md:1:23');
    for (const secret of Object.values(s)) expect(single.everything).not.toContain(secret);
    expect(scannedLine(single)).toContain('1 file(s) over 4.0 MiB scanned in overlapping chunks');
    expect(scannedLine(single)).toContain('2 binary file(s) checked by name only');

    // One scanning thread reading git itself, between fragments, instead of a reader thread beside it.
    const inline = await run('1', 'inline');
    expect(results(inline)).toEqual(expected);
    expect(scannedLine(inline)).toBe(scannedLine(single));

    for (const threads of ['2', '3']) {
      const parallel = await run(threads);
      expect(parallel.exitCode).toBe(1);
      // The pool really ran: the summary says how many threads read the history.
      expect(scannedLine(parallel)).toContain(`read and scanned by ${threads} threads`);
      expect(results(parallel)).toEqual(expected);
      expect(scannedLine(parallel).replace(/; read and scanned by \d threads/, '')).toBe(scannedLine(single));
      for (const secret of Object.values(s)) expect(parallel.everything).not.toContain(secret);
    }
  });

  test(`a bad ${READER_ENV} is a usage error naming it and what is accepted`, async () => {
    const run = await runAction('secret-scan', {
      cwd: history.repo.dir,
      inputs: { mode: 'history' },
      env: { [READER_ENV]: 'both' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`${READER_ENV}="both" is not a reader: use thread (the default) or inline`);
  });

  test(`a bad ${THREADS_ENV} is a usage error naming it`, async () => {
    const run = await runAction('secret-scan', {
      cwd: history.repo.dir,
      inputs: { mode: 'history' },
      env: { [THREADS_ENV]: 'many' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`${THREADS_ENV}=\\"many\\" is not a thread count`.replace(/\\/g, ''));
  });
});

describe('SARIF when the scan cannot run', () => {
  // A code scanning upload after a failed scan must not fail as well for want of a file: the file says why.
  test('a named sarif file is still written, with no results and executionSuccessful false', async () => {
    const head = history.repo.git('rev-parse', 'HEAD');
    const cases = [
      // An empty range throws (could-not-check); a base that is not in the clone is a usage error.
      { base: head, reason: 'resolves to no commits' },
      { base: 'f'.repeat(40), reason: 'is not in this clone' },
    ];
    for (const [i, c] of cases.entries()) {
      const sarifFile = `reports/failed-${i}.sarif`;
      const run = await runAction('secret-scan', {
        cwd: history.repo.dir,
        inputs: { mode: 'diff', base: c.base, head, sarif: sarifFile },
      });
      expect(run.exitCode).toBe(1);
      const sarif = JSON.parse(readFileSync(`${history.repo.dir}/${sarifFile}`, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      const only = sarif.runs[0];
      expect(only.tool.driver.name).toBe('launchgate secret-scan');
      expect(only.results).toEqual([]);
      expect(only.invocations[0].executionSuccessful).toBe(false);
      const note = only.invocations[0].toolExecutionNotifications[0];
      expect(note.level).toBe('error');
      expect(note.descriptor.id).toBe('could-not-check');
      expect(note.message.text).toContain(c.reason);
    }
  });
});
