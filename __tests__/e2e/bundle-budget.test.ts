import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TempRepo } from '../helpers/git-repo.js';
import { runAction } from '../helpers/run-action.js';
import { listen } from '../helpers/servers.js';

/** JavaScript that compresses like real code, different for each seed (so growth is real growth). */
function js(seed: number, lines: number): string {
  let s = '';
  let x = seed;
  for (let i = 0; i < lines; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += `export function f${i}_${x.toString(36)}(a) { return a * ${x % 997} + "${(x >>> 3).toString(16)}"; }\n`;
  }
  return s;
}

/** A build script as a project has one: copies src/*.js to dist/assets/<name>.<content hash>.js. */
const BUILD_JS = `
const fs = require('fs'); const crypto = require('crypto'); const path = require('path');
fs.rmSync('dist', { recursive: true, force: true });
fs.mkdirSync('dist/assets', { recursive: true });
for (const f of fs.readdirSync('src')) {
  const body = fs.readFileSync(path.join('src', f));
  const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 8);
  fs.writeFileSync(path.join('dist/assets', f.replace(/\\.js$/, '.' + hash + '.js')), body);
}
console.log('built', fs.readdirSync('dist/assets').join(' '));
`;

const BUDGETS = [
  'budgets:',
  '  - name: app',
  '    path: dist/assets/*.js',
  '    limit: 40 kB',
  '    max-growth: 5%',
  '',
].join('\n');

function workspace(files: Record<string, string>): string {
  const repo = new TempRepo();
  repo.write(files);
  return repo.dir;
}

