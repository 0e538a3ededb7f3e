/**
 * What a new user saw in the secret scan's output (hardening). Each test failed on the scan as it was before:
 * a found "token" masked every "token" (rule ids printed as `aws-access-***`, fingerprints unusable); the redacted
 * match always read `***…***`; a crafted file name broke the summary's markdown and the fingerprint shown; tree and
 * urls scans said the key "is in the history".
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import markdownIt from 'markdown-it';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { applyVerification, verificationSection } from '../../src/checks/secret-scan/verify/index.js';
import type { Finding } from '../../src/core/finding.js';
import { renderHtmlReport } from '../../src/core/html-report.js';
import { escapeCell, escapeText, neutralizeMarkdown } from '../../src/core/markdown.js';
import { isDistinctive, redactMatch, SecretRegistry } from '../../src/core/secrets.js';
import { fake } from '../corpus/secrets.js';
import { TempRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { listen, startSite } from '../helpers/servers.js';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const AWS_KEY = `AKIA${fake(B32, 16, 1701)}`;
const AWS_KEY_2 = `AKIA${fake(B32, 16, 1702)}`;
const AWS_KEY_3 = `AKIA${fake(B32, 16, 1703)}`;
const GH_TOKEN = `ghp_${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 36, 1704)}`;
const SHOWN = (key: string) => `${key.slice(0, 4)}…${key.slice(-4)}`;
const HOSTILE_NAME = 'weird|name`[x](evil)<b>bold<b>.env';
const BACKSLASH_NAME = 'back\\slash.env';

// GitHub renders summaries and comments as GFM with raw HTML allowed.
const md = markdownIt({ html: true, linkify: false });

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** The text of every element `tag` in rendered HTML, entities decoded. */
function texts(html: string, tag: 'code' | 'td'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => decode(m[1]));
}

function sarifOf(run: ActionRun) {
  expect(existsSync(run.outputs.sarif)).toBe(true);
  return JSON.parse(readFileSync(run.outputs.sarif, 'utf8')) as {
    runs: { results: { ruleId: string; message: { text: string }; partialFingerprints: Record<string, string> }[] }[];
  };
}

