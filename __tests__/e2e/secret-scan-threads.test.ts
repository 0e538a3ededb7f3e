/**
 * A working-tree scan on two threads (the built worker, dist/shared/secret-scan-worker.js) finds exactly what one
 * thread finds, in the same order, with the same counts; a worker that fails leaves no file unscanned.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyStats } from '../../src/checks/secret-scan/git-patches.js';
import { defaultRuleSet } from '../../src/checks/secret-scan/rules.js';
import { Scanner } from '../../src/checks/secret-scan/scanner.js';
import { treeFragments } from '../../src/checks/secret-scan/tree.js';
import { scanTreeFiles } from '../../src/checks/secret-scan/tree-parallel.js';
import { runAction, ROOT } from '../helpers/run-action.js';
import { fake } from '../corpus/secrets.js';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const WORKER = path.join(ROOT, 'dist', 'shared', 'secret-scan-worker.js');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** 600 files in nested folders, secrets in the first, last and some middle files, a binary and a skipped folder. */
function tree(): { dir: string; secrets: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-threads-'));
  dirs.push(dir);
  const secrets: string[] = [];
  for (let i = 0; i < 600; i++) {
    const file = path.join(dir, `pkg${i % 7}`, `sub${i % 3}`, `f${String(i).padStart(3, '0')}.js`);
    mkdirSync(path.dirname(file), { recursive: true });
    let text = `// file ${i} é\nexport const value${i} = compute(${i});\n`.repeat(20);
    if (i % 97 === 0 || i === 599) {
      const token = `ghp_${fake(ALNUM, 36, 7000 + i)}`;
      secrets.push(token);
      text += `const token = "${token}";\n`;
    }
    writeFileSync(file, text);
  }
  writeFileSync(path.join(dir, 'pkg0', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules', 'x', 'a.js'), `k="ghp_${fake(ALNUM, 36, 9999)}"`);
  return { dir, secrets };
}

const shape = (hits: { file: string; line: number; column: number; ruleId: string }[]) =>
  hits.map((h) => `${h.file}:${h.line}:${h.column}:${h.ruleId}`);

function oneThread(dir: string) {
  const stats = emptyStats();
  const scanner = new Scanner(defaultRuleSet());
  const hits = [...treeFragments(dir, [], stats, { symlinksSkipped: [] })].flatMap((f) => scanner.scan(f));
  return { hits: shape(hits), stats };
}

describe('working tree on two threads', () => {
  const { dir, secrets } = tree();
  const expected = oneThread(dir);

  test('the worker scans batches and the result is the one-thread result, in order', async () => {
    expect(expected.hits).toHaveLength(secrets.length);
    const stats = emptyStats();
    const report = { workerBatches: 0 };
    const hits = await scanTreeFiles(dir, [], stats, { symlinksSkipped: [] }, new Scanner(defaultRuleSet()), {
      threads: 2,
      workerEntry: WORKER,
      mainScans: false,
      report,
    });
    expect(report.workerBatches).toBeGreaterThan(0);
    expect(shape(hits)).toEqual(expected.hits);
    expect(stats).toEqual(expected.stats);
  }, 120_000);

  test('both threads together give the same', async () => {
    const stats = emptyStats();
    const hits = await scanTreeFiles(dir, [], stats, { symlinksSkipped: [] }, new Scanner(defaultRuleSet()), {
      threads: 2,
      workerEntry: WORKER,
    });
    expect(shape(hits)).toEqual(expected.hits);
    expect(stats).toEqual(expected.stats);
  }, 120_000);

  test('a worker that fails to start leaves no file unscanned', async () => {
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'lg-threads-worker-'));
    dirs.push(elsewhere);
    const broken = path.join(elsewhere, 'broken-worker.mjs');
    writeFileSync(broken, 'throw new Error("boom");\n');
    const stats = emptyStats();
    const report = { workerBatches: 0 };
    const hits = await scanTreeFiles(dir, [], stats, { symlinksSkipped: [] }, new Scanner(defaultRuleSet()), {
      threads: 2,
      workerEntry: broken,
      mainScans: false,
      report,
    });
    expect(report.workerBatches).toBe(0);
    expect(shape(hits)).toEqual(expected.hits);
    expect(stats).toEqual(expected.stats);
  }, 120_000);

  test('the bundled action reports every secret of a tree large enough for two threads', async () => {
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' } });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toMatch(
      /0 commit\(s\), 600 file\(s\), .*1 binary file\(s\) checked by name only: pkg0\/logo\.png/,
    );
    const located = expected.hits.map((h) => h.split(':').slice(0, 2).join(':'));
    for (const at of located) expect(run.summary).toContain(at);
    expect(run.everything).not.toContain(secrets[0]);
  }, 180_000);
});
