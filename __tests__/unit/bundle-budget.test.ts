import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseYaml } from '../../src/core/yaml-file.js';
import { readBudgets, parseInlineBudgets } from '../../src/checks/bundle-budget/budgets-file.js';
import { measureFiles, planJobs } from '../../src/checks/bundle-budget/compress.js';
import { evaluateBudgets, filesTable, type BaseSizes } from '../../src/checks/bundle-budget/evaluate.js';
import { matchGlobs } from '../../src/checks/bundle-budget/files.js';
import { BUNDLE_FINDINGS, code, plain } from '../../src/checks/bundle-budget/findings.js';
import { DEFAULT_HASH_PATTERN, checkSafePattern, hashStripper } from '../../src/checks/bundle-budget/hash-names.js';
import { measureBuild } from '../../src/checks/bundle-budget/measure.js';
import { formatLike, parseGrowth, parseSize } from '../../src/checks/bundle-budget/sizes.js';
import { bundleBudget } from '../../src/checks/bundle-budget/index.js';
import { catalogTable } from '../../src/checks/http/finding-catalog.js';
import { ROOT } from '../helpers/run-action.js';

const strip = hashStripper(DEFAULT_HASH_PATTERN, 'test');

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-bundle-unit-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

/** Text that compresses somewhat, different for each seed. */
function js(seed: number, lines: number): string {
  let s = '';
  let x = seed;
  for (let i = 0; i < lines; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += `export function f${i}_${x.toString(36)}(a) { return a * ${x % 997} + "${(x >>> 3).toString(16)}"; }\n`;
  }
  return s;
}

describe('sizes and limits', () => {
  test.each([
    ['170 kB', 170_000],
    ['170kB', 170_000],
    ['170 KB', 170_000],
    ['1.5 MB', 1_500_000],
    ['200 KiB', 204_800],
    ['1 MiB', 1_048_576],
    ['2 GB', 2_000_000_000],
    ['900 B', 900],
    ['900', 900],
    [900, 900],
  ])('%s is %d bytes, kept as written', (text, bytes) => {
    expect(parseSize(text)).toEqual({ bytes, text: String(text).trim() });
  });

  test.each(['170 kilobytes', '1,5 MB', '-1 kB', '0 kB', 'kB', '1e3 kB', '', '10 %', '1.2.3 MB', '9'.repeat(50)])(
    '%s is not a size',
    (text) => {
      expect(parseSize(text)).toBeUndefined();
    },
  );

  test('max-growth is a percentage or an amount, never a bare number', () => {
    expect(parseGrowth('10%')).toEqual({ kind: 'percent', ratio: 0.1, text: '10%' });
    expect(parseGrowth('2.5 %')).toMatchObject({ kind: 'percent', ratio: 0.025 });
    expect(parseGrowth('5 kB')).toEqual({ kind: 'bytes', bytes: 5000, text: '5 kB' });
    expect(parseGrowth('5')).toBeUndefined();
    expect(parseGrowth('ten percent')).toBeUndefined();
  });

  test('sizes are shown in the unit the limit was written in', () => {
    expect(formatLike(204_800, parseSize('200 KiB')!)).toBe('200.0 KiB');
    expect(formatLike(1_234_567, parseSize('1.5 MB')!)).toBe('1.23 MB');
    expect(formatLike(85, parseSize('2 KiB')!)).toBe('85 B');
  });
});

describe('content hashes in file names', () => {
  test.each([
    ['dist/main.3f2a1b9c.js', 'dist/main.[hash].js'],
    ['assets/index-BfXa12_q.js', 'assets/index-[hash].js'],
    ['assets/index-BfXaqQwe.css', 'assets/index-[hash].css'],
    ['chunks/framework-2c79e2a64abdb08b.js', 'chunks/framework-[hash].js'],
    ['static/js/main.3f2a1b9c.js.map', 'static/js/main.[hash].js.map'],
    ['123.4a5b6c7d8e9f.chunk.js', '123.4a5b6c7d8e9f.chunk.js'],
    ['assets/some-component.js', 'assets/some-component.js'],
    ['assets/polyfills-legacy.js', 'assets/polyfills-legacy.js'],
    ['vendor.js', 'vendor.js'],
    ['a.3f2a1b9c/plain.js', 'a.3f2a1b9c/plain.js'],
  ])('%s → %s', (file, stripped) => {
    expect(strip.strip(file)).toBe(stripped);
    expect(strip.isHashed(file)).toBe(file !== stripped);
  });

  test('a configured pattern: its first group is the hash', () => {
    const custom = hashStripper('\\.([0-9a-f]{12})\\.chunk\\.js$', "Input 'hash-pattern'");
    expect(custom.strip('123.4a5b6c7d8e9f.chunk.js')).toBe('123.[hash].chunk.js');
  });

  test.each(['(a+)+$', '(a|aa)*b', '([a-z]*)*', '(\\w+\\d+)+x', '(a)\\1', '(?<h>a)\\k<h>'])(
    'a pattern that can backtrack without bound is refused: %s',
    (pattern) => {
      expect(() => checkSafePattern(pattern, "Input 'hash-pattern'")).toThrow(/Input 'hash-pattern' got/);
    },
  );

  test.each([DEFAULT_HASH_PATTERN, '[.-]([0-9a-f]{8,})\\.', '(?:\\.map)?$', '\\.([a-z]+)?x'])(
    'a linear pattern is accepted: %s',
    (pattern) => {
      expect(() => checkSafePattern(pattern, 'x')).not.toThrow();
    },
  );

  test('an invalid regular expression names the input and the value', () => {
    expect(() => hashStripper('([a-z', "Input 'hash-pattern'")).toThrow(/Input 'hash-pattern' got "\(\[a-z"/);
  });
});

