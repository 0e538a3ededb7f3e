import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction } from '../helpers/run-action.js';

describe("the top-level action's job summary", () => {
  test('opens with the overview table (check, verdict, errors, warnings, duration); the config name is inert', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-summary-'));
    cpSync(path.join(ROOT, 'examples/ops-app'), dir, { recursive: true });
    // A hostile file name: a link, a mention and a pipe must not render.
    const config = 'lg [x](evil) @team <b>|.yml';
    writeFileSync(
      path.join(dir, config),
      ['dns:', '  domain: ops.example.com', '  zone-file: ops.example.com.zone', '  dkim-selectors: mail', ''].join(
        '\n',
      ),
    );
    const run = await runAction('main', { cwd: dir, inputs: { config, checks: 'dns' } });
    expect(run.outputs.result).toBe('pass');
    const lines = run.summary.split('\n');
    expect(lines[0]).toBe('## launchgate: ✅ PASS: 1 gate passed');
    expect(run.summary).toContain('Config `lg [x](evil) @team <b>|.yml`.');
    const header = lines.indexOf('| Check | Verdict | Errors | Warnings | Duration |');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 2]).toMatch(/^\| dns-check \| ✅ PASS \| 0 \| \d+ \| \d+\.\d s \|$/);
    // The table comes before Top fixes and the gate's own section.
    expect(run.summary.indexOf('## Top')).toBeGreaterThan(run.summary.indexOf('| dns-check |'));
    expect(run.summary.indexOf('## launchgate · dns-check')).toBeGreaterThan(run.summary.indexOf('## Top'));
  }, 60000);

  test('every mistake of launchgate.yml fails the step in one run, each with its line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-summary-bad-'));
    writeFileSync(
      path.join(dir, 'launchgate.yml'),
      'smoke:\n  base-url: not a url\n  flowz: x.yml\nlatency:\n  budget-p95-ms: abc\n  routes: r.yml\nbogus:\n  a: 1\n',
    );
    const run = await runAction('main', { cwd: dir });
    expect(run.exitCode).toBe(1);
    // One annotation per mistake, in line order.
    const messages = run.annotations.map((a) => a.message);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^launchgate.yml:2 smoke.base-url got "not a url"; accepted: an http/);
    expect(messages[1]).toMatch(/^launchgate.yml:3: unknown key 'smoke.flowz' \(did you mean 'flows'\?\)/);
    expect(messages[2]).toMatch(/^launchgate.yml:5 latency.budget-p95-ms got "abc"; accepted: a whole number/);
    expect(messages[3]).toMatch(/^launchgate.yml:7: unknown section 'bogus'/);
  }, 60000);
});
