import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The example app is plain JavaScript, bundled into the CLI with the rest.
// @ts-expect-error: no types for the example app
import { createOpsApp } from '../../examples/ops-app/server.js';
import { CHECKS } from '../checks/registry.js';
import { loadConfig } from '../core/config.js';
import { renderHtmlReport } from '../core/html-report.js';
import { runConfig } from '../core/run-config.js';
import { SecretRegistry } from '../core/secrets.js';
import type { CliIO } from './main.js';
import { overviewTable, render } from './render.js';

/** examples/ops-app, found upward from the bundle (dist/cli or dist/shared) or the source file. */
function exampleDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'examples', 'ops-app');
    if (existsSync(path.join(candidate, 'launchgate.yml'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('examples/ops-app not found beside the launchgate bundle');
}

function git(cwd: string, ...args: string[]) {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ops Dev',
      GIT_AUTHOR_EMAIL: 'dev@ops.example.com',
      GIT_COMMITTER_NAME: 'Ops Dev',
      GIT_COMMITTER_EMAIL: 'dev@ops.example.com',
    },
  });
}

/** The example's history, built on the fly: a feature, a commit that plants a fake AWS key, and its "fix". */
function buildHistory(example: string): { dir: string; plantedFile: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'launchgate-demo-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
  for (const f of ['server.js', 'smoke.yml', 'latency.yml']) cpSync(path.join(example, f), path.join(dir, f));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'ops-app: orders, login, approvals');
  mkdirSync(path.join(dir, 'config'));
  // A fake key with a real key's shape, made here and valid nowhere.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const fake = `AKIA${[...randomBytes(16)].map((b) => alphabet[b % 32]).join('')}`;
  writeFileSync(
    path.join(dir, 'config', 'staging.env'),
    `DATABASE_HOST=db.staging.internal\nAWS_REGION=eu-west-1\nAWS_ACCESS_KEY_ID=${fake}\n`,
  );
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'staging config');
  writeFileSync(path.join(dir, 'config', 'staging.env'), 'DATABASE_HOST=db.staging.internal\nAWS_REGION=eu-west-1\n');
  git(dir, 'commit', '-q', '-am', 'remove the key (it is still in history)');
  return { dir, plantedFile: 'config/staging.env' };
}

/**
 * `npm start`: starts ops-app on 127.0.0.1, runs every gate against it on embedded defaults, prints the report and
 * writes launchgate-report.html. Exits 0 when the demo behaves as designed: the planted key found, all else passing.
 */
export async function runDemo(io: CliIO): Promise<number> {
  const example = exampleDir();
  const password = randomBytes(12).toString('base64url');
  const app: Server = createOpsApp({ password });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  const history = buildHistory(example);
  io.err(`ops-app is running at ${url}; the secret scan reads a ${3}-commit history built in ${history.dir}.`);
  const secrets = new SecretRegistry();
  try {
    const config = loadConfig(path.join(example, 'launchgate.yml'), CHECKS, 'examples/ops-app/launchgate.yml');
    const fast = io.env.LAUNCHGATE_DEMO_FAST === '1';
    for (const section of config.sections) {
      if (section.check.section === 'smoke' || section.check.section === 'latency') section.raw['base-url'] = url;
      if (section.check.section === 'secrets') section.raw['working-directory'] = history.dir;
      if (section.check.section === 'latency' && fast)
        Object.assign(section.raw, { 'duration-s': '0.6', 'warmup-s': '0', rounds: '2' });
    }
    const done = await runConfig(config, {
      env: { ...io.env, SMOKE_PASSWORD: password },
      event: { name: 'local', payload: {} },
      secrets,
      inActions: false,
      onStart: (c) => io.err(`… ${c}`),
      onLog: (check, lines) => {
        if (lines.length) io.err(lines.map((l) => `[${check}] ${l}`).join('\n'));
      },
    });
    const reports = done.map((d) => d.report);
    io.out(secrets.redact(`${render(done, 'text')}\n\n${overviewTable(done)}`));
    const htmlPath = path.resolve(io.cwd, 'launchgate-report.html');
    writeFileSync(
      htmlPath,
      secrets.redact(
        renderHtmlReport(reports, { title: 'launchgate — ops-app demo', generated: new Date(), note: `app at ${url}` }),
      ),
    );
    io.out(`\nReport: ${htmlPath}`);

    const problems: string[] = [];
    const scan = reports.find((r) => r.check === 'secret-scan');
    if (!scan?.findings.some((f) => f.ruleId === 'aws-access-token' && f.file === history.plantedFile))
      problems.push('the planted key was not found');
    for (const r of reports.filter((x) => x.check !== 'secret-scan'))
      if (r.result !== 'pass') problems.push(`${r.check} did not pass`);
    if (problems.length) {
      io.out(`\nThe demo did not behave as designed: ${problems.join('; ')}.`);
      return 1;
    }
    io.out(
      '\nThe demo behaved as designed: the planted key was found in history (the secret scan fails, as it should), and every other gate passed.',
    );
    return 0;
  } finally {
    app.closeAllConnections();
    await new Promise((resolve) => app.close(resolve));
    rmSync(history.dir, { recursive: true, force: true });
  }
}
