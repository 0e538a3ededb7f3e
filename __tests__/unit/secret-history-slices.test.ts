// Issue 15.5: the history scan reads slices of rev-list with one git log each (in worker threads when bundled);
// the hits must be exactly those of one git log over the range, in the same order. The byte parser must give the
// same fragments however git's output is cut into reads.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PatchParser, emptyStats, patchLogArgs, type ScanStats } from '../../src/checks/secret-scan/git-patches.js';
import { CHUNK_BYTES, CHUNK_OVERLAP_BYTES, decodeFragment } from '../../src/checks/secret-scan/text-chunks.js';
import { historyThreads, scanHistoryRange, sliceCommits } from '../../src/checks/secret-scan/history-pool.js';
import { defaultRuleSet } from '../../src/checks/secret-scan/rules.js';
import { THREADS_ENV } from '../../src/checks/secret-scan/thread-knobs.js';
import { Scanner, type Fragment, type SecretHit } from '../../src/checks/secret-scan/scanner.js';
import { UserError } from '../../src/core/errors.js';
import { HISTORY_SECRETS, buildHistoryRepo, type HistoryRepo } from '../helpers/secret-history-repo.js';

let history: HistoryRepo;
const scanner = new Scanner(defaultRuleSet());
const setup = { ruleIds: scanner.ruleSet.rules.map((r) => r.id) };

beforeAll(() => {
  history = buildHistoryRepo({ bigBytes: CHUNK_BYTES + 300 * 1024, fillers: 6 });
});
afterAll(() => rmSync(history.repo.dir, { recursive: true, force: true }));

const key = (h: SecretHit) => `${h.commit?.slice(0, 7)} ${h.file}:${h.line}:${h.column} ${h.ruleId} ${h.secret}`;
const statsOf = (s: ScanStats) => ({ ...s });

describe('history slices', () => {
  test('slices read in turn find exactly what one git log finds, in the same order, with the same counts', async () => {
    const cwd = history.repo.dir;
    const one = emptyStats();
    const single = await scanHistoryRange({ cwd, revs: ['HEAD'], scanner, stats: one, threads: 1, setup });
    const sliced = emptyStats();
    const parallel = await scanHistoryRange({
      cwd,
      revs: ['HEAD'],
      scanner,
      stats: sliced,
      threads: 3,
      setup,
      minParallelCommits: 1,
      workerEntry: null,
    });
    // Several slices were read (7 for 16 commits and 3 threads), each by its own git log.
    expect(sliceCommits(history.repo.git('rev-list', 'HEAD').split('\n'), 3).length).toBeGreaterThan(3);
    expect(parallel.hits.map(key)).toEqual(single.hits.map(key));
    expect(statsOf(sliced)).toEqual(statsOf(one));

    const s = HISTORY_SECRETS;
    const found = single.hits.map(key).join('\n');
    // Columns count characters (UTF-16), not bytes. The merge's own line, the renamed file's lines (all added again with --no-renames), the end of a big file.
    expect(found).toContain(`${history.merge.slice(0, 7)} app.env:2:7 github-pat ${s.merge}`);
    expect(found).toContain(`${history.rename.slice(0, 7)} config/production.env:3:8 stripe-access-token ${s.stripe}`);
    expect(found).toContain(`${history.big.slice(0, 7)} dist/huge.js:`);
    expect(found).toContain(s.bigEnd);
    expect(found).toContain(`docs/notes.md:1:23 stripe-access-token ${s.unicode}`);
    expect(found).toContain('certs/client.p12:1:1 pkcs12-file');
    expect(one.chunked).toBe(1);
    expect(one.binaryFiles.map((b) => b.split(' ')[0]).sort()).toEqual(['certs/client.p12', 'logo.bin']);
    // One secret, one finding: the binary's embedded token is never content-scanned.
    expect(single.hits.filter((h) => h.secret === s.github).map((h) => h.file)).toEqual(['feature.env']);
  });

  test('whole commits per slice, in rev-list order, shrinking slices', () => {
    const commits = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const slices = sliceCommits(commits, 2);
    expect(slices.flatMap((s) => s.commits)).toEqual(commits);
    expect(slices.map((s) => s.index)).toEqual(slices.map((_, i) => i));
    expect(slices.length).toBeGreaterThanOrEqual(4);
    // Large first, small last, so that no thread waits long for another at the end.
    const sizes = sliceCommits(
      Array.from({ length: 400 }, (_, i) => `c${i}`),
      2,
    ).map((s) => s.commits.length);
    expect(sizes).toEqual([100, 75, 67, 67, 67, 24]);
    expect(sliceCommits(['only'], 4)).toEqual([{ index: 0, commits: ['only'] }]);
  });

  test(`${THREADS_ENV}: a whole number from 1 to 64; anything else names the variable, the value and what is accepted`, () => {
    expect(historyThreads({ [THREADS_ENV]: '1' })).toBe(1);
    expect(historyThreads({ [THREADS_ENV]: ' 3 ' })).toBe(3);
    expect(historyThreads({})).toBeGreaterThanOrEqual(1);
    for (const bad of ['0', 'two', '2.5', '65', '-1']) {
      expect(() => historyThreads({ [THREADS_ENV]: bad })).toThrow(UserError);
      expect(() => historyThreads({ [THREADS_ENV]: bad })).toThrow(
        new RegExp(`${THREADS_ENV}="${bad.replace('.', '\\.')}".*whole number from 1 to 64`),
      );
    }
  });
});

