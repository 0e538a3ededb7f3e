import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fake } from '../corpus/secrets.js';
import { TempRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { TestCA } from '../helpers/test-ca.js';
import { startStandIns, type StandIns } from '../helpers/verify-providers.js';

// The built secret-scan action with `verify: true`, against HTTPS stand-ins for the providers on 127.0.0.1. The
// stand-ins are reached through LAUNCHGATE_VERIFY_BASE_URLS (test only, loopback only) and trusted through
// NODE_EXTRA_CA_CERTS, as a runner's own CA bundle would be.

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LIVE_GH = `ghp_${fake(ALNUM, 36, 301)}`;
const DEAD_STRIPE = `sk_live_${fake(ALNUM, 28, 302)}`;
const AWS_ID = `AKIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 303)}`;
const AWS_SECRET = fake(ALNUM + '/+', 40, 304);
const DEAD_NPM = `npm_${fake(ALNUM, 36, 305)}`;
const SECRETS = [LIVE_GH, DEAD_STRIPE, AWS_ID, AWS_SECRET, DEAD_NPM];

let ca: TestCA;
let standIns: StandIns;
let caFile: string;

beforeAll(async () => {
  ca = new TestCA();
  caFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'lg-verify-ca-')), 'ca.pem');
  writeFileSync(caFile, ca.pem);
  standIns = await startStandIns(ca, {
    github: { [LIVE_GH]: 'live' },
    aws: { [AWS_ID]: { secret: AWS_SECRET } },
  });
});
afterAll(() => standIns.close());

const env = () => ({
  LAUNCHGATE_VERIFY_BASE_URLS: JSON.stringify(standIns.baseUrls),
  NODE_EXTRA_CA_CERTS: caFile,
});

function expectNoLeak(run: ActionRun) {
  const sarif = run.outputs.sarif ? readFileSync(run.outputs.sarif, 'utf8') : '';
  for (const s of SECRETS) expect(run.everything + sarif).not.toContain(s);
}

function repoWith(files: Record<string, string>): TempRepo {
  const repo = new TempRepo();
  repo.commit('init', files);
  return repo;
}

describe('secret-scan with verify: true', () => {
  test('live keys fail with LIVE annotations, a refused key says revoked, and the summary counts them', async () => {
    const repo = repoWith({
      '.env': `GITHUB_TOKEN=${LIVE_GH}\nSTRIPE_KEY=${DEAD_STRIPE}\n`,
      'deploy/aws.ini': `[default]\naws_access_key_id = ${AWS_ID}\naws_secret_access_key = ${AWS_SECRET}\n`,
    });
    const run = await runAction('secret-scan', {
      cwd: repo.dir,
      inputs: { mode: 'tree', verify: 'true' },
      env: env(),
    });
    expect(run.exitCode).toBe(1);
    const at = (file: string, line: number) => run.annotations.find((a) => a.file === file && a.line === line);
    expect(at('.env', 1)?.level).toBe('error');
    expect(at('.env', 1)?.message).toMatch(
      /^LIVE: this key works right now — GitHub accepted it \(HTTP 200 from GET \/user\)/,
    );
    expect(at('.env', 2)?.message).toMatch(/^Revoked: Stripe refused it \(HTTP 401/);
    expect(at('deploy/aws.ini', 2)?.message).toMatch(/^LIVE: .*AWS STS accepted it/);
    expect(at('deploy/aws.ini', 3)?.message).toMatch(/^LIVE: .*with the access key ID at deploy\/aws\.ini:2/);
    expect(run.summary).toContain(
      'Live-key verification: 4 of 4 finding(s) verified with 3 provider call(s): 3 live, 1 revoked, 0 unknown.',
    );
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report.metrics.verification).toMatchObject({ verified: 4, live: 3, revoked: 1, unknown: 0, calls: 3 });
    expect(report.findings.find((f: any) => f.file === '.env' && f.line === 1).verification.status).toBe('live');
    expect(standIns.byId.stripe.requests.length).toBeGreaterThan(0);
    expectNoLeak(run);
  });

  test('verify-fails-only-live: revoked and unverified keys are warnings, so the gate passes', async () => {
    const repo = repoWith({
      'config/npmrc': `//registry.npmjs.org/:_authToken=${DEAD_NPM}\n`,
      'stripe.txt': `key: ${DEAD_STRIPE}\n`,
    });
    const run = await runAction('secret-scan', {
      cwd: repo.dir,
      inputs: { mode: 'tree', verify: 'true', 'verify-fails-only-live': 'true' },
      env: env(),
    });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const warnings = run.annotations.filter((a) => a.level === 'warning' && a.file);
    expect(warnings.map((w) => w.message.split(':')[0]).sort()).toEqual(['Revoked', 'Revoked']);
    expect(run.outputs.result).toBe('pass');
    expect(run.exitCode).toBe(0);
    expectNoLeak(run);
  });

  test('without verify, no key is sent anywhere, even with the test override set', async () => {
    const before = standIns.all().length;
    const repo = repoWith({ '.env': `GITHUB_TOKEN=${LIVE_GH}\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'tree' }, env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.file === '.env')?.message).not.toMatch(/^LIVE/);
    expect(standIns.all().length).toBe(before);
  });

  test('an override that points off this machine is refused with a clear error, and nothing is sent', async () => {
    const before = standIns.all().length;
    const repo = repoWith({ '.env': `GITHUB_TOKEN=${LIVE_GH}\n` });
    const run = await runAction('secret-scan', {
      cwd: repo.dir,
      inputs: { mode: 'tree', verify: 'true' },
      env: { ...env(), LAUNCHGATE_VERIFY_BASE_URLS: '{"github":"https://collector.example/"}' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('LAUNCHGATE_VERIFY_BASE_URLS: github = "https://collector.example/" is refused');
    expect(standIns.all().length).toBe(before);
    expectNoLeak(run);
  });
});
