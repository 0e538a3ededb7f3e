import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpClient } from '../checks/http/client.js';
import { CHECKS } from '../checks/registry.js';
import { readFlowFile } from '../checks/smoke-test/flow-file.js';
import { writeDashboard } from '../checks/uptime/dashboard.js';
import { toRecord } from '../checks/uptime/history.js';
import { latencyRecords } from '../checks/latency-budget/history.js';
import { executeCheck } from '../core/execute.js';
import type { Report } from '../core/finding.js';
import type { DeployRecord, HistoryRecord, LatencyRecord, UptimeRecord } from '../core/history.js';
import type { Thresholds } from '../checks/uptime/state.js';
import { flowTarget, urlTarget } from '../checks/uptime/targets.js';
import { watch, type Clock } from '../checks/uptime/watch.js';
import { loadYaml } from '../core/yaml-file.js';
import { loadConfig } from '../core/config.js';
import type { Finding } from '../core/finding.js';
import { renderHtmlReport } from '../core/html-report.js';
import { impactsOf, topFixes, topFixesMarkdown } from '../core/impact.js';
import { buildLaunchMap } from '../map/build.js';
import { launchMapHtml } from '../map/html.js';
import { launchMapJson, launchMapMarkdown } from '../map/render.js';
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
  for (const f of ['server.js', 'smoke.yml', 'launch-flows.yml', 'latency.yml'])
    cpSync(path.join(example, f), path.join(dir, f));
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

