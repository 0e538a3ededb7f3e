import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SourceMapGenerator } from 'source-map-js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { TempRepo } from '../helpers/git-repo.js';
import { listen } from '../helpers/servers.js';
import { fake } from '../corpus/secrets.js';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const AWS_KEY = `AKIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 901)}`;
const GH_TOKEN = `ghp_${fake(ALNUM, 36, 902)}`;
const STRIPE = `sk_live_${fake(ALNUM, 28, 903)}`;

/** The raw secret is in no log line, annotation, summary, output, JSON report or SARIF file. */
function expectNoLeak(run: ActionRun, secrets: string[], cwd: string) {
  const sarif = run.outputs.sarif && existsSync(run.outputs.sarif) ? readFileSync(run.outputs.sarif, 'utf8') : '';
  const all = run.everything + sarif;
  for (const s of secrets) expect(all).not.toContain(s);
  void cwd;
}

function prEvent(base: string, head: string) {
  return {
    eventName: 'pull_request',
    event: { pull_request: { number: 5, base: { sha: base }, head: { sha: head } } },
  };
}

describe('secret-scan on git history', () => {
  test('a PR that adds a key and deletes it later still fails, on the line of the commit that added it', async () => {
    const repo = new TempRepo();
    const base = repo.commit('init', { 'README.md': '# app\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const adding = repo.commit('add config', {
      'src/config.ts': `export const region = 'eu-west-1';\nexport const key = '${AWS_KEY}';\n`,
    });
    const head = repo.commit('remove key', { 'src/config.ts': "export const region = 'eu-west-1';\n" });
    const run = await runAction('secret-scan', { cwd: repo.dir, ...prEvent(base, head) });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'src/config.ts', line: 2 });
    expect(errors[0].title).toMatch(/^aws-access-token: .*AWS/);
    expect(errors[0].message).toContain(`Added in ${adding.slice(0, 7)} by Dev <dev@example.com>`);
    expect(errors[0].message).toContain(`Fingerprint: ${adding}:src/config.ts:aws-access-token:2`);
    // The documented redacted form (4 + 4 characters of a key of 20 or more); no longer prefix is shown.
    expect(run.summary).toContain(`\`${AWS_KEY.slice(0, 4)}…${AWS_KEY.slice(-4)}\``);
    expect(run.summary).not.toContain(AWS_KEY.slice(0, 8));
    expect(run.summary).toMatch(
      /Scanned pull request #5 \(\w{7}\.\.\w{7}\) with builtin \(226 rules from gitleaks \w+ \([\d-]+\) \+ launchgate\): 2 commit\(s\), 1 file\(s\), \d+ B\./,
    );
    expect(run.outputs.findings).toBe('1');
    const sarif = JSON.parse(readFileSync(run.outputs.sarif, 'utf8'));
    expect(sarif.runs[0].results[0].partialFingerprints['launchgate/v1']).toBe(
      `${adding}:src/config.ts:aws-access-token:2`,
    );
    expectNoLeak(run, [AWS_KEY], repo.dir);
  });

  test('a merge: commits of the merged branch and lines only the merge resolution added are both scanned', async () => {
    const repo = new TempRepo();
    repo.commit('init', { 'app.env': 'A=1\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature key', { 'feature.env': `GITHUB_TOKEN=${GH_TOKEN}\n` });
    repo.commit('feature edit', { 'app.env': 'A=2\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main edit', { 'app.env': 'A=3\n' });
    try {
      repo.git('merge', '-q', 'feature', '-m', 'merge');
    } catch {
      // The conflict resolution adds a line neither parent had.
      repo.write({ 'app.env': `A=4\nSTRIPE_KEY=${STRIPE}\n` });
      repo.git('add', '-A');
      repo.git('commit', '-q', '--no-edit');
    }
    const merge = repo.git('rev-parse', 'HEAD');
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(run.exitCode).toBe(1);
    const found = run.annotations
      .filter((a) => a.file)
      .map((a) => `${a.file}:${a.line} ${a.title?.split(':')[0]}`)
      .sort();
    expect(found).toEqual(['app.env:2 stripe-access-token', 'feature.env:1 github-pat']);
    expect(run.annotations.find((a) => a.file === 'app.env')!.message).toContain(`Added in ${merge.slice(0, 7)}`);
    expectNoLeak(run, [GH_TOKEN, STRIPE], repo.dir);
  });

  test('a push of a new branch scans the commits not on the default branch; .gitleaksignore is honoured', async () => {
    const origin = mkdtempSync(path.join(os.tmpdir(), 'lg-origin-'));
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
    const repo = new TempRepo();
    repo.commit('old key on main, already known', { 'old.txt': `token=${GH_TOKEN}\n` });
    repo.git('remote', 'add', 'origin', origin);
    repo.git('push', '-q', 'origin', 'main');
    repo.git('fetch', '-q', 'origin');
    repo.git('checkout', '-q', '-b', 'topic');
    const c1 = repo.commit('new key', { 'new.txt': `key=${AWS_KEY}\n` });
    const c2 = repo.commit('another', { 'other.txt': `stripe=${STRIPE}\n` });
    const event = {
      before: '0000000000000000000000000000000000000000',
      after: c2,
      ref: 'refs/heads/topic',
      repository: { default_branch: 'main' },
    };
    const run = await runAction('secret-scan', { cwd: repo.dir, eventName: 'push', event });
    expect(
      run.annotations
        .filter((a) => a.file)
        .map((a) => a.file)
        .sort(),
    ).toEqual(['new.txt', 'other.txt']);
    expect(run.summary).toContain('commits not on main');
    repo.write({
      '.gitleaksignore': `# reviewed: a test fixture\n${c1}:new.txt:aws-access-token:1\nother.txt:stripe-access-token:1\n`,
    });
    const ignored = await runAction('secret-scan', { cwd: repo.dir, eventName: 'push', event });
    expect(ignored.exitCode).toBe(0);
    expect(ignored.summary).toContain('2 finding(s) ignored by .gitleaksignore');
  });

  test('a shallow clone is deepened when it can be, and fails with fetch-depth advice when not', async () => {
    const source = new TempRepo();
    source.commit('one', { 'a.txt': `key=${AWS_KEY}\n` });
    source.commit('two', { 'a.txt': 'key=removed\n' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source.dir}`, dir]);
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'history' } });
    expect(run.annotations.filter((a) => a.file)).toHaveLength(1);
    expect(run.summary).toContain('2 commit(s)');
    const cut = mkdtempSync(path.join(os.tmpdir(), 'lg-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source.dir}`, cut]);
    execFileSync('git', ['remote', 'remove', 'origin'], { cwd: cut });
    const failed = await runAction('secret-scan', { cwd: cut, inputs: { mode: 'history' } });
    expect(failed.exitCode).toBe(1);
    expect(failed.annotations[0].message).toMatch(/The clone is shallow .* Set fetch-depth: 0 on actions\/checkout\.$/);
  });

  test('a pull request of 500 commits is scanned whole (the range comes from git, not the 250-commit API)', async () => {
    const repo = new TempRepo();
    const base = repo.commit('init', { 'README.md': '# app\n' });
    // git fast-import writes 500 commits in one go; commit 420 adds a key.
    let stream = '';
    for (let i = 1; i <= 500; i++) {
      const content = i === 420 ? `key=${AWS_KEY}\n` : `step ${i}\n`;
      const file = i === 420 ? 'deep/config.ini' : `notes/${i % 7}.txt`;
      const message = `step ${String(i).padStart(3, '0')}`;
      stream += `commit refs/heads/main\nmark :${i}\ncommitter Dev <dev@example.com> ${1700000000 + i} +0000\ndata ${message.length}\n${message}\nfrom ${i === 1 ? base : `:${i - 1}`}\nM 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    }
    execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: repo.dir, input: stream });
    const head = repo.git('rev-parse', 'main');
    const run = await runAction('secret-scan', { cwd: repo.dir, ...prEvent(base, head) });
    expect(run.summary).toMatch(/: 500 commit\(s\),/);
    expect(run.annotations.filter((a) => a.file)).toEqual([
      expect.objectContaining({ file: 'deep/config.ini', line: 1 }),
    ]);
  });

  test('fails closed: a PR range with no commits, and a base that is not in the clone', async () => {
    const repo = new TempRepo();
    const head = repo.commit('init', { 'a.txt': 'x\n' });
    const empty = await runAction('secret-scan', { cwd: repo.dir, ...prEvent(head, head) });
    expect(empty.exitCode).toBe(1);
    expect(empty.annotations[0].message).toMatch(/resolves to no commits .*nothing was scanned, so nothing can pass\./);
    const missing = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'diff', base: 'origin/main' } });
    expect(missing.annotations[0].message).toBe(
      "The base 'origin/main' is not in this clone. Set fetch-depth: 0 on actions/checkout, or fetch it (git fetch origin origin/main).",
    );
  });
});

describe('secret-scan on files', () => {
  test('tree mode over a build folder: minified line and column; binaries listed, huge files chunked, non-UTF-8 files read', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-tree-'));
    mkdirSync(path.join(dir, 'dist'));
    const min = `${'function a(){return 1};'.repeat(200)}var k="${GH_TOKEN}";`;
    writeFileSync(path.join(dir, 'dist', 'app.min.js'), min);
    writeFileSync(path.join(dir, 'dist', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(path.join(dir, 'dist', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(path.join(dir, 'dist', 'huge.json'), 'x'.repeat(11 * 1024 * 1024));
    writeFileSync(path.join(dir, 'outside.txt'), `key=${AWS_KEY}\n`);
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree', paths: 'dist' } });
    expect(run.exitCode).toBe(1);
    const hits = run.annotations.filter((a) => a.file);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ file: 'dist/app.min.js', line: 1, col: min.indexOf('ghp_') + 1 });
    expect(run.summary).toMatch(
      /Scanned working tree: dist with builtin .*: 0 commit\(s\), 3 file\(s\), .*; 1 binary file\(s\) checked by name only: dist\/logo\.png; 1 file\(s\) over 4\.0 MiB scanned in overlapping chunks\./,
    );
    expectNoLeak(run, [GH_TOKEN], dir);
  });

  test('a malformed .gitleaks.toml is one error with its line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-tree-'));
    writeFileSync(
      path.join(dir, '.gitleaks.toml'),
      '[extend]\nuseDefault = true\n[[rules]]\nid = "x"\nregex = "unterminated\n',
    );
    const run = await runAction('secret-scan', { cwd: dir, inputs: { mode: 'tree' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(/^\.gitleaks\.toml:5: invalid TOML/);
  });

  test('deployed bundles: same-origin scripts and source maps are scanned; findings name the URL and the original file', async () => {
    const original = `// src/config.ts\nexport const a = 1;\nexport const b = 2;\nexport const token = "${STRIPE}";\n`;
    const js = `var a=1,b=2,token="${STRIPE}";\n//# sourceMappingURL=app.js.map`;
    const map = new SourceMapGenerator({ file: 'app.js' });
    map.addMapping({
      generated: { line: 1, column: js.indexOf('sk_live') },
      original: { line: 4, column: 22 },
      source: 'webpack:///src/config.ts',
    });
    map.setSourceContent('webpack:///src/config.ts', original);
    const requested: string[] = [];
    const server = createServer((req, res) => {
      requested.push(req.url!);
      if (req.url === '/')
        return res.end(
          '<html><script src="/app.js"></script><script src="https://cdn.other.example/lib.js"></script></html>',
        );
      if (req.url === '/app.js') return res.end(js);
      if (req.url === '/app.js.map') return res.end(map.toString());
      res.statusCode = 404;
      res.end();
    });
    const url = await listen(server);
    try {
      const run = await runAction('secret-scan', { inputs: { urls: `${url}/` } });
      expect(run.exitCode).toBe(1);
      const hit = run.annotations.find((a) => a.file)!;
      expect(hit).toMatchObject({ file: 'src/config.ts', line: 4 });
      expect(hit.title).toMatch(/^stripe-access-token: /);
      expect(hit.message).toContain(`served at ${url}/app.js`);
      expect(requested).toEqual(['/', '/app.js', '/app.js.map']);
      expectNoLeak(run, [STRIPE], '');
    } finally {
      server.close();
    }
  });
});

