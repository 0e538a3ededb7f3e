/**
 * L15 / 12.9: reports go into a private folder made for the run, never through a link, and the CLI writes a
 * report file only when asked. On the old main the CLI wrote $TMPDIR/launchgate/<check>.json before printing
 * anything, through whatever link stood there (and a second user got EACCES and no findings).
 */
import { describe, expect, test } from '@jest/globals';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, runCli } from '../helpers/run-action.js';

function plantedTemp(): { root: string; victim: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lg-l15-'));
  const victim = path.join(root, 'victim.txt');
  writeFileSync(victim, 'precious\n');
  // What another user could prepare in a shared temporary folder: the old predictable paths, as links.
  mkdirSync(path.join(root, 'launchgate'));
  for (const name of ['migration-check', 'launchgate'])
    symlinkSync(victim, path.join(root, 'launchgate', `${name}.json`));
  return { root, victim };
}

describe('report files', () => {
  test('the CLI writes nothing into the shared temporary folder and follows no planted link', async () => {
    const { root, victim } = plantedTemp();
    const repo = mkdtempSync(path.join(os.tmpdir(), 'lg-l15-repo-'));
    const env = { TMPDIR: root, RUNNER_TEMP: root };
    const single = await runCli(['migration-check', '--apply', 'none'], { cwd: repo, env });
    expect(single.exitCode).toBe(0);
    writeFileSync(path.join(repo, 'launchgate.yml'), 'migrations:\n  apply: none\n');
    const all = await runCli(['run'], { cwd: repo, env });
    expect(all.exitCode).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  test('the CLI refuses to write --report through a symbolic link', async () => {
    const { root, victim } = plantedTemp();
    const repo = mkdtempSync(path.join(os.tmpdir(), 'lg-l15-repo-'));
    writeFileSync(path.join(repo, 'launchgate.yml'), 'migrations:\n  apply: none\n');
    symlinkSync(victim, path.join(repo, 'report.json'));
    const linked = await runCli(['run', '--report', 'report.json'], { cwd: repo, env: { TMPDIR: root } });
    expect(linked.exitCode).toBe(2);
    expect(linked.stderr).toContain('is a symbolic link; launchgate does not write through links.');
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    const asked = await runCli(['run', '--report', 'out/report.json'], { cwd: repo, env: { TMPDIR: root } });
    expect(asked.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(path.join(repo, 'out', 'report.json'), 'utf8')).result).toBe('pass');
  });

  test("the action's report is in a fresh private folder, never at a planted path", async () => {
    const { root, victim } = plantedTemp();
    const run = await runAction('migration-check', { inputs: { apply: 'none' }, env: { RUNNER_TEMP: root } });
    expect(run.exitCode).toBe(0);
    const report = run.outputs.report;
    expect(path.dirname(path.dirname(report))).toBe(root);
    expect(path.basename(path.dirname(report))).toMatch(/^launchgate-.{6}$/);
    expect(statSync(path.dirname(report)).mode & 0o777).toBe(0o700);
    expect(lstatSync(report).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(report, 'utf8')).check).toBe('migration-check');
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(existsSync(path.join(root, 'launchgate', 'migration-check.json'))).toBe(true); // the link, untouched
  });
});