describe('a found value that is a common word masks nothing else', () => {
  test('"token" in a connection URL: rule ids, fingerprints and words stay whole; the runner is not told to mask it', async () => {
    const repo = new TempRepo().write({
      'README.md': 'Connect with postgres://app:token@db.internal/app\n',
      'keys.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
    });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'tree' } });
    expect(run.exitCode).toBe(1);
    // Before: ::add-mask::token, and then "aws-access-***" everywhere, "keys.env:aws-access-***:1" as fingerprint.
    expect(run.stdout).not.toMatch(/^::add-mask::token$/m);
    expect(run.everything).not.toContain('-***');
    const aws = run.annotations.find((a) => a.file === 'keys.env')!;
    expect(aws.title).toMatch(/^aws-access-token: /);
    expect(aws.message).toContain('Fingerprint: keys.env:aws-access-token:1');
    expect(run.summary).toContain('`keys.env:aws-access-token:1`');
    expect(
      sarifOf(run)
        .runs[0].results.map((r) => r.partialFingerprints['launchgate/v1'])
        .sort(),
    ).toEqual(['README.md:url-credentials:1', 'keys.env:aws-access-token:1']);
    // The short value is still kept out of its own finding; the key is still masked everywhere.
    const url = run.annotations.find((a) => a.file === 'README.md')!;
    expect(url.title).toMatch(/^url-credentials: /);
    expect(url.message).toMatch(/^Found in the working tree: \*{8}\./);
    expect(url.message).not.toContain('token');
    expect(run.stdout).toContain(`::add-mask::${AWS_KEY}`);
    expect(run.everything + readFileSync(run.outputs.sarif, 'utf8')).not.toContain(AWS_KEY);
  });

  test('a short value is masked in the author its own finding quotes, and only there', async () => {
    const repo = new TempRepo();
    repo.git('config', 'user.name', 'token keeper');
    const sha = repo.commit('add config', {
      'README.md': 'Connect with postgres://app:token@db.internal/app\n',
      'keys.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
    });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(run.exitCode).toBe(1);
    const at = (file: string) => run.annotations.find((a) => a.file === file)!.message;
    expect(at('README.md')).toContain(`Added in ${sha.slice(0, 7)} by *** keeper <dev@example.com>`);
    expect(at('keys.env')).toContain(`Added in ${sha.slice(0, 7)} by token keeper <dev@example.com>`);
  });

  test('markdown escaping neither hides a key from redaction nor breaks its shown form', async () => {
    const repo = new TempRepo();
    repo.git('config', 'user.name', `ci ${GH_TOKEN}`);
    repo.commit('add aws key', { 'keys.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n` });
    repo.git('config', 'user.name', 'Dev');
    repo.commit('add token', { 'deploy.env': `GITHUB_TOKEN=${GH_TOKEN}\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(run.exitCode).toBe(1);
    // The AWS finding's author holds the GitHub token; in a markdown cell its `_` is written as &#95;, which
    // redaction after escaping would not recognise.
    expect(run.summary).not.toContain(escapeText(GH_TOKEN));
    const html = md.render(run.summary);
    expect(html).not.toContain(GH_TOKEN);
    expect(run.everything + readFileSync(run.outputs.sarif, 'utf8')).not.toContain(GH_TOKEN);
    // `ghp_…abcd` survives in the Findings table, where the message is escaped text.
    expect(html.split(SHOWN(GH_TOKEN)).length - 1).toBe(2);
    expect(run.annotations.find((a) => a.file === 'deploy.env')!.message).toContain(SHOWN(GH_TOKEN));
  });

  test('which found values are masked everywhere: long and not a plain word or number', () => {
    for (const word of [
      'token',
      'secret',
      'password',
      'postgres',
      'changeme',
      'change-me-please',
      '12345678',
      'xxxxxxxx',
    ])
      expect([word, isDistinctive(word)]).toEqual([word, false]);
    for (const value of [AWS_KEY, 'hunter22', 'Tr0ub4dor&3', 'correcthorsebatterystaple'])
      expect([value, isDistinctive(value)]).toEqual([value, true]);
  });
});

describe('the redacted match is shown as AKIA…MPLE', () => {
  test('redact() keeps exactly redactMatch’s form of a long value; any other piece at a cut is still masked', () => {
    const s = new SecretRegistry();
    s.add(AWS_KEY);
    s.add('Hunter2SecretValue');
    expect(s.redact(`key ${redactMatch(AWS_KEY)} (in \`${redactMatch(AWS_KEY)}\`)`)).toBe(
      `key ${SHOWN(AWS_KEY)} (in \`${SHOWN(AWS_KEY)}\`)`,
    );
    expect(s.redact(JSON.stringify({ m: redactMatch(AWS_KEY) }))).toBe(JSON.stringify({ m: SHOWN(AWS_KEY) }));
    // An excerpt cut inside the key keeps none of it (issue 14 M1), even 4 characters.
    expect(s.redact(`body ${AWS_KEY.slice(0, 4)}…`)).toBe('body ***…');
    expect(s.redact(`…${AWS_KEY.slice(-4)} end`)).toBe('…*** end');
    expect(s.redact(`${AWS_KEY.slice(0, 9)}…`)).toBe('***…');
    expect(s.redact(`${AWS_KEY.slice(0, 4)}...${AWS_KEY.slice(-4)}`)).toBe('***...***');
    // Ends of two different keys are not a shown form; a value under 20 characters shows nothing (L17).
    const t = new SecretRegistry();
    t.add(AWS_KEY);
    t.add(GH_TOKEN);
    expect(t.redact(`${GH_TOKEN.slice(0, 4)}…${AWS_KEY.slice(-4)}x`)).toBe('***…***x');
    expect(redactMatch('Hunter2SecretValue')).toBe('********');
    expect(s.redact('Hunt…alue')).toBe('***…***');
  });

  test('in the annotation, the summary, SARIF and the JSON report of a history scan', async () => {
    const repo = new TempRepo();
    repo.commit('init', { 'README.md': '# app\n' });
    const sha = repo.commit('add key', { 'src/config.ts': `export const key = '${AWS_KEY}';\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(run.exitCode).toBe(1);
    const shown = SHOWN(AWS_KEY);
    const annotation = run.annotations.find((a) => a.file === 'src/config.ts')!;
    expect(annotation.message).toContain(`Added in ${sha.slice(0, 7)} by Dev <dev@example.com> on `);
    expect(annotation.message).toContain(`: ${shown}.`);
    expect(run.summary).toContain(`| \`${shown}\` |`);
    expect(run.summary).toContain(`: ${shown}.`);
    expect(sarifOf(run).runs[0].results[0].message.text).toContain(shown);
    expect(readFileSync(run.outputs.report, 'utf8')).toContain(shown);
    expect(run.everything).not.toContain(AWS_KEY.slice(0, 5));
  });
});

describe('a crafted file name cannot inject markdown, and the fingerprint shown is the one to paste', () => {
  let api: Server;
  let apiUrl: string;
  const posted: string[] = [];
  beforeAll(async () => {
    api = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        if (req.method === 'GET' && req.url === '/user') return res.end(JSON.stringify({ login: 'launchgate-bot' }));
        if (req.method === 'GET') return res.end('[]');
        posted.push(JSON.parse(body).body);
        res.statusCode = 201;
        res.end(JSON.stringify({ id: posted.length }));
      });
    });
    apiUrl = await listen(api);
  });
  afterAll(() => {
    api.close();
  });

  test('in the job summary, the PR comment and the HTML report', async () => {
    const repo = new TempRepo().write({ [HOSTILE_NAME]: `K=${AWS_KEY_2}\n`, [BACKSLASH_NAME]: `K=${AWS_KEY_3}\n` });
    const run = await runAction('secret-scan', {
      cwd: repo.dir,
      inputs: { mode: 'tree', 'pr-comment': 'true', 'github-token': 'ghs_standin0123456789abcdef' },
      eventName: 'pull_request',
      event: { pull_request: { number: 3 } },
      env: { GITHUB_API_URL: apiUrl },
    });
    expect(run.exitCode).toBe(1);
    const fingerprints = [`${HOSTILE_NAME}:aws-access-token:1`, `${BACKSLASH_NAME}:aws-access-token:1`];
    // The annotations and SARIF carry the fingerprints as they are: the reference for what markdown must show.
    expect(
      sarifOf(run)
        .runs[0].results.map((r) => r.partialFingerprints['launchgate/v1'])
        .sort(),
    ).toEqual([...fingerprints].sort());
    expect(posted).toHaveLength(1);
    for (const markdown of [run.summary, posted[0]]) {
      const html = md.render(markdown);
      expect(html).not.toMatch(/<b>|<a |<img/);
      // Both tables (Secrets found, Findings) show each fingerprint exactly, as one code element.
      const codes = texts(html, 'code');
      for (const fp of fingerprints) expect(codes.filter((c) => c === fp)).toHaveLength(2);
      // Locations read as the file names are; no cell was split or added (2 header rows, 4 body rows).
      const cells = texts(html, 'td');
      expect(cells).toContain(`${HOSTILE_NAME}:1:3`);
      expect(cells).toContain(`${BACKSLASH_NAME}:1:3`);
      expect((html.match(/<tr>/g) ?? []).length).toBe(6);
      expect(html).toContain('Found in the working tree');
    }
    // The HTML report, from the JSON report the step wrote.
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    const page = renderHtmlReport([report], { title: 'secrets', generated: new Date(0) });
    expect(page).not.toMatch(/<b>bold/);
    const pageCodes = texts(page, 'code');
    for (const fp of fingerprints) expect(pageCodes.filter((c) => c === fp).length).toBeGreaterThanOrEqual(1);
    // The findings card and the "Secrets found" section both read as the file name is.
    expect(texts(page, 'td').filter((c) => c === `${HOSTILE_NAME}:1:3`)).toHaveLength(2);
  });

  test('the live-key table: a file name and a provider answer are text', () => {
    const finding: Finding = {
      ruleId: 'github-pat',
      severity: 'error',
      title: 't',
      message: 'm',
      file: HOSTILE_NAME,
      line: 1,
    };
    const section = verificationSection({
      results: new Map([
        [finding, { status: 'live', reason: 'GitHub accepted it (login <b>x</b> [me](evil))', called: true }],
      ]),
      counts: {
        findings: 1,
        verified: 1,
        live: 1,
        revoked: 0,
        unknown: 0,
        unsupported: 0,
        capped: 0,
        calls: 1,
        maxCalls: 5,
      },
    });
    const html = md.render(neutralizeMarkdown(section.markdown));
    expect(html).not.toMatch(/<b>|<a /);
    expect(texts(html, 'td')).toEqual([
      'github-pat',
      `${HOSTILE_NAME}:1`,
      'GitHub accepted it (login <b>x</b> [me](evil))',
    ]);
  });

  test('escapeText, escapeCell and neutralizeMarkdown: a stray backtick cannot reach a later code span', () => {
    const fp = 'a](b`c\\d|e:rule:1';
    const row = `| ${escapeCell(escapeText('x`y'))} | ${escapeCell(`\`\`${fp}\`\``)} |`;
    const html = md.render(neutralizeMarkdown(`| A | B |\n| --- | --- |\n${row}`));
    expect(texts(html, 'code')).toEqual([fp]);
    expect(texts(html, 'td')[0]).toBe('x`y');
    // Across lines, a backtick pair must not hide live HTML from the neutralizer: GitHub would render it.
    const across = md.render(neutralizeMarkdown('a ` b\n\n<img src=x onerror=alert(1)>\n\nc ` d'));
    expect(across).not.toMatch(/<img/);
    // Nor across the cells of a table row, which GitHub splits before it pairs backticks.
    const cells = md.render(
      neutralizeMarkdown('| A | B | C |\n| - | - | - |\n| `a | <img src=x onerror=alert(1)> | b` |'),
    );
    expect(cells).not.toMatch(/<img/);
    // A code span holding a pipe outside a table is still one span, left as it is.
    expect(neutralizeMarkdown('- Last: `a | <b>x</b> @team`')).toBe('- Last: `a | <b>x</b> @team`');
  });
});

