import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { toRecord } from '../../src/checks/uptime/history.js';
import {
  HistoryStore,
  historyName,
  isUptime,
  parseHistory,
  runUrlOf,
  unknownKindsText,
  type DeployRecord,
  type UptimeRecord,
} from '../../src/core/history.js';
import { latencyRecords } from '../../src/checks/latency-budget/history.js';
import { deployRecord } from '../../src/checks/smoke-test/history.js';
import { fakeContext } from '../helpers/fake-context.js';
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
const rec = (t: string, status: UptimeRecord['status'] = 'ok', check = 'https://app.test/'): UptimeRecord => ({
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
    expect(nov.records.filter(isUptime).map((r) => r.status)).toEqual(['ok', 'fail']);
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

  test('secrets known to the run are masked in the records: the base64 file content escapes the API redaction', async () => {
    const secrets = new SecretRegistry();
    secrets.add('tok_live_5566778899');
    const masked = new HistoryStore(gh(), { branch: 'launchgate-data', sleep: async () => {}, secrets });
    await masked.append(
      [{ ...rec('2026-11-24T05:00:00.000Z', 'fail'), error: 'HTTP 401 for token tok_live_5566778899' }],
      'x',
    );
    const text = api.file('launchgate-data', FILE)!;
    expect(text).not.toContain('tok_live_5566778899');
    expect(parseHistory(text, FILE).records[0]).toMatchObject({ status: 'fail', error: 'HTTP 401 for token ***' });
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

describe('one history file for three gates: record kinds', () => {
  const lines = [
    // An uptime record from before kinds: still an uptime record.
    '{"t":"2026-11-24T05:00:00.000Z","check":"/health","status":"ok","ms":12}',
    '{"t":"2026-11-24T05:01:00.000Z","kind":"latency","route":"orders","p95Ms":180,"budgetMs":400,"verdict":"pass"}',
    '{"t":"2026-11-24T05:02:00.000Z","kind":"deploy","sha":"a1b2c3d","ref":"main","verdict":"fail","failed":2,"runUrl":"https://github.com/a/b/actions/runs/1"}',
    // Written by a newer launchgate: skipped and counted by kind, not corrupt, never a crash.
    '{"t":"2026-11-24T05:03:00.000Z","kind":"dns-probe","zone":"example.com"}',
    '{"t":"2026-11-24T05:03:00.000Z","kind":"dns-probe","zone":"example.org"}',
    // Known kinds that fail their schema: corrupt.
    '{"t":"2026-11-24T05:04:00.000Z","kind":"latency","route":"orders","p95Ms":"fast","budgetMs":400,"verdict":"pass"}',
    '{"t":"2026-11-24T05:05:00.000Z","kind":"deploy","sha":"<img src=x>","verdict":"pass","failed":0}',
    '{"t":"2026-11-24T05:05:00.000Z","kind":"deploy","verdict":"pass","failed":0,"runUrl":"javascript:alert(1)"}',
    '{"t":"2026-11-24T05:06:00.000Z","kind":{"toString":1},"check":"x","status":"ok"}',
    '{"t":"2026-11-24T05:06:00.000Z","kind":"__proto__"}',
    'null',
  ].join('\n');
  const parsed = parseHistory(lines, FILE);

  test('old uptime records, latency and deploy records parse; each is validated by its own schema', () => {
    expect(parsed.records.map((r) => r.kind ?? 'uptime')).toEqual(['uptime', 'latency', 'deploy']);
    expect(parsed.records.filter(isUptime)).toEqual([
      { t: '2026-11-24T05:00:00.000Z', check: '/health', status: 'ok', ms: 12 },
    ]);
    expect(parsed.corrupt.map((c) => c.line)).toEqual([6, 7, 8, 9, 11]);
  });

  test('unknown kinds are skipped and counted, never a crash and never corrupt', () => {
    expect([...parsed.unknownKinds]).toEqual([
      ['dns-probe', 2],
      ['__proto__', 1],
    ]);
    expect(unknownKindsText(parsed.unknownKinds)).toBe('2 × "dns-probe", 1 × "__proto__"');
  });

  test('appending keeps records of unknown kinds byte for byte', async () => {
    api.branches.set('launchgate-data', new Map([[FILE, lines + '\n']]));
    const deploy: DeployRecord = { t: '2026-11-24T06:00:00.000Z', kind: 'deploy', verdict: 'pass', failed: 0 };
    await store().append([deploy], 'deploy');
    const after = api.file('launchgate-data', FILE)!;
    expect(after).toBe(lines + '\n' + JSON.stringify(deploy) + '\n');
  });

  test('the run link comes from the runner variables, http(s) only', () => {
    expect(runUrlOf({ GITHUB_RUN_ID: '7', GITHUB_REPOSITORY: 'a/b' })).toBe('https://github.com/a/b/actions/runs/7');
    expect(runUrlOf({ GITHUB_RUN_ID: '7', GITHUB_REPOSITORY: 'a/b', GITHUB_SERVER_URL: 'javascript:x' })).toBe(
      undefined,
    );
    expect(runUrlOf({})).toBeUndefined();
  });
});

describe('the latency gate: one record per route', () => {
  const at = new Date('2026-11-24T05:00:00Z');
  const routes = [
    { name: 'fast', budgetMs: 400 },
    { name: 'slow', budgetMs: 400 },
    { name: 'errors', budgetMs: 400 },
    { name: 'gone', budgetMs: 250 },
  ];
  const measured = [
    { name: 'fast', p95: 20, budget: 400, errorRate: 0 },
    { name: 'slow', p95: 401, budget: 400, errorRate: 0 },
    { name: 'errors', p95: 20, budget: 400, errorRate: 0.05 },
  ];

  test('fail over budget, over max-error-rate, or not measured (then no p95); pass otherwise', () => {
    expect(latencyRecords(routes, measured, 0.01, at)).toEqual([
      { t: at.toISOString(), kind: 'latency', route: 'fast', p95Ms: 20, budgetMs: 400, verdict: 'pass' },
      { t: at.toISOString(), kind: 'latency', route: 'slow', p95Ms: 401, budgetMs: 400, verdict: 'fail' },
      { t: at.toISOString(), kind: 'latency', route: 'errors', p95Ms: 20, budgetMs: 400, verdict: 'fail' },
      { t: at.toISOString(), kind: 'latency', route: 'gone', budgetMs: 250, verdict: 'fail' },
    ]);
  });
});

describe('the smoke gate: one deploy record per run', () => {
  const ctx = (payload: Record<string, unknown>, env: Record<string, string>) =>
    fakeContext({ event: { name: 'deployment_status', payload }, env });
  const pass = { findings: [], metrics: {} };
  const at = new Date('2026-11-24T05:00:00Z');

  test('the deployment names the commit and ref; a hostile sha is left out and a ref kept on one line', () => {
    expect(
      deployRecord(pass, 0, ctx({ deployment: { sha: 'ABCDEF1234567', ref: 'v1.2' } }, { GITHUB_SHA: 'ffffffff' }), at),
    ).toEqual({ t: at.toISOString(), kind: 'deploy', sha: 'abcdef1234567', ref: 'v1.2', verdict: 'pass', failed: 0 });
    const hostile = deployRecord(
      { findings: [{ ruleId: 'smoke-step-failed', severity: 'error', title: 'x', message: 'x' }], metrics: {} },
      1,
      ctx({ deployment: { sha: '<script>', ref: 'main\n::error::pwned' } }, {}),
      at,
    );
    expect(hostile).toEqual({
      t: at.toISOString(),
      kind: 'deploy',
      ref: 'main\\n::error::pwned',
      verdict: 'fail',
      failed: 1,
    });
  });

  test("without a deployment: the run's GITHUB_SHA and GITHUB_REF_NAME, and a warning alone is a pass", () => {
    const warned = {
      findings: [{ ruleId: 'smoke-flaky', severity: 'warning' as const, title: 'x', message: 'x' }],
      metrics: {},
    };
    expect(
      deployRecord(
        warned,
        0,
        ctx({}, { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_REF_NAME: 'main' }),
        at,
      ),
    ).toMatchObject({ sha: '0123456789abcdef0123456789abcdef01234567', ref: 'main', verdict: 'pass' });
  });
});

describe('what a gate writes reads back, and what is there stays as it is', () => {
  /** A GitHub API that keeps each file's bytes, so a test can see every byte a write sends. */
  function byteApi(files: Map<string, Buffer>) {
    const puts: string[] = [];
    const api = {
      owner: 'acme',
      repo: 'app',
      puts,
      async request(route: string, params: Record<string, any> = {}) {
        if (route.startsWith('GET /repos/{owner}/{repo}/branches/')) return { status: 200, data: {} };
        if (route.startsWith('GET /repos/{owner}/{repo}/contents/')) {
          const bytes = files.get(params.path);
          if (!bytes) throw Object.assign(new Error('Not Found'), { status: 404 });
          return { status: 200, data: { sha: 'blob1', encoding: 'base64', content: bytes.toString('base64') } };
        }
        if (route.startsWith('PUT /repos/{owner}/{repo}/contents/')) {
          puts.push(params.path);
          files.set(params.path, Buffer.from(params.content, 'base64'));
          return { status: 200, data: {} };
        }
        throw new Error(`unexpected ${route}`);
      },
    };
    return api;
  }

  test('a line that is not UTF-8 is kept byte for byte (not turned into U+FFFD) when appending', async () => {
    const good = Buffer.from(JSON.stringify(rec('2026-11-24T05:00:00.000Z')) + '\n');
    const broken = Buffer.from([0x7b, 0xff, 0xfe, 0x80, 0x7d, 0x0a]);
    const files = new Map([[FILE, Buffer.concat([good, broken])]]);
    const s = new HistoryStore(byteApi(files), { branch: 'launchgate-data', sleep: async () => {} });
    const corrupt = await s.append([rec('2026-11-24T05:01:00.000Z')], 'x');
    expect(corrupt).toEqual([{ file: FILE, line: 2 }]);
    const after = files.get(FILE)!;
    expect(after.subarray(0, good.length + broken.length).equals(Buffer.concat([good, broken]))).toBe(true);
    expect(parseHistory(after.toString('utf8'), FILE).records).toHaveLength(2);
  });

  test('a route or check name over 500 characters is cut, so its record reads back valid and still matches', async () => {
    const long = 'r'.repeat(400) + '😀'.repeat(100);
    const [latency] = latencyRecords(
      [{ name: long, budgetMs: 300 }],
      [{ name: long, p95: 12, budget: 300, errorRate: 0 }],
      0,
      new Date('2026-11-24T05:00:00Z'),
    );
    const uptime = toRecord(`https://app.test/${long}`, { at: Date.parse('2026-11-24T05:00:00Z'), ok: true, ms: 3 }, 0);
    expect(latency.route).toBe(historyName(long));
    expect(latency.route.length).toBeLessThanOrEqual(500);
    expect(uptime.check).toBe(historyName(`https://app.test/${long}`));
    const files = new Map<string, Buffer>();
    await new HistoryStore(byteApi(files), { branch: 'launchgate-data', sleep: async () => {} }).append(
      [latency, uptime],
      'x',
    );
    const back = parseHistory(files.get(FILE)!.toString('utf8'), FILE);
    expect(back.corrupt).toEqual([]);
    expect(back.records).toHaveLength(2);
  });

  test('a route with no p95 is recorded as not measured, never as a null p95', () => {
    const [r] = latencyRecords(
      [{ name: 'a', budgetMs: 300 }],
      [{ name: 'a', p95: NaN, budget: 300, errorRate: 0 }],
      0,
      new Date('2026-11-24T05:00:00Z'),
    );
    expect(r).toEqual({ t: '2026-11-24T05:00:00.000Z', kind: 'latency', route: 'a', budgetMs: 300, verdict: 'fail' });
  });

  test('a record that would not read back is refused before any write, naming the field', async () => {
    const api = byteApi(new Map());
    const bad = {
      t: '2026-11-24T05:00:00.000Z',
      kind: 'latency',
      route: 'a',
      p95Ms: -1,
      budgetMs: 300,
      verdict: 'pass',
    } as const;
    await expect(new HistoryStore(api, { branch: 'launchgate-data' }).append([bad], 'x')).rejects.toThrow(
      /not written: a latency record is not valid \(p95Ms: /,
    );
    expect(api.puts).toEqual([]);
  });

  test('a file with thousands of unknown kinds logs ten of them and a count', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `{"t":"2026-11-24T05:00:00Z","kind":"k${i}"}`).join('\n');
    const parsed = parseHistory(text, FILE);
    expect(parsed.unknownKinds.size).toBe(3000);
    const line = unknownKindsText(parsed.unknownKinds);
    expect(line).toMatch(/^1 × "k0", .*1 × "k9", 2990 more kind\(s\)$/);
  });
});
