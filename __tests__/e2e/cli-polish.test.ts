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

describe('flags and help', () => {
  test('a flag with no value says it needs one and what it accepts; a true/false flag may stand alone', async () => {
    const cwd = tempDir('lg-flags-');
    const last = await runCli(['latency-budget', '--duration-s'], { cwd });
    expect(last.exitCode).toBe(2);
    expect(last.stderr).toContain(
      "Flag --duration-s of 'launchgate latency-budget' needs a value (a number from 0.1 to 3600), as in --duration-s <value>.",
    );
    expect(last.stderr).not.toContain('"true"');
    const before = await runCli(['latency-budget', '--duration-s', '--rounds', '2'], { cwd });
    expect(before.exitCode).toBe(2);
    expect(before.stderr).toContain('; the next argument, --rounds, is a flag.');
    const glued = await runCli(['smoke-test', '--base-url', '--github-token=ghp_notarealtoken0000000000000000'], {
      cwd,
    });
    expect(glued.stderr).toContain('; the next argument, --github-token, is a flag.');
    expect(glued.stderr).not.toContain('ghp_');
    const format = await runCli(['run', '--format'], { cwd });
    expect(format.stderr).toContain('needs a value (text, json, markdown, sarif)');
    // --pr-comment is true/false: alone it means true, so the run goes on to the next problem (no app to reach).
    const alone = await runCli(['smoke-test', '--pr-comment'], { cwd });
    expect(alone.stderr).not.toContain('needs a value');
  });

  test("a gate's --help shows the default the CLI uses, never an Actions expression; map says it writes .html", async () => {
    const help = await runCli(['smoke-test', '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('--github-token (default: env GITHUB_TOKEN)');
    expect(help.stdout).not.toContain('${{');
    const usage = await runCli(['--help']);
    expect(usage.stdout).toContain('write launch-map.md, .json and .html');
  });
});

describe('launchgate dashboard with nothing to show', () => {
  test('a folder with no .jsonl file, or files with no record, is exit 2 with a clear message', async () => {
    const dir = tempDir('lg-dash-empty-');
    const out = path.join(dir, 'site');
    const none = await runCli(['dashboard', '--history', dir, '--out', out]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('a folder with no .jsonl file; accepted: a .jsonl file or a folder of');
    writeFileSync(path.join(dir, 'uptime-2026-11.jsonl'), '{"t":"truncated\n');
    const empty = await runCli(['dashboard', '--history', dir, '--out', out]);
    expect(empty.exitCode).toBe(2);
    expect(empty.stderr).toContain('its 1 .jsonl file(s) hold no record this version can show (1 corrupt line(s))');
    const missingValue = await runCli(['dashboard', '--history']);
    expect(missingValue.exitCode).toBe(2);
    expect(missingValue.stderr).toContain('Flag --history of');
  });
});
