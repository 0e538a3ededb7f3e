// Hostile input for the bundle gate: the budgets file, the build output's file names, the base build and the pages
// all come from the pull request or the network. Each test fails on a gate that trusted them.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { hashStripper } from '../../src/checks/bundle-budget/hash-names.js';
import { PAGE_LIMITS, measurePages } from '../../src/checks/bundle-budget/pages.js';
import { TempRepo } from '../helpers/git-repo.js';
import { runAction } from '../helpers/run-action.js';
import { listen } from '../helpers/servers.js';

describe('bundle-budget under hostile input', () => {
  test('a hash-pattern that backtracks catastrophically is refused before it runs', () => {
    const started = Date.now();
    expect(() => hashStripper('^(\\w+\\s?)*$', "Input 'hash-pattern'")).toThrow(
      /Input 'hash-pattern' got .*which repeats a group that can match in several ways/,
    );
    // Not a timing assertion on the gate: the refusal happens before any name is matched.
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  test('file names cannot inject workflow commands or markdown into annotations and the summary', async () => {
    const repo = new TempRepo();
    const evil = 'dist/x` <img src=x onerror=alert(1)> [click](evil.test) %0A::error::forged.js';
    repo.write({
      '.github/bundle-budget.yml': 'budgets:\n  - name: "app` **bold**"\n    path: dist/*.js\n    limit: 10 B\n',
      [evil]: 'console.log("a fairly long line of javascript that will exceed ten bytes");\n',
    });
    const run = await runAction('bundle-budget', { cwd: repo.dir });
    expect(run.exitCode).toBe(1);
    // One annotation, the real one: the name's %0A::error:: stays inside its message.
    const errorLines = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errorLines.filter((l) => !l.startsWith('::error::launchgate bundle-budget failed'))).toHaveLength(1);
    expect(run.annotations[0].title).toMatch(/^over-budget: /);
    // In the summary the name is inline code with its backtick replaced, so nothing in it renders.
    expect(run.summary).toContain("`dist/x' <img src=x onerror=alert(1)> [click](evil.test) %0A::error::forged.js`");
    expect(run.summary).toContain("`app' **bold**`");
    const outsideCode = run.summary.replace(/`[^`\n]*`/g, '');
    for (const bad of ['<img', '[click]', '::error::forged', '**bold**']) expect(outsideCode).not.toContain(bad);
    expect(run.annotations[0].title).toMatch(/^over-budget: app +bold +: 69 B > 10 B$/);
  });

  test('a symbolic link in the build output is not followed out of the tree', async () => {
    const repo = new TempRepo();
    repo.write({ 'dist/app.js': 'x' });
    symlinkSync('/etc', path.join(repo.dir, 'dist', 'etc'));
    symlinkSync('/etc/hostname', path.join(repo.dir, 'dist', 'hostname.js'));
    const run = await runAction('bundle-budget', {
      cwd: repo.dir,
      inputs: { budgets: 'budgets:\n  - name: all\n    path: dist/**/*\n    limit: 1 MB\n' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.sizes).toBe(JSON.stringify({ all: 5 }));
    expect(run.summary).not.toContain('passwd');
  });

  test('a base-ref that looks like a git option is refused', async () => {
    const repo = new TempRepo();
    repo.commit('init', { 'dist/app.js': 'x' });
    const run = await runAction('bundle-budget', {
      cwd: repo.dir,
      inputs: {
        budgets: 'budgets:\n  - name: a\n    path: dist/*.js\n    limit: 1 kB\n',
        'base-ref': '--output=/tmp/pwned',
        'build-command': 'true',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::Input \'base-ref\' got "--output=/tmp/pwned"; accepted: a branch, tag or commit SHA',
    );
  });

  test("the base's build cannot write this step's outputs or environment", async () => {
    const repo = new TempRepo();
    const budgets = 'budgets:\n  - name: a\n    path: dist/*.js\n    limit: 10 B\n';
    const base = repo.commit('base', {
      '.github/bundle-budget.yml': budgets,
      'build.sh':
        'mkdir -p dist && echo x > dist/a.js\necho "result=pass" >> "$GITHUB_OUTPUT"\necho "NODE_OPTIONS=--require=/tmp/evil.js" >> "$GITHUB_ENV"\n',
    });
    repo.commit('head', { 'dist/a.js': 'x'.repeat(1000) });
    execFileSync('git', ['add', '-f', 'dist/a.js'], { cwd: repo.dir });
    const run = await runAction('bundle-budget', {
      cwd: repo.dir,
      inputs: { 'base-ref': base, 'build-command': 'sh build.sh' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).not.toContain('--require=/tmp/evil.js');
  });
});

describe('deployed pages under hostile answers', () => {
  let site: Server;
  let other: Server;
  let siteUrl: string;
  let otherUrl: string;
  const hits: string[] = [];
  beforeAll(async () => {
    other = createServer((req, res) => {
      hits.push(`other ${req.url}`);
      res.end('<html></html>');
    });
    otherUrl = await listen(other);
    site = createServer((req, res) => {
      hits.push(`site ${req.url}`);
      if (req.url === '/redirect') {
        res.writeHead(302, { location: `${otherUrl}/landing` });
        return res.end();
      }
      if (req.url === '/many') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(Array.from({ length: 5000 }, (_, i) => `<script src="/s${i}.js"></script>`).join(''));
      }
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip', 'content-length': 0 });
      res.end();
    });
    siteUrl = await listen(site);
  });
  afterAll(async () => {
    for (const s of [site, other]) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });

  test('a page that redirects to another host is not followed there', async () => {
    hits.length = 0;
    const [page] = await measurePages([`${siteUrl}/redirect`], PAGE_LIMITS);
    expect(page.problem).toContain(`redirects to \`${otherUrl}/landing\`, outside the configured hosts`);
    expect(hits).toEqual(['site /redirect']);
  });

  test('a page listing thousands of scripts is bounded: at most maxAssets are fetched, the rest is could-not-check', async () => {
    hits.length = 0;
    const [page] = await measurePages([`${siteUrl}/many`], { ...PAGE_LIMITS, maxAssets: 20 });
    expect(page.assets).toHaveLength(20);
    expect(page.notFetched).toBe(4980);
    expect(hits).toHaveLength(21);
  });
});
