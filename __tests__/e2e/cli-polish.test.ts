import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-action.js';

const tempDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));

describe('launchgate run reports every mistake of launchgate.yml in one run', () => {
  test('an unknown key, an unknown section and bad values come together, each with its line', async () => {
    const cwd = tempDir('lg-config-');
    writeFileSync(
      path.join(cwd, 'launchgate.yml'),
      'smoke:\n  base-url: not a url\n  flowz: x.yml\nlatency:\n  budget-p95-ms: abc\n  routes: r.yml\nbogus:\n  a: 1\n',
    );
    const r = await runCli(['run'], { cwd });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(
      'launchgate.yml:2 smoke.base-url got "not a url"; accepted: an http:// or https:// URL.',
    );
    expect(r.stderr).toContain("launchgate.yml:3: unknown key 'smoke.flowz' (did you mean 'flows'?)");
    expect(r.stderr).toContain('launchgate.yml:5 latency.budget-p95-ms got "abc"; accepted: a whole number');
    expect(r.stderr).toContain("launchgate.yml:7: unknown section 'bogus'");
  });
});
