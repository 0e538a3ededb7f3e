import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TempRepo } from '../helpers/git-repo.js';
import { ROOT, runAction, runCli } from '../helpers/run-action.js';

const ZONE = readFileSync(path.join(ROOT, 'examples', 'ops-app', 'ops.example.com.zone'), 'utf8');
const CONFIG = `dns:
  domain: ops.example.com
  zone-file: ops.example.com.zone
  dkim-selectors: mail
secrets:
  mode: tree
owners:
  dns: Ana (ana@ops.example.com)
  hosting: ops team
`;
const DEPLOY = `name: deploy
on:
  push:
    branches: [main]
jobs:
  ship:
    environment: production
    runs-on: ubuntu-latest
    env:
      LITERAL_TOKEN: hardcoded-value-4242
      DB_URL: \${{ secrets.DATABASE_URL }}
    steps:
      - run: ./deploy.sh \${{ vars.APP_REGION }}
`;
const CHECKS = `on:
  push:
  schedule:
    - cron: '0 * * * *'
jobs:
  gates:
    runs-on: ubuntu-latest
    steps:
      - uses: launchgate/launchgate@v1
`;

function project(): TempRepo {
  const repo = new TempRepo();
  repo.commit('ops', {
    'launchgate.yml': CONFIG,
    'ops.example.com.zone': ZONE,
    '.github/workflows/deploy.yml': DEPLOY,
    '.github/workflows/launchgate.yml': CHECKS,
  });
  return repo;
}