describe('path-only rules', () => {
  // Issue 15.2: a gitleaks rule with a path and no regex (pkcs12-file) reports the file itself, binaries included.
  test('a committed .p12 keystore is reported in history and tree modes, though its content is binary', async () => {
    const repo = new TempRepo();
    repo.commit('init', { 'README.md': '# app\n' });
    mkdirSync(path.join(repo.dir, 'certs'));
    writeFileSync(path.join(repo.dir, 'certs', 'client.p12'), Buffer.from([0x30, 0x82, 0, 0, 1, 2, 3, 0, 0, 0xff]));
    const added = repo.commit('add keystore');
    for (const mode of ['history', 'tree']) {
      const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode } });
      expect(run.exitCode).toBe(1);
      const hits = run.annotations.filter((a) => a.file);
      expect(hits.map((a) => [a.file, a.title?.split(':')[0]])).toEqual([['certs/client.p12', 'pkcs12-file']]);
      expect(hits[0].message).toContain('This file');
      if (mode === 'history') expect(hits[0].message).toContain(`Added in ${added.slice(0, 7)}`);
      expect(run.summary).toContain('1 binary file(s) checked by name only: certs/client.p12');
    }
  });
});

describe('gitleaks engine: download, verify, cache', () => {
  function releaseServer(version: string, opts: { tamper?: boolean; failWith?: string }) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lg-release-'));
    const marker = path.join(work, 'RAN');
    // A stand-in gitleaks: writes a report with one finding, and leaves a marker proving it ran.
    const script = opts.failWith
      ? `#!/bin/sh\ntouch "${marker}"\nprintf '${opts.failWith}' >&2\nexit 1\n`
      : `#!/bin/sh\ntouch "${marker}"\nreport=""\nwhile [ $# -gt 0 ]; do [ "$1" = "--report-path" ] && report="$2"; shift; done\n` +
        `printf '[{"RuleID":"aws-access-token","Description":"AWS key","StartLine":3,"EndLine":3,"StartColumn":5,"Match":"k=${AWS_KEY}","Secret":"${AWS_KEY}","File":"conf/app.ini","Commit":"","Author":"","Email":"","Date":""}]' > "$report"\n`;
    const pkg = path.join(work, 'pkg');
    mkdirSync(pkg);
    writeFileSync(path.join(pkg, 'gitleaks'), script);
    chmodSync(path.join(pkg, 'gitleaks'), 0o755);
    const plat = `${process.platform === 'darwin' ? 'darwin' : 'linux'}_${process.arch === 'arm64' ? 'arm64' : 'x64'}`;
    const archiveName = `gitleaks_${version}_${plat}.tar.gz`;
    execFileSync('tar', ['-czf', path.join(work, archiveName), '-C', pkg, 'gitleaks']);
    const archive = readFileSync(path.join(work, archiveName));
    const sum = createHash('sha256')
      .update(opts.tamper ? Buffer.concat([archive, Buffer.from('x')]) : archive)
      .digest('hex');
    const checksums = `${sum}  ${archiveName}\n0000  gitleaks_${version}_windows_x64.zip\n`;
    const hits: string[] = [];
    const archiveSha = createHash('sha256').update(archive).digest('hex');
    const server = createServer((req, res) => {
      hits.push(req.url!);
      if (req.url === `/v${version}/${archiveName}`) return res.end(archive);
      if (req.url === `/v${version}/gitleaks_${version}_checksums.txt`) return res.end(checksums);
      res.statusCode = 404;
      res.end();
    });
    return { server, marker, hits, work, archiveSha };
  }

  test('downloads the release, verifies it against its checksums, caches it, and parses its report', async () => {
    const rel = releaseServer('9.1.0', {});
    const base = await listen(rel.server);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-gl-'));
    const env = {
      LAUNCHGATE_GITLEAKS_BASE_URL: base,
      RUNNER_TOOL_CACHE: path.join(rel.work, 'cache'),
      PATH: '/usr/bin:/bin',
    };
    try {
      const run = await runAction('secret-scan', {
        cwd: dir,
        inputs: { mode: 'tree', engine: 'gitleaks', 'gitleaks-version': '9.1.0' },
        env,
      });
      expect(run.exitCode).toBe(1);
      expect(existsSync(rel.marker)).toBe(true);
      expect(run.annotations.find((a) => a.file)).toMatchObject({
        file: 'conf/app.ini',
        line: 3,
        col: 5,
        title: 'aws-access-token: AWS key',
      });
      expectNoLeak(run, [AWS_KEY], dir);
      const again = await runAction('secret-scan', {
        cwd: dir,
        inputs: { mode: 'tree', engine: 'gitleaks', 'gitleaks-version': '9.1.0' },
        env,
      });
      expect(again.exitCode).toBe(1);
      expect(rel.hits.filter((h) => h.endsWith('.tar.gz'))).toHaveLength(1);
    } finally {
      rel.server.close();
    }
  });

  test('a checksum mismatch fails and never runs the binary; so does a checksums file that disagrees with the pinned hash', async () => {
    for (const [version, tamper, expected] of [
      ['9.2.0', true, /checksum mismatch for gitleaks_9\.2\.0_\w+\.tar\.gz/],
      ['8.28.0', false, /launchgate pins [0-9a-f]{64}: refusing to run it/],
    ] as const) {
      const rel = releaseServer(version, { tamper });
      const base = await listen(rel.server);
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-gl-'));
      try {
        const run = await runAction('secret-scan', {
          cwd: dir,
          inputs: { mode: 'tree', engine: 'gitleaks', 'gitleaks-version': version },
          env: {
            LAUNCHGATE_GITLEAKS_BASE_URL: base,
            RUNNER_TOOL_CACHE: path.join(rel.work, 'cache'),
            PATH: '/usr/bin:/bin',
          },
        });
        expect(run.exitCode).toBe(1);
        expect(run.annotations[0].message).toMatch(expected);
        expect(existsSync(rel.marker)).toBe(false);
      } finally {
        rel.server.close();
      }
    }
  });

  // Issue 14 L14: a non-default version was labelled "SHA-256 verified" when only the checksums file beside the
  // archive vouched for it. Say what was checked; let users pin it with gitleaks-sha256.
  test('what was verified is said exactly, and gitleaks-sha256 pins a version launchgate does not', async () => {
    const rel = releaseServer('9.3.0', {});
    const base = await listen(rel.server);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-gl-'));
    const env = (cache: string) => ({
      LAUNCHGATE_GITLEAKS_BASE_URL: base,
      RUNNER_TOOL_CACHE: path.join(rel.work, cache),
      PATH: '/usr/bin:/bin',
    });
    const inputs = { mode: 'tree', engine: 'gitleaks', 'gitleaks-version': '9.3.0' };
    try {
      const unpinned = await runAction('secret-scan', { cwd: dir, inputs, env: env('c1') });
      expect(unpinned.summary).toContain(
        'gitleaks 9.3.0 release (SHA-256 matched only the checksums file served beside the archive',
      );
      expect(unpinned.summary).not.toContain('SHA-256 verified');
      const wrong = await runAction('secret-scan', {
        cwd: dir,
        inputs: { ...inputs, 'gitleaks-sha256': 'ab'.repeat(32) },
        env: env('c2'),
      });
      expect(wrong.exitCode).toBe(1);
      expect(wrong.annotations[0].message).toMatch(/refusing to run it/);
      const pinned = await runAction('secret-scan', {
        cwd: dir,
        inputs: { ...inputs, 'gitleaks-sha256': rel.archiveSha },
        env: env('c3'),
      });
      expect(pinned.summary).toContain('gitleaks 9.3.0 release (SHA-256 matched the gitleaks-sha256 input)');
      const bad = await runAction('secret-scan', { cwd: dir, inputs: { ...inputs, 'gitleaks-sha256': 'nope' } });
      expect(bad.annotations[0].message).toBe(`Input 'gitleaks-sha256': "nope" is not a SHA-256 (64 hex digits).`);
    } finally {
      rel.server.close();
    }
  });

  // Issue 14: gitleaks' coloured log lines reached the finding's message as raw ANSI escape codes.
  test('a failing gitleaks is quoted without colour codes', async () => {
    const rel = releaseServer('9.4.0', { failWith: '\\033[31mERR\\033[0m \\033[1mconfig\\033[0m is broken\\n' });
    const base = await listen(rel.server);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-gl-'));
    try {
      const run = await runAction('secret-scan', {
        cwd: dir,
        inputs: { mode: 'tree', engine: 'gitleaks', 'gitleaks-version': '9.4.0' },
        env: { LAUNCHGATE_GITLEAKS_BASE_URL: base, RUNNER_TOOL_CACHE: path.join(rel.work, 'c'), PATH: '/usr/bin:/bin' },
      });
      expect(existsSync(rel.marker)).toBe(true);
      expect(run.annotations[0].message).toContain('gitleaks dir failed (exit 1): ERR config is broken');
      expect(run.everything).not.toContain('\u001b');
    } finally {
      rel.server.close();
    }
  });
});