/** The demo repository's commits, oldest first: the deploys of the simulated hours. */
function commitsOf(dir: string): string[] {
  return execFileSync('git', ['rev-list', '--reverse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
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

/** The simulated uptime history: 1-minute checks over 3 hours, with ops-app down for 5 of them. */
const UPTIME_HOURS = 3;
const UPTIME_INTERVAL_MS = 60_000;
const OUTAGE_AFTER_ROUND = 100;
const OUTAGE_ROUNDS = 5;
const UPTIME_THRESHOLDS: Thresholds = { alertAfter: 2, slowMs: 1000, slowAfter: 3 };

type RunningApp = { url: string; child: ChildProcess };

/**
 * Deploys and latency runs inside the simulated hours, each a real run of the gate against the app at that
 * moment: a deploy of the first commit, a deploy of the second when the demo stops ops-app (its smoke run fails:
 * the app is down), and of the third when it restarts; one latency run an hour in, and the latency gate's own run
 * of this demo at the end. More latency runs would make a longer trend but cost a second per route each.
 */
const DEPLOY_ROUNDS = [1, OUTAGE_AFTER_ROUND, OUTAGE_AFTER_ROUND + OUTAGE_ROUNDS];
const LATENCY_ROUNDS = [60];
/** A short latency run: one 1 s round per route (autocannon's least), at most 300 requests each. */
const SIM_LATENCY = {
  routes: 'latency.yml',
  'duration-s': '1',
  'max-requests': '300',
  'warmup-s': '0',
  rounds: '1',
  connections: '2',
};
/** The latency gate's default max-error-rate, which the route records' verdicts use. */
const MAX_ERROR_RATE = 0.01;

/** The routes' records of a latency report: one per route, its p95 against its budget. */
function latencyOf(report: Report, at: number): LatencyRecord[] {
  const routes = Object.values((report.metrics.routes ?? {}) as Record<string, LatencyMeasured>);
  const planned = routes.map((r) => ({ name: r.name, budgetMs: r.budget }));
  return latencyRecords(planned, routes, MAX_ERROR_RATE, new Date(at));
}
type LatencyMeasured = { name: string; p95: number; budget: number; errorRate: number };

/** A smoke report as a deploy record of `sha`. */
function deployOf(report: Report, at: number, sha: string | undefined): DeployRecord {
  const flows = (report.metrics.flows ?? []) as { ok: boolean }[];
  const record: DeployRecord = {
    t: new Date(at).toISOString(),
    kind: 'deploy',
    ref: 'main',
    verdict: report.result,
    failed: flows.filter((f) => !f.ok).length,
  };
  if (sha) record.sha = sha;
  return record;
}

/** Runs one gate by name with the demo's secrets and services; its report. */
type GateRunner = (name: string, raw: Record<string, unknown>) => Promise<Report>;

/**
 * Writes a few simulated hours of uptime history for ops-app with the uptime gate's own watch loop and checks:
 * the home page, /health and the login flow, every minute. Simulated time moves only when the loop sleeps, so
 * three hours take a second or two; each check is a real request to the running app. After round
 * OUTAGE_AFTER_ROUND the demo stops ops-app and starts it again on the same port OUTAGE_ROUNDS rounds later, so
 * the outage in the history is what the real checks saw. Renders the status page into `dir`.
 */
async function writeUptimeHistory(
  example: string,
  app: { current: RunningApp },
  restart: (port: number) => Promise<RunningApp>,
  env: NodeJS.ProcessEnv,
  secrets: SecretRegistry,
  dir: string,
  gates: { run: GateRunner; shas: string[]; latency?: Report },
): Promise<{
  files: string[];
  records: UptimeRecord[];
  latency: LatencyRecord[];
  deploys: DeployRecord[];
  outages: number;
  recoveries: number;
}> {
  const base = app.current.url;
  const port = Number(new URL(base).port);
  const client = new HttpClient({ timeoutMs: 10_000, retries: 0 });
  const flows = readFlowFile(loadYaml(path.join(example, 'launch-flows.yml'), 'examples/ops-app/launch-flows.yml'));
  const login = flows.flows.filter((f) => f.name === 'login and list orders');
  const targets = [
    urlTarget(`${base}/`, client, base),
    urlTarget(`${base}/health`, client, base),
    ...login.map((f) =>
      flowTarget(
        f,
        client,
        base,
        env,
        (v) => secrets.add(v),
        (t) => secrets.redact(t),
      ),
    ),
  ];
  const start = Math.floor((Date.now() - UPTIME_HOURS * 3_600_000) / 60_000) * 60_000;
  let now = start;
  let rounds = 0;
  const latency: LatencyRecord[] = [];
  const deploys: DeployRecord[] = [];
  const clock: Clock = {
    now: () => now,
    async sleep(ms) {
      rounds++;
      if (rounds === OUTAGE_AFTER_ROUND) await stopApp(app.current.child);
      if (rounds === OUTAGE_AFTER_ROUND + OUTAGE_ROUNDS) app.current = await restart(port);
      const deploy = DEPLOY_ROUNDS.indexOf(rounds);
      if (deploy >= 0) {
        const smoke = await gates.run('smoke-test', { 'base-url': base, flows: 'smoke.yml', retries: '0' });
        deploys.push(deployOf(smoke, now, gates.shas[deploy]));
      }
      if (LATENCY_ROUNDS.includes(rounds))
        latency.push(...latencyOf(await gates.run('latency-budget', { 'base-url': base, ...SIM_LATENCY }), now));
      now += ms;
    },
  };
  const records: UptimeRecord[] = [];
  try {
    const result = await watch({
      targets,
      clock,
      watchMs: UPTIME_HOURS * 3_600_000,
      intervalMs: UPTIME_INTERVAL_MS,
      thresholds: UPTIME_THRESHOLDS,
      onProbe: (check, probe) => records.push(toRecord(check, probe, UPTIME_THRESHOLDS.slowMs)),
    });
    // The latency gate's own run of this demo closes the trend, at the end of the simulated hours.
    if (gates.latency) latency.push(...latencyOf(gates.latency, now));
    const all: HistoryRecord[] = [...records, ...latency, ...deploys];
    const files = writeDashboard(dir, all, {
      thresholds: UPTIME_THRESHOLDS,
      now,
      title: 'ops-app uptime (demo: 3 simulated hours)',
      secrets,
    });
    return {
      files,
      records,
      latency,
      deploys,
      outages: result.transitions.filter((t) => t.to === 'down').length,
      recoveries: result.transitions.filter((t) => t.from === 'down' && t.to === 'up').length,
    };
  } finally {
    await client.close();
  }
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
  let app: { current: RunningApp } | undefined;
  try {
    app = { current: await startApp(example, { password, webhookSecret }, io.env) };
    const url = app.current.url;
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
    // Then a few simulated hours of uptime history, with a real outage: the demo stops ops-app and restarts it.
    io.err(
      `… uptime: ${UPTIME_HOURS} simulated hours of 1-minute checks, ops-app stopped for ${OUTAGE_ROUNDS} of them`,
    );
    const uptimeDir = path.resolve(io.cwd, 'launchgate-uptime');
    const uptime = await writeUptimeHistory(
      example,
      app,
      async (port) => {
        const restarted = await startApp(example, { password, webhookSecret }, io.env, port);
        io.err(`… uptime: ops-app restarted at ${restarted.url}`);
        return restarted;
      },
      { ...io.env, SMOKE_PASSWORD: password },
      secrets,
      uptimeDir,
      {
        run: async (name, raw) =>
          (
            await executeCheck(
              CHECKS.find((c) => c.name === name)!,
              {
                raw,
                where: (n) => `the demo's ${name} run: ${n}`,
                baseDir: example,
                env: options.env,
                event: options.event,
                log: { info: () => {}, warning: () => {}, debug: () => {} },
                secrets,
                inActions: false,
                services: options.services,
              },
            )
          ).report,
        shas: commitsOf(history.dir),
        latency: reports.find((r) => r.check === 'latency-budget'),
      },
    );
    const isPlantedKey = (f: Finding) => f.ruleId === 'aws-access-token' && f.file === history.plantedFile;
    io.out(secrets.redact(`${render(done, 'text')}\n\n${overviewTable(done)}`));
    const problems: string[] = [];
    const scan = reports.find((r) => r.check === 'secret-scan');
    if (!scan?.findings.some(isPlantedKey)) problems.push('the planted key was not found');
    for (const r of reports.filter((x) => x.check !== 'secret-scan'))
      if (r.result !== 'pass') problems.push(`${r.check} did not pass`);
    const checksCount = new Set(uptime.records.map((r) => r.check)).size;
    // Each check saw the outage and its recovery (a check slowed past a flow's budget on a busy machine may add one).
    if (uptime.outages < checksCount || uptime.recoveries !== uptime.outages)
      problems.push(
        `the uptime history has ${uptime.outages} outage(s) and ${uptime.recoveries} recovery(ies) over ${checksCount} checks; each check should have seen the outage and its end`,
      );
    const designed = problems.length === 0;
    const fixes = topFixes(reports, impactsOf(CHECKS));
    const htmlPath = path.resolve(io.cwd, 'launchgate-report.html');
    writeFileSync(
      htmlPath,
      secrets.redact(
        renderHtmlReport(reports, {
          title: 'launchgate — ops-app demo',
          generated: new Date(),
          note: `app at ${url}; uptime history (3 simulated hours, one outage) in launchgate-uptime/index.html`,
          titles: Object.fromEntries(CHECKS.map((c) => [c.name, sentence(c.title.replace(/^launchgate /, ''))])),
          planted: (f, r) => r.check === 'secret-scan' && isPlantedKey(f),
          topFixes: fixes,
          headline: designed
            ? 'The demo behaved as designed: the secret scan found the key planted in the history, and every other gate passed.'
            : `The demo did not behave as designed: ${problems.join('; ')}.`,
        }),
      ),
    );
    io.out(`\nReport: ${htmlPath}`);
    // The launch map and handover pack, from ops-app's launchgate.yml, zone file and workflows: all local lookups.
    const map = await buildLaunchMap({
      configPath: path.join(example, 'launchgate.yml'),
      configName: 'examples/ops-app/launchgate.yml',
      repoDir: example,
      checks: CHECKS,
      githubMissing: 'the demo runs without a GitHub token',
    });
    const mapOpts = { topFixes: topFixesMarkdown(fixes), fixCount: fixes.length };
    writeFileSync(path.resolve(io.cwd, 'launch-map.md'), secrets.redact(launchMapMarkdown(map, mapOpts)) + '\n');
    writeFileSync(path.resolve(io.cwd, 'launch-map.json'), secrets.redact(launchMapJson(map)));
    writeFileSync(path.resolve(io.cwd, 'launch-map.html'), secrets.redact(launchMapHtml(map, mapOpts)));
    io.out(
      `Launch map: ${path.resolve(io.cwd, 'launch-map.html')} (and .md, .json; ${map.risks.length} open risk(s) in the setup, ${fixes.length} fix(es) from the gates)`,
    );
    io.out(
      `Uptime dashboard: ${path.join(uptimeDir, 'index.html')} (${uptime.records.length} checks over ${UPTIME_HOURS} simulated hours, one outage; ${uptime.latency.length} latency route runs; ${uptime.deploys.length} deploys; badges in ${path.join(uptimeDir, 'badges')})`,
    );

    if (problems.length) {
      io.out(`\nThe demo did not behave as designed: ${problems.join('; ')}.`);
      return 1;
    }
    io.out(
      '\nThe demo behaved as designed: the planted key was found in history (the secret scan fails, as it should), every other gate passed, and the uptime history recorded the outage and its recovery.',
    );
    return 0;
  } finally {
    if (app) await stopApp(app.current.child);
    rmSync(history.dir, { recursive: true, force: true });
  }
}