describe('launchgate map (built CLI)', () => {
  test('writes launch-map.md and .json from the zone file, the workflows and owners; --compare shows drift', async () => {
    const repo = project();
    const first = await runCli(['map'], { cwd: repo.dir });
    if (first.exitCode !== 0) throw new Error(`map exited ${first.exitCode}:\n${first.stdout}\n${first.stderr}`);
    const md = readFileSync(path.join(repo.dir, 'launch-map.md'), 'utf8');
    const json = JSON.parse(readFileSync(path.join(repo.dir, 'launch-map.json'), 'utf8'));
    expect(first.stdout).toContain('# Launch map: `ops.example.com`');
    expect(md).toContain('| `www.ops.example.com` | `ops.example.com` | `203.0.113.10` | not recognised |');
    expect(md).toMatch(/\| DMARC policy \| `quarantine` \|/);
    expect(md).toMatch(
      /\| `.github\/workflows\/deploy.yml` \| `ship` \| `production` \| `DATABASE_URL` \| `APP_REGION` \|/,
    );
    expect(md).toMatch(/\| deploy \| `.github\/workflows\/deploy.yml` \| `ship` \| `push` \| `production` \|/);
    expect(md).toContain('| dns | `Ana (ana@ops.example.com)` |');
    expect(md).toContain('No rollback workflow found: write one');
    expect(md).toContain('`owner-missing:on-call`');
    expect(json.formatVersion).toBe(1);
    const html = readFileSync(path.join(repo.dir, 'launch-map.html'), 'utf8');
    expect(html).toContain('<h2>Owners</h2>');
    expect(html).toContain('<td>dns</td><td><code>Ana (ana@ops.example.com)</code></td>');
    expect(json.releaseChecks.workflows).toEqual([
      { file: '.github/workflows/launchgate.yml', events: ['push', 'schedule'], schedules: ['0 * * * *'] },
    ]);
    // Names, never values: a literal in a workflow's env is not copied anywhere.
    expect(md + JSON.stringify(json) + first.stdout).not.toContain('hardcoded-value-4242');

    // Drift: www now goes to Vercel, a new secret name, the DMARC policy weakened.
    writeFileSync(path.join(repo.dir, 'old-map.json'), JSON.stringify(json));
    writeFileSync(
      path.join(repo.dir, 'ops.example.com.zone'),
      ZONE.replace('www      IN CNAME @', 'www      IN CNAME cname.vercel-dns.com.').replace('p=quarantine', 'p=none'),
    );
    writeFileSync(
      path.join(repo.dir, '.github/workflows/deploy.yml'),
      DEPLOY.replace('./deploy.sh', 'STRIPE=${{ secrets.STRIPE_KEY }} ./deploy.sh'),
    );
    const second = await runCli(['map', '--compare', 'old-map.json'], { cwd: repo.dir });
    expect(second.exitCode).toBe(1);
    expect(second.stdout).toContain('## Changes since the last map');
    expect(second.stdout).toContain(
      '**changed** www.ops.example.com now points to cname.vercel-dns.com (was ops.example.com, 203.0.113.10)',
    );
    expect(second.stdout).toContain('**changed** www.ops.example.com hosting is now Vercel (was not recognised)');
    expect(second.stdout).toContain('**added** secret name STRIPE_KEY (production)');
    expect(second.stdout).toContain('**changed** DMARC policy is now none (was quarantine)');

    // The map of now compared with itself: nothing changed, exit 0.
    const same = await runCli(['map', '--compare', 'launch-map.json'], { cwd: repo.dir });
    expect(same.exitCode).toBe(0);
    expect(same.stdout).toContain('Nothing changed.');
  }, 120000);

  test('a --compare file of another format version, and an owners entry of the wrong shape, are clear errors', async () => {
    const repo = project();
    writeFileSync(path.join(repo.dir, 'v9.json'), JSON.stringify({ formatVersion: 9, names: [] }));
    const old = await runCli(['map', '--compare', 'v9.json'], { cwd: repo.dir });
    expect(old.exitCode).toBe(2);
    expect(old.stderr).toContain('v9.json is launch map format version 9; this launchgate reads version 1');

    writeFileSync(
      path.join(repo.dir, 'launchgate.yml'),
      CONFIG.replace('  hosting: ops team', '  hosting:\n    team: ops'),
    );
    const bad = await runCli(['map'], { cwd: repo.dir });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/launchgate\.yml:10: owners\.hosting: /);
  }, 120000);

  test('the top-level action with map: true opens its summary with the overview, then Top fixes, and publishes the map', async () => {
    const repo = project();
    // A weak DMARC policy the dns gate reports: a delivery fix at the top of the summary.
    writeFileSync(path.join(repo.dir, 'ops.example.com.zone'), ZONE.replace('p=quarantine', 'p=none'));
    writeFileSync(
      path.join(repo.dir, 'launchgate.yml'),
      CONFIG.replace('  dkim-selectors: mail', '  dkim-selectors: mail\n  dmarc-min-policy: reject'),
    );
    const run = await runAction('main', { cwd: repo.dir, inputs: { checks: 'dns', map: 'true' } });
    expect(run.outputs.result).toBe('fail');
    expect(run.summary.indexOf('## launchgate: ❌ FAIL: 1 of 1 gate failed')).toBe(0);
    expect(run.summary.indexOf('## Top 1 fix')).toBeGreaterThan(run.summary.indexOf('| dns-check | ❌ FAIL |'));
    expect(run.summary).toMatch(/1\. \*\*delivery\*\* · error · dns-check `dmarc-policy`/);
    expect(run.summary).toContain('## Launch map: `ops.example.com`');
    expect(run.summary.indexOf('## Launch map')).toBeGreaterThan(run.summary.indexOf('## launchgate · dns-check'));
    const written = readFileSync(path.join(run.outputs.map, 'launch-map.md'), 'utf8');
    expect(written).toContain('| DMARC policy | `none` |');
    expect(JSON.parse(readFileSync(path.join(run.outputs.map, 'launch-map.json'), 'utf8')).formatVersion).toBe(1);

    // launchgate run's text output opens with the same list.
    const cli = await runCli(['run', '--only', 'dns'], { cwd: repo.dir });
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout).toMatch(
      /^Top 1 fix \(by impact, then severity, then users touched\):\n {2}1\. \[delivery\] error dns-check\/dmarc-policy/,
    );
    expect(cli.stdout).toMatch(/\n {5}fix: \S/);
  }, 120000);
});