describe('the budgets file', () => {
  const FILE = [
    'budgets:',
    '  - name: scripts',
    '    path: dist/*.js',
    '    limit: 170 kB',
    '    max-growth: 10%',
    '  - name: styles',
    '    path: [dist/*.css, dist/extra/*.css]',
    '    limit: 20 KiB',
    '    compression: gzip',
    '',
  ].join('\n');

  test('entries with their lines, defaults and units', () => {
    const b = readBudgets(parseYaml('.github/bundle-budget.yml', FILE), false);
    expect(b.file).toBe('.github/bundle-budget.yml');
    expect(b.entries).toEqual([
      {
        name: 'scripts',
        globs: ['dist/*.js'],
        limit: { bytes: 170_000, text: '170 kB' },
        compression: 'brotli',
        maxGrowth: { kind: 'percent', ratio: 0.1, text: '10%' },
        line: 2,
      },
      {
        name: 'styles',
        globs: ['dist/*.css', 'dist/extra/*.css'],
        limit: { bytes: 20_480, text: '20 KiB' },
        compression: 'gzip',
        maxGrowth: undefined,
        line: 6,
      },
    ]);
  });

  test('an unparsable limit names the file, line, entry, value and the accepted forms', () => {
    const bad = FILE.replace('limit: 20 KiB', 'limit: 20 kilobytes');
    expect(() => readBudgets(parseYaml('b.yml', bad), false)).toThrow(
      /^b\.yml:8: budget 'styles': limit got "20 kilobytes"; accepted: a number with a unit: B, kB, MB, GB \(1000s\) or KiB, MiB, GiB \(1024s\)/,
    );
  });

  test('a bad max-growth, an unknown compression, an unknown key and a duplicate name are errors', () => {
    expect(() => readBudgets(parseYaml('b.yml', FILE.replace('10%', 'lots')), false)).toThrow(
      /b\.yml:5: budget 'scripts': max-growth got "lots"; accepted: a percentage such as 10%/,
    );
    expect(() => readBudgets(parseYaml('b.yml', FILE.replace('gzip', 'zstd')), false)).toThrow(
      /b\.yml:9: budgets\.1\.compression/,
    );
    expect(() => readBudgets(parseYaml('b.yml', FILE.replace('    limit: 170 kB', '    limt: 170 kB')), false)).toThrow(
      /b\.yml:4: budgets\.0: unknown key 'limt' \(did you mean 'limit'\?\)/,
    );
    expect(() =>
      readBudgets(parseYaml('b.yml', FILE.replace('    limit: 20 KiB', '    limit: 20 KiB\n    gzip: true')), false),
    ).toThrow(/b\.yml:9: budgets\.1: unknown key 'gzip'/);
    expect(() => readBudgets(parseYaml('b.yml', FILE.replace('name: styles', 'name: scripts')), false)).toThrow(
      /b\.yml:6: budget 'scripts': the name is used twice/,
    );
  });

  test('a glob that leaves the working directory is refused', () => {
    expect(() => parseInlineBudgets('budgets:\n  - name: x\n    path: ../secrets/*.js\n    limit: 1 kB\n')).toThrow(
      /path "\.\.\/secrets\/\*\.js" leaves the working directory/,
    );
    expect(() => parseInlineBudgets('budgets:\n  - name: x\n    path: /etc/*\n    limit: 1 kB\n')).toThrow(
      /leaves the working directory/,
    );
  });
});

