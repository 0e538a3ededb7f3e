import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { buildReport } from '../../src/core/finding.js';
import { toSarif, workflowFile } from '../../src/core/sarif.js';
import { TempRepo } from '../helpers/git-repo.js';
import { runAction, runCli } from '../helpers/run-action.js';
import { expectUploadableSarif, sarifProblems } from '../helpers/sarif.js';

describe('SARIF that GitHub accepts', () => {
  test('the validator rejects what GitHub rejects: a result with "locations": [], a location without a line', () => {
    const doc = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't', rules: [{ id: 'r' }] } },
          results: [
            { ruleId: 'r', message: { text: 'm' }, locations: [] },
            {
              ruleId: 'r',
              message: { text: 'm' },
              locations: [{ physicalLocation: { artifactLocation: { uri: '/abs/a.ts' } } }],
            },
            { ruleId: 'r', level: 'fatal', message: { text: 'm' } },
          ],
        },
      ],
    };
    const problems = sarifProblems(doc);
    expect(problems).toContain('runs[0].results[0] (r): no location');
    expect(problems).toContain("runs[0].results[1] (r): uri '/abs/a.ts' is not relative to the repository");
    expect(problems).toContain('runs[0].results[1] (r): a location without region.startLine');
    expect(problems.some((p) => p.startsWith('schema: /runs/0/results/2/level'))).toBe(true);
  });

  test('a finding without a file is placed on the workflow file in Actions, else on the given config file', () => {
    const report = buildReport(
      'dns-check',
      {
        findings: [
          { ruleId: 'dmarc-missing', severity: 'error', title: 'No DMARC', message: 'add one' },
          { ruleId: 'spf', severity: 'warning', title: 'SPF', message: 'x', file: 'zone.txt', line: 4, endLine: 2 },
        ],
        metrics: {},
      },
      'error',
      1,
    );
    const env = { GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/gates.yml@refs/pull/7/merge' };
    expect(workflowFile(env)).toBe('.github/workflows/gates.yml');
    const sarif = toSarif([report], { fallbackFile: workflowFile(env) }) as any;
    expectUploadableSarif(sarif);
    const [fileless, withFile] = sarif.runs[0].results;
    expect(fileless.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: '.github/workflows/gates.yml' }, region: { startLine: 1 } } },
    ]);
    // An end line before the start line would be rejected: it is left out.
    expect(withFile.locations[0].physicalLocation.region).toEqual({ startLine: 4 });
    const local = toSarif([report], { fallbackFile: 'ci/launchgate.yml' }) as any;
    expect(local.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('ci/launchgate.yml');
  });

  test('launchgate run --format sarif: findings without a file land on the config file; the whole file validates', async () => {
    const repo = new TempRepo();
    repo.write({
      'gates/launchgate.yml':
        'smoke:\n  base-url: http://127.0.0.1:9\n  urls: /\ndns:\n  domain: ops.example.com\n  zone-file: zone.txt\n  require: mx,spf,dmarc\n',
      'gates/zone.txt':
        '$ORIGIN ops.example.com.\n$TTL 300\n@ IN SOA ns1 host 1 2 3 4 5\n@ IN NS ns1\nns1 IN A 192.0.2.1\n',
    });
    const r = await runCli(['run', '--config', 'gates/launchgate.yml', '--format', 'sarif'], { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expectUploadableSarif(sarif);
    const uris = sarif.runs.flatMap((run: any) =>
      run.results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri),
    );
    expect(uris.length).toBeGreaterThan(2);
    expect(new Set(uris)).toEqual(new Set(['gates/launchgate.yml']));
  }, 60000);

  test("the secret scan's SARIF file validates", async () => {
    const repo = new TempRepo();
    repo.commit('app', { 'a.txt': 'hello\n' });
    repo.commit('key', { 'config/.env': `AWS_ACCESS_KEY_ID=AKIA${'Q7ZX3MBN5KRT2WVL'}\n` });
    const found = await runAction('secret-scan', {
      cwd: repo.dir,
      eventName: 'schedule',
      env: { GITHUB_WORKFLOW_REF: 'acme/ops-app/.github/workflows/secrets.yml@refs/heads/main' },
    });
    expect(found.exitCode).toBe(1);
    const sarif = JSON.parse(readFileSync(found.outputs.sarif, 'utf8'));
    expectUploadableSarif(sarif);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('config/.env');
  }, 120000);
});