describe('bundle-budget action: budgets over build output', () => {
  test('an entry over its limit fails on its line of the budgets file with size, limit and largest files', async () => {
    const dir = workspace({
      '.github/bundle-budget.yml': [
        'budgets:',
        '  - name: scripts',
        '    path: dist/*.js',
        '    limit: 2 kB',
        '  - name: styles',
        '    path: dist/*.css',
        '    limit: 10 KiB',
        '    compression: gzip',
        '',
      ].join('\n'),
      'dist/main.3f2a1b9c.js': js(1, 400),
      'dist/chunk.1a2b3c4d.js': js(2, 50),
      'dist/app.css': 'body { color: red }\n'.repeat(200),
    });
    const run = await runAction('bundle-budget', { cwd: dir });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: '.github/bundle-budget.yml', line: 2 });
    expect(errors[0].title).toMatch(/^over-budget: scripts: [\d.]+ kB > 2 kB$/);
    const main = readFileSync(path.join(dir, 'dist/main.3f2a1b9c.js'));
    const chunk = readFileSync(path.join(dir, 'dist/chunk.1a2b3c4d.js'));
    const exact = brotliCompressSync(main).length + brotliCompressSync(chunk).length;
    expect(errors[0].message).toContain(`(${exact} bytes) brotli, over its limit of 2 kB (2000 bytes)`);
    expect(errors[0].message).toMatch(/Largest: `dist\/main\.3f2a1b9c\.js` [\d.]+ kB, `dist\/chunk\.1a2b3c4d\.js`/);
    const sizes = JSON.parse(run.outputs.sizes);
    expect(sizes).toEqual({
      scripts: exact,
      styles: gzipSync(readFileSync(path.join(dir, 'dist/app.css')), { level: 9 }).length,
    });
    expect(run.summary).toContain('| `scripts` | brotli |');
    expect(run.summary).toContain('❌ over budget');
    expect(run.summary).toContain('| `dist/main.[hash].js` |');
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report.metrics.format).toBe('bundle-budget/1');
    expect(report.metrics.entries.styles.limit).toBe('10 KiB');
  });

  test('inline budgets within their limits pass; a glob matching nothing fails', async () => {
    const dir = workspace({ 'dist/a.js': js(3, 20) });
    const pass = await runAction('bundle-budget', {
      cwd: dir,
      inputs: { budgets: 'budgets:\n  - name: a\n    path: dist/*.js\n    limit: 1.5 MB\n' },
    });
    expect(pass.exitCode).toBe(0);
    expect(pass.outputs.result).toBe('pass');
    const empty = await runAction('bundle-budget', {
      cwd: dir,
      inputs: { budgets: 'budgets:\n  - name: a\n    path: [dist/*.js, build/*.js]\n    limit: 1.5 MB\n' },
    });
    expect(empty.exitCode).toBe(1);
    expect(empty.annotations.find((a) => a.level === 'error')?.title).toBe(
      'glob-matched-nothing: a: a glob matched no file',
    );
  });

  test('an unparsable limit names the entry, the value and the accepted forms', async () => {
    const dir = workspace({
      '.github/bundle-budget.yml': 'budgets:\n  - name: app\n    path: dist/*.js\n    limit: 170 kilobytes\n',
    });
    const run = await runAction('bundle-budget', { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::.github/bundle-budget.yml:4: budget \'app\': limit got "170 kilobytes"; accepted: a number with a unit: B, kB, MB, GB (1000s) or KiB, MiB, GiB (1024s)',
    );
  });

  test('a baseline report of another gate is refused clearly', async () => {
    const dir = workspace({
      'dist/a.js': 'x',
      'old.json': JSON.stringify({ check: 'latency-budget', metrics: { routes: {} } }),
    });
    const run = await runAction('bundle-budget', {
      cwd: dir,
      inputs: { budgets: 'budgets:\n  - name: a\n    path: dist/*.js\n    limit: 1 kB\n', baseline: 'old.json' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::Input 'baseline': old.json is a latency-budget report; accepted:");
  });

  test('a baseline report of this gate: growth over max-growth is a warning', async () => {
    const dir = workspace({ '.github/bundle-budget.yml': BUDGETS, 'dist/assets/app.1111aaaa.js': js(4, 200) });
    const first = await runAction('bundle-budget', { cwd: dir });
    expect(first.exitCode).toBe(0);
    writeFileSync(path.join(dir, 'base.json'), readFileSync(first.outputs.report));
    writeFileSync(path.join(dir, 'dist/assets/app.1111aaaa.js'), js(4, 200) + js(5, 40));
    const second = await runAction('bundle-budget', { cwd: dir, inputs: { baseline: 'base.json' } });
    expect(second.exitCode).toBe(0);
    const warning = second.annotations.find((a) => a.level === 'warning');
    expect(warning).toMatchObject({ file: '.github/bundle-budget.yml', line: 2 });
    expect(warning?.title).toMatch(/^budget-growth: app grew \+[\d.]+ k?B \(\+\d+\.\d %\)$/);
    expect(warning?.message).toContain('against baseline base.json; max-growth is 5%');
    const failing = await runAction('bundle-budget', {
      cwd: dir,
      inputs: { baseline: 'base.json', 'growth-fails': 'true' },
    });
    expect(failing.exitCode).toBe(1);
  });
});

describe('bundle-budget action: the base built in a git worktree', () => {
  function prRepo(baseBuild = BUILD_JS) {
    const repo = new TempRepo();
    const base = repo.commit('base', {
      'build.js': baseBuild,
      '.github/bundle-budget.yml': BUDGETS,
      'src/app.js': js(10, 200),
      'src/old.js': js(11, 20),
      '.gitignore': 'dist/\n',
    });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.git('rm', '-q', 'src/old.js');
    const head = repo.commit('grow', {
      'build.js': BUILD_JS,
      'src/app.js': js(10, 200) + js(12, 60),
      'src/new.js': js(13, 10),
    });
    return { repo, base, head };
  }

  const prEvent = (base: string, head: string) => ({
    pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
  });

  test('on pull_request the PR base is built in a worktree and compared file by file, hashes stripped', async () => {
    const { repo, base, head } = prRepo();
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['build.js'], { cwd: repo.dir });
    const run = await runAction('bundle-budget', {
      cwd: repo.dir,
      eventName: 'pull_request',
      event: prEvent(base, head),
      inputs: { 'build-command': 'node build.js' },
    });
    expect(run.stdout).toContain(`building the base ${base}`);
    const warning = run.annotations.find((a) => a.level === 'warning');
    expect(warning?.title).toMatch(/^budget-growth: app grew \+[\d.]+ k?B \(\+\d+\.\d %\)$/);
    expect(warning?.message).toContain(`against base ${base} (${base.slice(0, 12)})`);
    expect(warning?.message).toMatch(
      /Grew most: `dist\/assets\/app\.\[hash\]\.js` \+[\d.]+ k?B, `dist\/assets\/new\.\[hash\]\.js` new, \+/,
    );
    expect(run.summary).toContain(`### Files against base ${base}`);
    expect(run.summary).toMatch(/\| `dist\/assets\/old\.\[hash\]\.js` \| — \| [\d.]+ k?B \| −[\d.]+ k?B \| removed \|/);
    expect(run.summary).toMatch(/\| `dist\/assets\/new\.\[hash\]\.js` \| [\d.]+ k?B \| — \| \+[\d.]+ k?B \| new \|/);
    expect(run.summary).toMatch(
      /\| `dist\/assets\/app\.\[hash\]\.js` \| [\d.]+ kB \| [\d.]+ kB \| \+[\d.]+ k?B \(\+\d+\.\d %\) \| {2}\|/,
    );
    // The worktree is gone, and the base build touched nothing in the checkout.
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
    expect(readdirSync(path.join(repo.dir, 'dist/assets')).some((f) => f.startsWith('old.'))).toBe(false);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  test('a base build that fails is a no-baseline warning with its last output lines, never a pass of growth', async () => {
    const { repo, base, head } = prRepo(
      "console.log('compiling'); console.error('error TS2304: Cannot find name foo'); process.exit(2);",
    );
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['build.js'], { cwd: repo.dir });
    const run = await runAction('bundle-budget', {
      cwd: repo.dir,
      eventName: 'pull_request',
      event: prEvent(base, head),
      inputs: { 'build-command': 'node build.js', 'fail-on': 'warning' },
    });
    expect(run.exitCode).toBe(1);
    const warning = run.annotations.find((a) => a.level === 'warning');
    expect(warning?.title).toBe('no-baseline: No baseline: sizes were not compared');
    expect(warning?.message).toContain(
      'exited with code 2. Last output lines:\ncompiling\nerror TS2304: Cannot find name foo',
    );
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  test('a base build over its time budget is stopped', async () => {
    const { repo, base, head } = prRepo('setTimeout(() => {}, 60000); console.log("waiting");');
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['build.js'], { cwd: repo.dir });
    const run = await runAction('bundle-budget', {
      cwd: repo.dir,
      eventName: 'pull_request',
      event: prEvent(base, head),
      inputs: { 'build-command': 'node build.js', 'build-timeout-s': '2' },
    });
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain('did not finish within 2 s');
  });

  test('a base ref that is not in the clone says how to fetch it', async () => {
    const { repo } = prRepo();
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['build.js'], { cwd: repo.dir });
    const run = await runAction('bundle-budget', {
      cwd: repo.dir,
      inputs: { 'base-ref': 'f'.repeat(40), 'build-command': 'node build.js' },
    });
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain(
      'is not in this clone and could not be fetched; check out with fetch-depth: 0',
    );
  });
});

describe('bundle-budget action: deployed pages', () => {
  let site: Server;
  let cdn: Server;
  let siteUrl: string;
  let cdnUrl: string;
  const big = js(20, 300);
  const png = Buffer.alloc(250_000, 7);

  beforeAll(async () => {
    const send = (
      res: ServerResponse,
      status: number,
      headers: Record<string, string | number>,
      body: Buffer | string,
    ) => {
      res.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
      res.end(body);
    };
    cdn = createServer((req, res) =>
      send(res, 200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip' }, gzipSync('x')),
    );
    cdnUrl = await listen(cdn);
    const cdnPort = new URL(cdnUrl).port;
    site = createServer((req: IncomingMessage, res: ServerResponse) => {
      const accepts = String(req.headers['accept-encoding'] ?? '');
      switch (req.url) {
        case '/':
          return send(
            res,
            200,
            { 'content-type': 'text/html' },
            `<!doctype html><html><head><link rel="stylesheet" href="/assets/app.1a2b3c4d.css">
<script src="/assets/main.3f2a1b9c.js"></script>
<script src="${cdnUrl}/a.js"></script><script src="http://localhost:${cdnPort}/b.js"></script>
<script src="data:text/javascript,1"></script></head>
<body><img src="/hero.png"><picture><source srcset="/hero.webp 1x, /hero@2x.webp 2x"><img src="/fallback.jpg"></picture></body></html>`,
          );
        case '/assets/main.3f2a1b9c.js':
          // Served as is although the browser asked for br and gzip, and cached for an hour only.
          return send(res, 200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' }, big);
        case '/assets/app.1a2b3c4d.css':
          if (!accepts.includes('br')) return send(res, 406, {}, 'no');
          return send(
            res,
            200,
            {
              'content-type': 'text/css',
              'content-encoding': 'br',
              'cache-control': 'public, max-age=31536000, immutable',
            },
            brotliCompressSync('body{}'.repeat(500)),
          );
        case '/hero.png':
          return send(res, 200, { 'content-type': 'image/png' }, png);
        case '/hero.webp':
        case '/hero@2x.webp':
          return send(res, 200, { 'content-type': 'image/webp' }, Buffer.alloc(1000, 1));
        case '/fallback.jpg':
          return send(res, 200, { 'content-type': 'image/jpeg' }, Buffer.alloc(1000, 2));
        case '/down':
          return send(res, 503, { 'content-type': 'text/plain' }, 'maintenance');
        default:
          return send(res, 404, {}, 'not found');
      }
    });
    siteUrl = await listen(site);
  });
  afterAll(async () => {
    for (const s of [site, cdn]) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });

  test('transferred sizes with the encoding used, and the findings for compression, caching, origins and images', async () => {
    const run = await runAction('bundle-budget', {
      inputs: { urls: `${siteUrl}/\n${siteUrl}/down`, 'max-third-party-origins': '1', 'max-image-kb': '200' },
    });
    expect(run.exitCode).toBe(1);
    const by = (rule: string) => run.annotations.filter((a) => a.title?.startsWith(`${rule}:`));
    expect(by('uncompressed-text-asset')).toHaveLength(1);
    expect(by('uncompressed-text-asset')[0].message).toContain(
      `\`${siteUrl}/assets/main.3f2a1b9c.js\` (text/javascript, ${(Buffer.byteLength(big) / 1000).toFixed(1)} kB) was served without gzip or brotli`,
    );
    expect(by('hashed-asset-short-cache').map((a) => a.message)).toEqual([
      expect.stringContaining(
        `\`${siteUrl}/assets/main.3f2a1b9c.js\` has a content hash in its name but Cache-Control \`max-age=3600\``,
      ),
    ]);
    const origins = by('third-party-origins');
    expect(origins).toHaveLength(1);
    expect(origins[0].message).toContain(
      `loads scripts from 2 third-party origins, more than max-third-party-origins (1): \`${cdnUrl}\`, \`http://localhost:${new URL(cdnUrl).port}\``,
    );
    expect(by('large-image').map((a) => a.message)).toEqual([
      expect.stringContaining(`\`${siteUrl}/hero.png\` is 250.0 kB (image/png)`),
    ]);
    expect(by('legacy-image-format').map((a) => a.level)).toEqual(['notice', 'notice']);
    expect(by('could-not-check').map((a) => a.message)).toEqual([`\`${siteUrl}/down\` answered HTTP 503.`]);
    expect(run.summary).toContain(`| \`${siteUrl}/assets/app.1a2b3c4d.css\` | stylesheet |`);
    expect(run.summary).toMatch(
      /app\.1a2b3c4d\.css` \| stylesheet \| \d+ B \| br \| `public, max-age=31536000, immutable` \|/,
    );
    expect(run.summary).not.toContain('data:text');
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report.metrics.pages[0].assets).toHaveLength(8);
  });

  test('a page that answers 5xx alone is could-not-check, not a pass', async () => {
    const run = await runAction('bundle-budget', { inputs: { urls: `${siteUrl}/down` } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.title)).toEqual([`could-not-check: Could not check ${siteUrl}/down`]);
  });

  test('a URL that is not http(s) is refused before anything is fetched', async () => {
    const run = await runAction('bundle-budget', { inputs: { urls: 'file:///etc/passwd' } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::Input \'urls\' got "file:///etc/passwd"; accepted: http:// or https:// URLs',
    );
  });
});

test('no budgets file and no urls: a clear error', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-bundle-'));
  const run = await runAction('bundle-budget', { cwd: dir });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain("::error::Input 'budgets': cannot read .github/bundle-budget.yml (no such file)");
  expect(existsSync(path.join(dir, 'dist'))).toBe(false);
});