describe('globs', () => {
  test('matches under the static part, skips node_modules and symlinks, reports empty globs', () => {
    const dir = tree({
      'dist/a.js': 'a',
      'dist/sub/b.js': 'bb',
      'dist/node_modules/x.js': 'x',
      'dist/c.css': 'c',
      'outside/secret.js': 's',
    });
    symlinkSync(path.join(dir, 'outside'), path.join(dir, 'dist', 'link'));
    const m = matchGlobs(dir, ['dist/**/*.js', 'dist/*.css', 'build/*.js']);
    expect(m.files).toEqual([
      { file: 'dist/a.js', bytes: 1 },
      { file: 'dist/c.css', bytes: 1 },
      { file: 'dist/sub/b.js', bytes: 2 },
    ]);
    expect(m.empty).toEqual(['build/*.js']);
    expect(matchGlobs(dir, ['dist/a.js']).files).toEqual([{ file: 'dist/a.js', bytes: 1 }]);
  });
});

describe('compression in the worker pool', () => {
  test.each([
    ['read whole', 4 * 1024 * 1024],
    ['streamed in 256 KiB chunks', 0],
  ])('sizes are the exact bytes of zlib brotli quality 11 and gzip level 9 (%s)', async (_how, streamAbove) => {
    // 600 KB: three chunks when streamed.
    const text = js(7, 9000);
    const dir = tree({ 'a.js': text, 'b.js': js(9, 10), 'empty.js': '' });
    const results = await measureFiles(
      ['a.js', 'b.js', 'empty.js'].map((f) => ({ file: path.join(dir, f), kinds: ['brotli', 'gzip', 'none'] })),
      2,
      streamAbove,
    );
    expect(results[0].ok && results[0].raw).toBeGreaterThan(512 * 1024);
    for (const [i, f] of ['a.js', 'b.js', 'empty.js'].entries()) {
      const buf = readFileSync(path.join(dir, f));
      expect(results[i]).toEqual({
        ok: true,
        raw: buf.length,
        sizes: {
          brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
          gzip: gzipSync(buf, { level: 9 }).length,
          none: buf.length,
        },
      });
    }
  });

  test('jobs: one per compression, largest first, so both cores share the largest file', () => {
    const sizes: Record<string, number> = { small: 10, big: 1000, raw: 50 };
    const jobs = planJobs(
      [
        { file: 'small', kinds: ['brotli', 'gzip'] },
        { file: 'big', kinds: ['brotli', 'gzip', 'none'] },
        { file: 'raw', kinds: ['none'] },
      ],
      (f) => sizes[f],
    );
    expect(jobs.map((j) => `${j.file}:${j.kinds.join('+')}`)).toEqual([
      'big:brotli',
      'big:gzip',
      'raw:none',
      'small:brotli',
      'small:gzip',
    ]);
  });

  test('a file that cannot be read fails alone', async () => {
    const dir = tree({ 'a.js': 'hello' });
    const [missing, ok] = await measureFiles([
      { file: path.join(dir, 'gone.js'), kinds: ['gzip'] },
      { file: path.join(dir, 'a.js'), kinds: ['gzip'] },
    ]);
    expect(missing).toMatchObject({ ok: false, error: expect.stringMatching(/ENOENT/) });
    expect(ok).toMatchObject({ ok: true, raw: 5 });
  });
});

