/**
 * Hostile working trees and configs against the tree scan (issue 14: H3, M4, M5, M11, M12/L16, L12, and findings
 * silenced by a path allowlist). Each test failed on the scan as it was before these fixes.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';
import { fake } from '../corpus/secrets.js';

const AWS_KEY = `AKIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 1411)}`;
const dirs: string[] = [];
function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-tree-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const located = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.annotations
    .filter((a) => a.level === 'error' && a.file)
    .map((a) => `${a.file}:${a.line}`)
    .sort();

describe('paths', () => {
  // H3: `paths: ${{ github.workspace }}/dist` was joined onto the working directory, found nothing, and passed.
  test('an absolute path is scanned', async () => {
    const dir = workspace({ 'dist/app.js': `const k = "${AWS_KEY}";\n` });
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree', paths: path.join(dir, 'dist') } });
    expect(located(run)).toEqual(['dist/app.js:1']);
    expect(run.exitCode).toBe(1);
  });

  test('given paths that hold no file are an error, not a pass', async () => {
    const dir = workspace({ 'README.md': '# x\n' });
    mkdirSync(path.join(dir, 'dist'));
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree', paths: 'dist' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toMatch(/^Input 'paths': dist hold no file to scan .*nothing can pass\.$/);
  });
});

describe('symlinks', () => {
  // M12: `a -> .` and `b -> .` made the walk run past 60 s (it followed every path through the loop).
  test('symlink loops end, each folder is walked once, and the key in it is found once', async () => {
    const dir = workspace({ 'src/config.env': `KEY=${AWS_KEY}\n` });
    symlinkSync('.', path.join(dir, 'a'));
    symlinkSync('.', path.join(dir, 'b'));
    symlinkSync('..', path.join(dir, 'src', 'up'));
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' }, timeoutMs: 60000 });
    expect(located(run)).toEqual(['src/config.env:1']);
    expect(run.summary).toMatch(/symlinks not followed: .*a \(a folder already scanned\)/);
  });

  // L16: a symlink to a folder outside the workspace was followed and its files scanned.
  test('a symlink out of the workspace is not followed', async () => {
    const outside = workspace({ 'secret.env': `KEY=${AWS_KEY}\n` });
    const dir = workspace({ 'README.md': '# x\n' });
    symlinkSync(outside, path.join(dir, 'linked'));
    symlinkSync(path.join(outside, 'secret.env'), path.join(dir, 'file.env'));
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' } });
    expect(located(run)).toEqual([]);
    expect(run.summary).toContain('file.env (points outside the workspace)');
    expect(run.summary).toContain('linked (points outside the workspace)');
  });
});

describe('file contents', () => {
  // M11: a file over 10 MiB was skipped and the scan passed.
  test('a key after 11 MiB of spaces is found, with its line and column', async () => {
    const padding = `${' '.repeat(1023)}\n`.repeat(11 * 1024);
    const dir = workspace({ 'big.env': `${padding}   KEY=${AWS_KEY}\n` });
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' } });
    const hit = run.annotations.find((a) => a.file);
    expect(hit).toMatchObject({ file: 'big.env', line: 11 * 1024 + 1, col: 8 });
    expect(run.summary).toContain('1 file(s) over 4.0 MiB scanned in overlapping chunks');
  });

  // L12: one NUL byte in the first 8000 bytes made a .env file "binary", so it was skipped and passed.
  test('a .env file with a NUL byte is still scanned; a real binary is listed', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const dir = workspace({
      '.env': Buffer.concat([Buffer.from('A=1\n\u0000\n'), Buffer.from(`AWS_KEY=${AWS_KEY}\n`)]),
      'logo.png': png,
      'data.bin.unknown': Buffer.concat([png, Buffer.from(`${AWS_KEY}`)]),
    });
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' } });
    expect(located(run)).toEqual(['.env:3']);
    expect(run.summary).toMatch(/2 binary file\(s\) checked by name only: data\.bin\.unknown, logo\.png/);
  });

  // M5: a file of repeated BEGIN PRIVATE KEY lines took 81 s at 896 KB (the key rule read to the end from each).
  test('a file of 2 MB of BEGIN PRIVATE KEY lines is read once', async () => {
    const dir = workspace({ 'keys.pem': '-----BEGIN PRIVATE KEY-----\n'.repeat(75000) });
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' }, timeoutMs: 60000 });
    // gitleaks' rule reports blocks of these lines as keys; what matters is that the scan ends and reports.
    expect(run.summary).toContain('0 commit(s), 1 file(s), 2.0 MiB');
  });
});

describe('configs', () => {
  // M4: a config regex like (a+)+$ hung the scan on a 41-character line (exponential backtracking).
  test('a config regex that backtracks exponentially does not hang the scan', async () => {
    const dir = workspace({
      '.gitleaks.toml': `[[rules]]\nid = "evil"\nregex = '''(a+)+$'''\n`,
      'a.txt': `${'a'.repeat(45)}!\n`.repeat(50),
    });
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' }, timeoutMs: 60000 });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('with builtin (1 rules from .gitleaks.toml)');
  });

  // Findings silenced by a path allowlist were counted as "ignored: 0".
  test('findings silenced by a path allowlist are counted', async () => {
    const dir = workspace({
      '.gitleaks.toml': "[extend]\nuseDefault = true\n[[allowlists]]\npaths = ['''^fixtures/''']\n",
      'fixtures/a.env': `KEY=${AWS_KEY}\n`,
    });
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('1 finding(s) silenced by a path allowlist');
  });
});
