/**
 * Hostile file names, flow names and server answers in the bundle-budget and uptime gates, through the built
 * bundles: none may become a workflow command (as the runner parses them: `::` after .NET white space such as
 * U+0085, or a legacy `##[` anywhere in a line), split a summary table, or render HTML. Old code defused `##[` only
 * at the start of a log line and did not know U+0085, so a server's header echoed in a failing uptime flow, or a
 * flow's name, set the step's outputs through the log. The bundle gate already kept names out of its log (they
 * reach only annotation data, which @actions/core escapes, and the summary); its test guards that.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sanitizeLogText } from '../../src/core/escape.js';
import { TempRepo } from '../helpers/git-repo.js';
import { runAction } from '../helpers/run-action.js';
import { brokenTableRows, runnerCommands } from '../helpers/runner-commands.js';

/** Commands launchgate itself writes (never in the legacy `##[` form); anything else came from hostile text. */
const OURS = new Set(['error', 'warning', 'notice', 'debug', 'add-mask', 'group', 'endgroup']);
const NEL = '\u0085';

function injected(stdout: string, stderr: string): string[] {
  return [...runnerCommands(stdout), ...runnerCommands(stderr)]
    .filter((c) => c.legacy || !OURS.has(c.name))
    .map((c) => c.line);
}

/** The summary outside code spans: where markdown and HTML would render. */
const outsideCode = (md: string) => md.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');

test('sanitizeLogText defuses U+0085-led commands and a legacy ##[ anywhere, and reads the same', () => {
  const text = `${NEL}::set-output name=a::b\nok ##[error]x\n\u2003::warning::y\n###[z\nplain :: text`;
  const out = sanitizeLogText(text);
  expect(runnerCommands(out)).toEqual([]);
  expect(out.replace(/\u200b/g, '')).toBe(text);
});

test('bundle-budget: hostile file names and base-build output stay text', async () => {
  const names = [
    'dist/a\n::set-output name=result::pass.js',
    'dist/b | c | d |.js',
    'dist/<img src=x onerror=alert(1)>.js',
    `dist/e ##[set-output name=result]pass.js`,
  ];
  const repo = new TempRepo();
  const build = [
    "const fs = require('fs');",
    "fs.mkdirSync('dist', { recursive: true });",
    `for (const n of ${JSON.stringify(names)}) fs.writeFileSync(n, 'console.log(1);'.repeat(40));`,
    `console.log('built ##[set-output name=result]pass');`,
    `console.log(${JSON.stringify(`${NEL}::set-output name=errors::0`)});`,
    // The base fails to build, so its last output lines reach the no-baseline warning and the summary.
    'process.exit(1);',
  ].join('\n');
  const base = repo.commit('base', {
    'build.js': build,
    '.github/bundle-budget.yml': 'budgets:\n  - name: "app | x <b>y</b>"\n    path: dist/*.js\n    limit: 10 B\n',
    '.gitignore': 'dist/\n',
  });
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commit('head', { 'src/x.js': 'x' });
  const { spawnSync } = await import('node:child_process');
  spawnSync(process.execPath, ['build.js'], { cwd: repo.dir }); // the head's build output (its exit code aside)
  const run = await runAction('bundle-budget', {
    cwd: repo.dir,
    eventName: 'pull_request',
    event: { pull_request: { number: 1, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } } },
    inputs: { 'build-command': 'node build.js' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.result).toBe('fail');
  expect(injected(run.stdout, run.stderr)).toEqual([]);
  expect(brokenTableRows(run.summary)).toEqual([]);
  const rendered = outsideCode(run.summary);
  for (const bad of ['<img', '<b>y']) expect(rendered).not.toContain(bad);
  expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(2); // over-budget, and the failed step
  const noBaseline = run.annotations.find((a) => a.title?.startsWith('no-baseline'));
  expect(noBaseline?.message).toContain('built ##[set-output name=result]pass');
});

let hostile: Server;
let hostileUrl: string;

beforeAll(async () => {
  hostile = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/plain',
      'x-version': `1 ##[set-output name=status]up | a | b | <img src=x onerror=alert(1)>`,
    });
    res.end(`${NEL}::set-output name=status::up`);
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
});
afterAll(() => {
  hostile.close();
});

test('uptime: a hostile flow name and server header stay text in the log, annotations and summary', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-uptime-'));
  writeFileSync(
    path.join(dir, 'flows.yml'),
    [
      'flows:',
      '  - name: "home | x | <img src=x onerror=alert(1)> ##[set-output name=alerts]9"',
      '    steps:',
      '      - name: version',
      '        request: { url: / }',
      '        expect: { headers: { x-version: "2" }, body-contains: nothing-like-this }',
      '',
    ].join('\n'),
  );
  const run = await runAction('uptime', {
    cwd: dir,
    eventName: 'schedule',
    inputs: { flows: 'flows.yml', 'base-url': hostileUrl, 'alert-after': '1' },
  });
  expect(run.outputs.status).toBe('down');
  expect(run.outputs.alerts).toBe('0');
  expect(injected(run.stdout, run.stderr)).toEqual([]);
  expect(brokenTableRows(run.summary)).toEqual([]);
  const rendered = outsideCode(run.summary);
  expect(rendered).not.toContain('<img');
  expect(run.stdout).toMatch(/FAIL home/);
});