describe('byte parser', () => {
  /** Every fragment the parser hands out for git's output cut into reads of `size` bytes. */
  function fragments(output: Buffer, size: number): { fragments: Fragment[]; stats: ScanStats } {
    const stats = emptyStats();
    const parser = new PatchParser(stats);
    const out: Fragment[] = [];
    for (let i = 0; i < output.length; i += size) {
      parser.write(output.subarray(i, i + size));
      out.push(...parser.ready.splice(0).map(decodeFragment));
    }
    parser.end();
    out.push(...parser.ready.splice(0).map(decodeFragment));
    return { fragments: out, stats };
  }

  test('the same fragments whatever the reads: a byte at a time (merge prefixes, UTF-8 split), odd sizes, all at once', () => {
    const git = (revs: string[]) =>
      execFileSync('git', patchLogArgs(revs, ['--cc']), { cwd: history.repo.dir, maxBuffer: 1 << 28 });
    // Without the big file for the byte-at-a-time run (it would be millions of reads).
    const small = git([`${history.big}^`]);
    const whole = fragments(small, small.length);
    expect(fragments(small, 1)).toEqual(whole);
    expect(fragments(small, 2)).toEqual(whole);
    expect(whole.fragments.some((f) => f.commit === history.merge && f.text.includes(HISTORY_SECRETS.merge))).toBe(
      true,
    );
    const all = git(['HEAD']);
    const reference = fragments(all, all.length);
    for (const size of [4093, 65536]) expect(fragments(all, size)).toEqual(reference);
    const notes = reference.fragments.find((f) => f.file === 'docs/notes.md')!;
    expect(notes.text).toBe(`Größe: ✓ — 日本語 stripe=${HISTORY_SECRETS.unicode}`);
    // The big file comes in two overlapping chunks; the second ends with the secret's line, at its file line.
    const huge = reference.fragments.filter((f) => f.file === 'dist/huge.js');
    expect(huge).toHaveLength(2);
    expect(huge[1].text.endsWith(`const token = "${HISTORY_SECRETS.bigEnd}";`)).toBe(true);
    const fileLines = readFileSync(path.join(history.repo.dir, 'dist/huge.js'), 'utf8').split('\n').length - 1;
    expect(huge[1].lines!.at(-1)).toBe(fileLines);
    // The chunks overlap, by whole lines, within CHUNK_OVERLAP_BYTES.
    expect(huge[1].lines![0]).toBeLessThanOrEqual(huge[0].lines!.at(-1)!);
    expect(huge[0].lines!.at(-1)! - huge[1].lines![0]).toBeLessThan(CHUNK_OVERLAP_BYTES / 10);
  });
});
