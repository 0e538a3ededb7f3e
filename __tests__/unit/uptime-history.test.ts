import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { HistoryStore, parseHistory, toRecord, type HistoryRecord } from '../../src/checks/uptime/history.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { githubFromToken } from '../../src/hosts/github-api.js';
import { GitHubApiStandin, startGitHubApiStandin } from '../helpers/github-api-standin.js';

let api: GitHubApiStandin;
beforeAll(async () => {
  api = await startGitHubApiStandin();
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.branches.clear();
  api.requests.length = 0;
  api.faults.length = 0;
  api.concurrentAppends.length = 0;
  api.contentLimit = 1024 * 1024;
});

/** The real host's API client (Octokit) pointed at the stand-in. */
const gh = () =>
  githubFromToken('test-token', { GITHUB_REPOSITORY: 'acme/app', GITHUB_API_URL: api.url }, new SecretRegistry())!;
const store = (attempts = 6) => new HistoryStore(gh(), { branch: 'launchgate-data', attempts, sleep: async () => {} });
const rec = (t: string, status: HistoryRecord['status'] = 'ok', check = 'https://app.test/'): HistoryRecord => ({
  t,
  check,
  status,
  ms: 42,
});
const FILE = 'uptime-2026-11.jsonl';

describe('history on the data branch, through the GitHub API stand-in', () => {
  test('the first write creates an orphan branch and the month file; the next appends', async () => {
    await store().append([rec('2026-11-24T05:00:00.000Z')], 'm1');
    expect(api.file('launchgate-data', 'README.md')).toContain('launchgate data');
    await store().append([rec('2026-11-24T05:01:00.000Z', 'fail'), rec('2026-12-01T00:00:00.000Z')], 'm2');
    const nov = parseHistory(api.file('launchgate-data', FILE)!, FILE);
    expect(nov.records.map((r) => r.status)).toEqual(['ok', 'fail']);
    expect(api.file('launchgate-data', 'uptime-2026-12.jsonl')).toBe(
      JSON.stringify(rec('2026-12-01T00:00:00.000Z')) + '\n',
    );
    expect(api.requests.filter((r) => r.path.endsWith('/git/refs'))).toHaveLength(1);
  });

  test('another run committing between our read and our write: 409, re-read, both results kept', async () => {
    await store().append([rec('2026-11-24T05:00:00.000Z')], 'first');
    const theirs = JSON.stringify(rec('2026-11-24T05:00:30.000Z', 'ok', 'other')) + '\n';
    api.concurrentAppends.push(theirs, theirs.replace('other', 'third'));
    await store().append([rec('2026-11-24T05:01:00.000Z', 'fail')], 'ours');
    const lines = api.file('launchgate-data', FILE)!.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => JSON.parse(l).check)).toEqual(['https://app.test/', 'other', 'third', 'https://app.test/']);
    expect(api.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([201, 409, 409, 200]);
  });

  test('a 5xx on read and on write is retried; nothing is lost', async () => {
    await store().append([rec('2026-11-24T05:00:00.000Z')], 'first');
    api.faults.push({ method: 'GET', path: /contents/, status: 502 }, { method: 'PUT', path: /contents/, status: 503 });
    await store().append([rec('2026-11-24T05:01:00.000Z')], 'second');
    expect(parseHistory(api.file('launchgate-data', FILE)!, FILE).records).toHaveLength(2);
    expect(api.requests.filter((r) => r.status >= 500)).toHaveLength(2);
  });

  test('conflicts beyond the attempts are an error naming the file and branch, never a silent loss', async () => {
    await store().append([rec('2026-11-24T05:00:00.000Z')], 'first');
    for (let i = 0; i < 3; i++) api.concurrentAppends.push(JSON.stringify(rec(`2026-11-24T05:0${i}:30.000Z`)) + '\n');
    await expect(store(3).append([rec('2026-11-24T05:05:00.000Z')], 'x')).rejects.toThrow(
      /writing uptime-2026-11\.jsonl on branch launchgate-data failed/,
    );
  });

  test('a corrupt line is counted, skipped when reading, and kept byte for byte when appending', async () => {
    const good = JSON.stringify(rec('2026-11-24T05:00:00.000Z'));
    const existing = `${good}\n{"t":"broken\nnot json at all\n{"t":"2026-11-24T05:00:00Z","check":"x","status":"maybe"}\n${good}`;
    api.branches.set('launchgate-data', new Map([[FILE, existing]]));
    const parsed = parseHistory(existing, FILE);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.corrupt).toEqual([
      { file: FILE, line: 2 },
      { file: FILE, line: 3 },
      { file: FILE, line: 4 },
    ]);
    const corrupt = await store().append([rec('2026-11-24T05:02:00.000Z')], 'append');
    expect(corrupt.map((c) => c.line)).toEqual([2, 3, 4]);
    const after = api.file('launchgate-data', FILE)!;
    expect(after.startsWith(existing + '\n')).toBe(true);
    expect(parseHistory(after, FILE).records).toHaveLength(3);
  });

  test('a file over the contents API limit is read through the blob API', async () => {
    api.contentLimit = 100;
    const many = Array.from({ length: 5 }, (_, i) => JSON.stringify(rec(`2026-11-24T05:0${i}:00.000Z`)) + '\n').join(
      '',
    );
    api.branches.set('launchgate-data', new Map([[FILE, many]]));
    await store().append([rec('2026-11-24T05:09:00.000Z')], 'big');
    expect(parseHistory(api.file('launchgate-data', FILE)!, FILE).records).toHaveLength(6);
    expect(api.requests.some((r) => r.path.includes('/git/blobs/'))).toBe(true);
  });

  test('a branch name that is not plain is refused before any request', () => {
    expect(() => new HistoryStore(gh(), { branch: 'a b/../c' })).toThrow(/Input 'history-branch' got "a b\/..\/c"/);
  });

  test('a record keeps time, check, status (slow when over slow-ms), whole ms and the error', () => {
    expect(toRecord('home', { at: 0, ok: true, ms: 812.4 }, 500)).toEqual({
      t: '1970-01-01T00:00:00.000Z',
      check: 'home',
      status: 'slow',
      ms: 812,
    });
    expect(toRecord('home', { at: 0, ok: false, error: 'HTTP 503' }, 0)).toMatchObject({
      status: 'fail',
      error: 'HTTP 503',
    });
  });
});
