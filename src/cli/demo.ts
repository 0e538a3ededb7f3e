import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../checks/registry.js';
import { loadConfig } from '../core/config.js';
import type { Finding } from '../core/finding.js';
import { renderHtmlReport } from '../core/html-report.js';
import { runConfig } from '../core/run-config.js';
import { SecretRegistry } from '../core/secrets.js';
import { hostServices } from '../hosts/services.js';
import { sanitizeLogText } from '../core/escape.js';
import type { CliIO } from './main.js';
import { overviewTable, render } from './render.js';

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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

/** How long ops-app may take to print its address; generous, for a machine other work keeps busy. */
const APP_START_TIMEOUT_MS = 30_000;

/**
 * Serves ops-app from its own Node process, as a real app runs: the gates' CPU work (the embedded Postgres, the
 * scanners) then never delays the app's answers. Resolves with the app's URL once it listens.
 */
async function startApp(
  example: string,
  appSecrets: { password: string; webhookSecret: string },
  env: NodeJS.ProcessEnv,
  port = 0,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(example, 'main.js'), String(port)], {
    env: { ...env, OPS_PASSWORD: appSecrets.password, OPS_WEBHOOK_SECRET: appSecrets.webhookSecret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(`ops-app did not print its address within ${APP_START_TIMEOUT_MS / 1000} s: ${output.slice(-500)}`),
      );
    }, APP_START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`ops-app could not start: ${err.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`ops-app exited (${signal ?? `code ${code}`}) before it listened: ${output.slice(-500)}`));
    });
  }).catch((err) => {
    child.kill();
    throw err;
  });
  return { url, child };
}

async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * `npm start`: starts ops-app on 127.0.0.1 in its own process, runs every gate against it on embedded defaults,
 * prints the report and writes launchgate-report.html. Exits 0 when the demo behaves as designed: the planted key
 * found, all else passing.
 */
export async function runDemo(io: CliIO): Promise<number> {
  const example = exampleDir();
  const password = randomBytes(12).toString('base64url');
  // The secret ops-app verifies its payment webhooks with; the smoke flow signs with it (sign: github).
  const webhookSecret = randomBytes(24).toString('base64url');
  const secrets = new SecretRegistry();
  secrets.add(password);
  secrets.add(webhookSecret);
  const history = buildHistory(example);
  let app: { url: string; child: ChildProcess } | undefined;
  try {
    app = await startApp(example, { password, webhookSecret }, io.env);
    const url = app.url;
    io.err(
      `ops-app is running at ${url} (its own process); the secret scan reads a 3-commit history built in ${history.dir}.`,
    );
    const config = loadConfig(path.join(example, 'launchgate.yml'), CHECKS, 'examples/ops-app/launchgate.yml');
    const fast = io.env.LAUNCHGATE_DEMO_FAST === '1';
    for (const section of config.sections) {
      if ('base-url' in section.check.inputs) section.raw['base-url'] = url;
      if (section.check.section === 'secrets') section.raw['working-directory'] = history.dir;
      if (section.check.section === 'bundle') section.raw.urls = `${url}/`;
      if (section.check.section === 'latency' && fast)
        Object.assign(section.raw, { 'duration-s': '0.6', 'warmup-s': '0', rounds: '2' });
    }
    const options = {
      env: { ...io.env, SMOKE_PASSWORD: password, OPS_WEBHOOK_SECRET: webhookSecret },
      event: { name: 'local', payload: {} },
      secrets,
      inActions: false,
      services: hostServices(io.env, secrets),
      onStart: (c: string) => io.err(`… ${c}`),
      onLog: (check: string, lines: string[]) => {
        if (lines.length) io.err(sanitizeLogText(lines.map((l) => `[${check}] ${l}`).join('\n')));
      },
    };
    // The gates that time the app (those with a base-url) run after the others, so that on a small, busy machine
    // the CPU-heavy gates (embedded Postgres, history scan) do not slow the client that takes the times.
    const timed = config.sections.filter((s) => 'base-url' in s.check.inputs).map((s) => s.check.section);
    const untimed = config.sections.map((s) => s.check.section).filter((s) => !timed.includes(s));
    const done = [
      ...(untimed.length ? await runConfig(config, { ...options, only: untimed }) : []),
      ...(timed.length ? await runConfig(config, { ...options, only: timed }) : []),
    ];
    const order = CHECKS.map((c) => c.name);
    done.sort((a, b) => order.indexOf(a.report.check as never) - order.indexOf(b.report.check as never));
    const reports = done.map((d) => d.report);
    const isPlantedKey = (f: Finding) => f.ruleId === 'aws-access-token' && f.file === history.plantedFile;
    io.out(secrets.redact(`${render(done, 'text')}\n\n${overviewTable(done)}`));
    const problems: string[] = [];
    const scan = reports.find((r) => r.check === 'secret-scan');
    if (!scan?.findings.some(isPlantedKey)) problems.push('the planted key was not found');
    for (const r of reports.filter((x) => x.check !== 'secret-scan'))
      if (r.result !== 'pass') problems.push(`${r.check} did not pass`);
    const designed = problems.length === 0;
    const htmlPath = path.resolve(io.cwd, 'launchgate-report.html');
    writeFileSync(
      htmlPath,
      secrets.redact(
        renderHtmlReport(reports, {
          title: 'launchgate — ops-app demo',
          generated: new Date(),
          note: `app at ${url}`,
          titles: Object.fromEntries(CHECKS.map((c) => [c.name, sentence(c.title.replace(/^launchgate /, ''))])),
          planted: (f, r) => r.check === 'secret-scan' && isPlantedKey(f),
          headline: designed
            ? 'The demo behaved as designed: the secret scan found the key planted in the history, and every other gate passed.'
            : `The demo did not behave as designed: ${problems.join('; ')}.`,
        }),
      ),
    );
    io.out(`\nReport: ${htmlPath}`);

    if (problems.length) {
      io.out(`\nThe demo did not behave as designed: ${problems.join('; ')}.`);
      return 1;
    }
    io.out(
      '\nThe demo behaved as designed: the planted key was found in history (the secret scan fails, as it should), and every other gate passed.',
    );
    return 0;
  } finally {
    if (app) await stopApp(app.child);
    rmSync(history.dir, { recursive: true, force: true });
  }
}