describe('budget evaluation', () => {
  const budgets = parseInlineBudgets(
    [
      'budgets:',
      '  - name: scripts',
      '    path: dist/*.js',
      '    limit: 2 kB',
      '    max-growth: 10%',
      '  - name: none',
      '    path: dist/*.css',
      '    limit: 1 kB',
      '    compression: none',
      '    max-growth: 100 B',
    ].join('\n'),
  );
  const file = { ...budgets, file: 'budget.yml', entries: budgets.entries.map((e, i) => ({ ...e, line: 2 + i * 4 })) };

  test('over the limit: an error on the entry line with size, limit and the three largest files', async () => {
    const dir = tree({
      'dist/main.3f2a1b9c.js': js(1, 300),
      'dist/vendor.1a2b3c4d.js': js(2, 200),
      'dist/small.js': js(3, 5),
      'dist/tiny.js': js(4, 1),
      'dist/app.css': 'x'.repeat(900),
    });
    const head = await measureBuild(dir, file.entries, strip);
    const { findings, verdicts } = evaluateBudgets(file, head, undefined, false);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({ ruleId: 'over-budget', severity: 'error', file: 'budget.yml', line: 2 });
    expect(f.message).toContain('over its limit of 2 kB (2000 bytes)');
    expect(f.message).toMatch(
      /Largest: `dist\/main\.3f2a1b9c\.js` [\d.]+ kB, `dist\/vendor\.1a2b3c4d\.js` .*, `dist\/small\.js` [^,]*\.$/,
    );
    expect(f.message).not.toContain('tiny.js');
    expect(verdicts.map((v) => v.overLimit)).toEqual([true, false]);
    expect(head.entries[1].size).toBe(900);
  });

  test('exactly at the limit passes; one byte over fails', async () => {
    const at = await measureBuild(tree({ 'dist/a.js': 'ok', 'dist/a.css': 'x'.repeat(1000) }), file.entries, strip);
    expect(evaluateBudgets(file, at, undefined, false).findings).toEqual([]);
    const over = await measureBuild(tree({ 'dist/a.js': 'ok', 'dist/a.css': 'x'.repeat(1001) }), file.entries, strip);
    expect(evaluateBudgets(file, over, undefined, false).findings.map((f) => f.line)).toEqual([6]);
  });

  test('growth over max-growth is a warning, an error with growth-fails; new and removed files are listed', async () => {
    const head = await measureBuild(
      tree({ 'dist/main.aaaa1111.js': js(5, 12), 'dist/new.js': js(6, 3), 'dist/a.css': 'x'.repeat(500) }),
      file.entries,
      strip,
    );
    const main = head.entries[0].files['dist/main.[hash].js'].size;
    const base: BaseSizes = {
      source: 'base main (abc)',
      entries: {
        scripts: {
          compression: 'brotli',
          size: main - 100,
          files: { 'dist/main.[hash].js': { size: main - 100 }, 'dist/old.js': { size: 50 } },
        },
        none: { compression: 'none', size: 450, files: { 'dist/a.css': { size: 450 } } },
      },
    };
    const warn = evaluateBudgets(file, head, base, false).findings;
    expect(warn.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['budget-growth', 'warning', 2]]);
    expect(warn[0].message).toContain('against base main (abc); max-growth is 10%');
    expect(warn[0].message).toMatch(
      /Grew most: `dist\/new\.js` new, \+[\d.]+ B?k?B?, `dist\/main\.\[hash\]\.js` \+100 B\./,
    );
    expect(evaluateBudgets(file, head, base, true).findings.map((f) => f.severity)).toEqual(['error']);
    const md = filesTable(file, head, base);
    expect(md).toMatch(/\| `dist\/old\.js` \| — \| 50 B \| −50 B \| removed \|/);
    expect(md).toMatch(/\| `dist\/new\.js` \| [\d.]+ k?B \| — \| \+[\d.]+ k?B \| new \|/);
    expect(md).toContain('| `dist/main.[hash].js` |');
    // 50 bytes of growth on 450 is within the 100 B allowance of the second entry.
    expect(head.entries[1].size - 450).toBe(50);
  });

  test('an entry whose base used another compression is not compared', async () => {
    const head = await measureBuild(tree({ 'dist/a.js': js(1, 40), 'dist/a.css': 'x' }), file.entries, strip);
    const base: BaseSizes = { source: 'b', entries: { scripts: { compression: 'gzip', size: 1, files: {} } } };
    expect(evaluateBudgets(file, head, base, true).findings.filter((f) => f.ruleId === 'budget-growth')).toEqual([]);
  });

  test('a glob matching nothing is an error even when the entry is within its limit', async () => {
    const head = await measureBuild(tree({ 'dist/a.js': 'x' }), file.entries, strip);
    const { findings } = evaluateBudgets(file, head, undefined, false);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['glob-matched-nothing', 6]]);
  });
});

describe('names from the pull request', () => {
  test('are inline code without backticks or line breaks', () => {
    expect(code('a`b\n| [x](http://e) @team')).toBe("`a'b | [x](http://e) @team`");
  });

  test('in titles they lose what makes links, HTML, emphasis, code and mentions', () => {
    expect(plain('[x](y) <b>*a*</b> `c` @org/team ~s~\n')).toBe(' x (y)  b  a  /b   c  ＠org/team  s  ');
  });

  test("the README's findings table is the catalog's, rendered by the gate's readmeTables", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Bundle budget'), readme.indexOf('<!-- table:bundle-budget -->'));
    const table = bundleBudget.readmeTables!['findings:bundle-budget']();
    expect(table).toBe(catalogTable(BUNDLE_FINDINGS));
    expect(section).toContain(`<!-- findings:bundle-budget -->\n${table}\n<!-- /findings:bundle-budget -->`);
    for (const id of Object.keys(BUNDLE_FINDINGS)) expect(table).toContain(`| \`${id}\``);
  });
});