describe('the advice says where the key is', () => {
  test('tree: the working tree, not "the history"', async () => {
    const repo = new TempRepo().write({ 'keys.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'tree' } });
    const message = run.annotations.find((a) => a.file === 'keys.env')!.message;
    expect(message).toContain('Found in the working tree');
    expect(message).not.toMatch(/history/);
  });

  test('history: the commit that keeps it', async () => {
    const repo = new TempRepo();
    const sha = repo.commit('add key', { 'keys.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n` });
    repo.commit('remove key', { 'keys.env': 'AWS_ACCESS_KEY_ID=\n' });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    const message = run.annotations.find((a) => a.file === 'keys.env')!.message;
    expect(message).toContain(`commit ${sha.slice(0, 7)} keeps it in the git history`);
  });

  test('a revoked key found in the working tree is not said to be "in the history"', () => {
    const finding: Finding = {
      ruleId: 'github-pat',
      severity: 'error',
      title: 't',
      message: 'Found in the working tree: ghp_…abcd.',
      file: 'a.env',
      line: 1,
    };
    const [out] = applyVerification(
      [finding],
      {
        results: new Map([[finding, { status: 'revoked', reason: 'GitHub refused it (HTTP 401)', called: true }]]),
        counts: {
          findings: 1,
          verified: 1,
          live: 0,
          revoked: 1,
          unknown: 0,
          unsupported: 0,
          capped: 0,
          calls: 1,
          maxCalls: 5,
        },
      },
      { failsOnlyLive: false },
    );
    expect(out.message).toMatch(/^Revoked: GitHub refused it \(HTTP 401\)\. .*Found in the working tree/);
    expect(out.message).not.toMatch(/history/);
  });

  test('urls: served publicly at the page', async () => {
    const site = await startSite({
      '/': '<html><script src="/app.js"></script></html>',
      '/app.js': `var k = "${AWS_KEY}";`,
    });
    const url = site.url;
    try {
      const run = await runAction('secret-scan', { inputs: { urls: `${url}/` } });
      expect(run.exitCode).toBe(1);
      const message = run.annotations.find((a) => a.level === 'error' && /AKIA/.test(a.message))!.message;
      expect(message).toContain(`served at ${url}/app.js`);
      expect(message).toContain('Anyone who loads the page can read it');
      expect(message).not.toMatch(/history/);
    } finally {
      site.close();
    }
  });
});
