import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CookieJar } from 'tough-cookie';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { CheckResult, Finding } from '../../core/finding.js';
import { bool, decimal, integer, percent, text, url, type InputSpec, type InputValues } from '../../core/inputs.js';
import { table } from '../../core/markdown.js';
import { loadYaml } from '../../core/yaml-file.js';
import { isLoopbackHost, startApp, type AppProcess } from '../http/app-process.js';
import { HttpClient, NetworkError, RedirectError } from '../http/client.js';
import { urlCredentials } from '../http/credentials.js';
import { oneLine } from '../http/log-text.js';
import { runExchange } from '../http/step.js';
import { interpolate, interpolateDeep, requireEnvReferences } from '../http/template.js';
import { LATENCY_FINDINGS, latencyFinding } from './findings.js';
import { newHistogram, percentiles, runRound, type Percentiles, type RoundResult } from './measure.js';
import { judgeRegression, type RegressionVerdict } from './regression.js';
import { isInlineYaml, parseInlineRoutes, readRoutes, type Route, type RoutesFile } from './routes-file.js';
import { starter } from './starter.js';
import { catalogTable } from '../http/finding-catalog.js';
import { openHistory } from '../../core/history.js';
import { LATENCY_HISTORY_FINDINGS, LATENCY_HISTORY_INPUTS, latencyRecords, writeLatencyHistory } from './history.js';

export interface RouteMeasurement extends Percentiles {
  name: string;
  requests: number;
  rps: number;
  errorRate: number;
  statusClasses: Record<string, number>;
  unexpectedByStatus: Record<string, number>;
  socketErrors: number;
  /** Requests still waiting at the end of a round, counted in the percentiles at their elapsed time. */
  unfinished: number;
  bytes: number;
  rounds: number[];
  budget: number;
  achievedRate?: number;
  stoppedEarly: boolean;
}

/** The request rate against a host that is not this machine, when `rate` is left empty. */
export const DEFAULT_REMOTE_RATE = 50;

/** A fixed rate, `unlimited`, or empty (unlimited on loopback, DEFAULT_REMOTE_RATE elsewhere). */
const rateInput: InputSpec<number | 'unlimited' | undefined> = {
  description: `Fixed request rate per second (latency is then measured from the intended send time), or unlimited. Empty: unlimited against this machine (localhost, 127.0.0.1), ${DEFAULT_REMOTE_RATE} req/s against any other host, so a shared staging server is not flooded by default.`,
  default: '',
  accepted: 'a number from 0.1 to 100000, or unlimited',
  schema: z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const t = v.trim();
      return t === '' ? undefined : /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    },
    z.union([z.number().min(0.1).max(100000), z.literal('unlimited')]).optional(),
  ),
};

const LATENCY_INPUTS = {
  'base-url': url(
    'Base URL of the app under load (a staging URL, or a server the job started). Credentials in it (https://user:pw@host) are masked and sent as Basic auth.',
  ),
  routes: text('Routes to load: a YAML file path, or inline YAML.', '.github/latency.yml'),
  'budget-p95-ms': integer('Default p95 budget per route in milliseconds.', '500', 1, 600000),
  'duration-s': decimal('Measured seconds per route (split over the rounds).', '10', 0.1, 3600),
  'warmup-s': decimal('Unmeasured warm-up seconds per route.', '2', 0, 600),
  connections: integer('Concurrent connections.', '10', 1, 1000),
  rate: rateInput,
  'max-error-rate': percent(
    "Highest share of errors: answers other than the route's status (default 2xx), socket errors and timeouts.",
    '1%',
  ),
  baseline: text('An earlier JSON report of this action to compare p95 against (a missing file is a notice).'),
  'max-regression': percent('p95 growth over the baseline that counts as a regression.', '20%'),
  'regression-fails': bool('Make a regression an error instead of a warning.', 'false'),
  rounds: integer('Rounds per route; their spread is the noise a regression must exceed.', '3', 1, 20),
  'max-requests': integer('Hard cap on requests per route.', '100000', 1, 10000000),
  'start-command': text(
    'Command that starts the app in the background (its port must be free). Give smoke-test the same command: the app is started once per run and stopped when the run ends.',
  ),
  'ready-url': url('URL polled until it answers before load starts (with start-command; default base-url).'),
  ...LATENCY_HISTORY_INPUTS,
};

type Inputs = InputValues<typeof LATENCY_INPUTS>;

/** Where the load goes: the base URL without credentials, and the Basic auth they make. */
interface Target {
  baseUrl: string;
  authorization?: string;
  rate?: number;
}

export const latencyBudget = defineCheck({
  name: 'latency-budget',
  section: 'latency',
  impact: {
    default: 'speed',
    fix: 'Profile the route under load (its p95 and error log) and fix the slowest call, or raise its budget on purpose.',
    byRule: {
      'latency-error-rate': {
        class: 'access',
        reach: 'some',
        fix: 'Read the app log for the failing requests and fix their cause.',
      },
      'latency-app-not-ready': {
        class: 'access',
        reach: 'everyone',
        fix: 'Make the app start with the configured command and answer its ready URL.',
      },
      'latency-route-unreachable': {
        class: 'access',
        reach: 'some',
        fix: 'Make the route answer, or remove it from the routes file.',
      },
      'latency-app-log': 'hygiene',
      'latency-rate-not-reached': 'hygiene',
      'latency-app-exited': {
        class: 'access',
        reach: 'everyone',
        fix: 'Read the app log: it stopped while it was measured.',
      },
      'latency-setup-failed': {
        class: 'access',
        reach: 'everyone',
        fix: 'Make the setup login answer as the routes file expects.',
      },
      'latency-no-baseline': 'hygiene',
      'latency-history-failed': 'hygiene',
    },
  },
  runsAlone: true,
  starter,
  readmeTables: {
    'findings:latency-budget': () => catalogTable({ ...LATENCY_FINDINGS, ...LATENCY_HISTORY_FINDINGS }),
  },
  title: 'launchgate latency budget',
  description:
    "Loads core routes with autocannon and fails when a route's p95 is over budget, errors too often, or regressed.",
  branding: { icon: 'clock', color: 'orange' },
  inputs: LATENCY_INPUTS,
  outputs: {
    p95: { description: 'JSON object: route name → p95 in ms.' },
  },
  async run(inputs, ctx) {
    // Before any load: history without a token is a usage error now, not a write lost after the measurement.
    const store = openHistory(ctx, inputs.history, inputs['history-branch']);
    const routesFile = loadRoutes(inputs.routes, ctx);
    /** The result, with one history record per route of the routes file when `history` is on. */
    const finish = (result: CheckResult, measured: RouteMeasurement[]) => {
      if (!store) return result;
      const routes = routesFile.routes.map((r) => ({
        name: r.name,
        budgetMs: r['budget-p95-ms'] ?? inputs['budget-p95-ms'],
      }));
      const records = latencyRecords(routes, measured, inputs['max-error-rate'], new Date());
      return writeLatencyHistory(result, store, records, ctx);
    };
    const baseUrl = inputs['base-url'] || routesFile.baseUrl;
    if (!baseUrl)
      throw new UserError(
        `Input 'base-url' is empty; accepted: an http:// or https:// URL (or base-url in the routes file).`,
      );
    const creds = urlCredentials(baseUrl);
    for (const secret of creds.secrets) ctx.secrets.add(secret);
    requireEnvReferences(routesFile.routes, ctx, routesFile.file ?? "input 'routes'");
    const findings: Finding[] = [];
    const baseline = inputs.baseline ? readBaseline(ctx.cwd, inputs.baseline) : undefined;
    if (baseline && !baseline.routes)
      findings.push(
        latencyFinding('latency-no-baseline', {
          title: 'No baseline yet',
          message: `${inputs.baseline} does not exist yet, so nothing is compared; a run on the default branch saves one.`,
        }),
      );
    const target: Target = {
      baseUrl: creds.url,
      authorization: creds.authorization,
      rate: loadRate(inputs.rate, new URL(creds.url).hostname),
    };

    let app: AppProcess | undefined;
    if (inputs['start-command']) {
      const started = await startApp({
        command: inputs['start-command'],
        cwd: ctx.cwd,
        env: ctx.env,
        readyUrl: inputs['ready-url'] || baseUrl,
        timeoutS: 60,
      });
      if (!started.ok) {
        findings.push(
          latencyFinding('latency-app-not-ready', {
            title: 'The app did not start',
            message: `${started.problem}.${logTail(started.lastLines)}`,
          }),
        );
        return finish({ findings, metrics: {}, outputs: { p95: '{}' } }, []);
      }
      app = started.app;
      if (started.reused) ctx.log.info(`Using the app this run already started with: ${oneLine(app.command)}`);
    }
    const measured = await measureAll(inputs, ctx, routesFile, target, baseline?.routes ? baseline : undefined, app);
    findings.push(...measured.findings);
    if (findings.some((f) => f.severity === 'error') && app)
      findings.push(
        latencyFinding('latency-app-log', {
          title: 'Last lines of the app log',
          message: app.lastLines.slice(-15).join('\n') || '(no output)',
        }),
      );
    const { measurements, verdicts } = measured;
    const p95 = Object.fromEntries(measurements.map((m) => [m.name, m.p95]));
    return finish(
      {
        findings,
        metrics: {
          routes: Object.fromEntries(measurements.map((m) => [m.name, m])),
          baseline: baseline?.routes ? baseline.file : null,
          rate: target.rate ?? 'unlimited',
        },
        sections: [
          { title: 'Routes', markdown: routesTable(measurements, verdicts, baseline) },
          ...(measurements.length
            ? [
                {
                  title: 'p95 against budget',
                  markdown: chart(measurements),
                  chart: {
                    unit: 'ms',
                    bars: measurements.map((m) => ({ label: m.name, value: m.p95, limit: m.budget })),
                  },
                },
              ]
            : []),
        ],
        outputs: { p95: JSON.stringify(p95) },
      },
      measurements,
    );
  },
});

/** Requests per second to send (undefined: as fast as the connections allow). */
export function loadRate(input: number | 'unlimited' | undefined, hostname: string): number | undefined {
  if (input === 'unlimited') return undefined;
  return input ?? (isLoopbackHost(hostname) ? undefined : DEFAULT_REMOTE_RATE);
}

function logTail(lines: string[]): string {
  return lines.length ? ` Last log lines:\n${lines.slice(-15).join('\n')}` : '';
}

function loadRoutes(value: string, ctx: CheckContext): RoutesFile {
  if (isInlineYaml(value)) return parseInlineRoutes(value);
  const file = path.resolve(ctx.cwd, value);
  if (!existsSync(file))
    throw new UserError(`Input 'routes': cannot read ${value} (no such file); give a routes YAML file or inline YAML.`);
  return readRoutes(loadYaml(file, value), false);
}

interface Baseline {
  file: string;
  /** Undefined when the file does not exist yet (the first run of the baseline recipe). */
  routes?: Record<string, { p95: number; rounds?: number[] }>;
}

function readBaseline(cwd: string, name: string): Baseline {
  const file = path.resolve(cwd, name);
  if (!existsSync(file)) return { file: name };
  let report: any;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`Input 'baseline': cannot read ${name} as JSON: ${errorMessage(err)}`);
  }
  const routes = report?.metrics?.routes;
  if (!routes || typeof routes !== 'object')
    throw new UserError(`Input 'baseline': ${name} is not a latency-budget JSON report (no metrics.routes).`);
  return { file: name, routes };
}

interface Setup {
  vars: Record<string, string>;
  cookie?: string;
  problem?: string;
}

/** Runs a route's setup login once; its captures fill ${name} in the route, its cookies go on every request. */
async function runSetup(route: Route, target: Target, ctx: CheckContext, client: HttpClient): Promise<Setup> {
  if (!route.setup) return { vars: {} };
  const jar = new CookieJar();
  let exchange: Awaited<ReturnType<typeof runExchange>>;
  try {
    exchange = await runExchange(route.setup, {
      client,
      baseUrl: target.baseUrl,
      vars: {},
      env: ctx.env,
      jar,
      onSecret: (v) => ctx.secrets.add(v),
    });
  } catch (err) {
    // A login that redirects its body to another origin is the login's failure, not an unreachable route.
    if (err instanceof RedirectError)
      return { vars: {}, problem: `setup login for route '${oneLine(route.name)}' failed: ${err.message}` };
    throw err;
  }
  const { res, failures, vars } = exchange;
  const cookie = await jar.getCookieString(new URL(route.path, target.baseUrl).href);
  if (cookie) ctx.secrets.add(cookie);
  if (failures.length)
    return {
      vars,
      problem: `setup login for route '${oneLine(route.name)}' failed with HTTP ${res.status}: ${failures.join('; ')}`,
    };
  return { vars, cookie: cookie || undefined };
}

interface Measured {
  findings: Finding[];
  measurements: RouteMeasurement[];
  verdicts: Map<string, RegressionVerdict>;
}

/** Loads every route in turn; returns its findings and measurements (it stops when the started app exits). */
async function measureAll(
  inputs: Inputs,
  ctx: CheckContext,
  routesFile: RoutesFile,
  target: Target,
  baseline: Baseline | undefined,
  app: AppProcess | undefined,
): Promise<Measured> {
  const client = new HttpClient({ timeoutMs: 10000, retries: 0 });
  const out: Measured = { findings: [], measurements: [], verdicts: new Map() };
  ctx.log.info(
    `Planned load: ${routesFile.routes.length} route(s) × (${inputs['warmup-s']} s warm-up + ${inputs.rounds} round(s) of ${(inputs['duration-s'] / inputs.rounds).toFixed(2)} s), ` +
      `${target.rate ? `${target.rate} req/s` : 'as fast as possible'} over ${inputs.connections} connection(s), at most ${inputs['max-requests']} requests per route, against ${oneLine(target.baseUrl)}.`,
  );
  const where = (route: Route) => (routesFile.file && route.line ? { file: routesFile.file, line: route.line } : {});
  try {
    for (const route of routesFile.routes) {
      const loaded = await measureRoute(route, inputs, ctx, target, client);
      const located = loaded.findings.map((f) => ({ ...f, ...where(route) }));
      out.findings.push(...located);
      if (loaded.measurement) {
        out.measurements.push(loaded.measurement);
        const judged = judgeRoute(loaded.measurement, inputs, target, baseline);
        out.findings.push(...judged.findings.map((f) => ({ ...f, ...where(route) })));
        if (judged.verdict) out.verdicts.set(route.name, judged.verdict);
      }
      if (app?.exited) {
        out.findings.push(
          latencyFinding('latency-app-exited', {
            title: 'The app exited',
            message: `The app of start-command ${app.exited} while '${oneLine(route.name)}' was loaded; the routes after it were not measured.`,
          }),
        );
        break;
      }
    }
  } finally {
    await client.close();
  }
  return out;
}

/** One route: its setup login, a probe, the warm-up and the rounds. */
async function measureRoute(
  route: Route,
  inputs: Inputs,
  ctx: CheckContext,
  target: Target,
  client: HttpClient,
): Promise<{ measurement?: RouteMeasurement; findings: Finding[] }> {
  const budget = route['budget-p95-ms'] ?? inputs['budget-p95-ms'];
  let setup: Setup;
  let url: string;
  const baseHeaders: Record<string, string> = target.authorization ? { authorization: target.authorization } : {};
  try {
    setup = await runSetup(route, target, ctx, client);
    url = new URL(interpolate(route.path, setup.vars, ctx.env), target.baseUrl).href;
    // Fail fast on a target that is not there: one request before any load.
    await client.send({ method: 'GET', url, headers: baseHeaders }, { followRedirects: false });
  } catch (err) {
    const message = err instanceof NetworkError ? `${err.message}; no load was sent.` : errorMessage(err);
    return {
      findings: [latencyFinding('latency-route-unreachable', { title: `Could not check ${route.name}`, message })],
    };
  }
  if (setup.problem)
    return {
      findings: [
        latencyFinding('latency-setup-failed', { title: `Setup failed for ${route.name}`, message: setup.problem }),
      ],
    };
  const headers: Record<string, string> = {
    ...baseHeaders,
    ...interpolateDeep(route.headers ?? {}, setup.vars, ctx.env),
  };
  if (setup.cookie) headers.cookie = setup.cookie;
  let body: string | undefined;
  if (route.json !== undefined) {
    body = JSON.stringify(interpolateDeep(route.json, setup.vars, ctx.env));
    headers['content-type'] ??= 'application/json';
  } else if (route.body !== undefined) body = interpolate(route.body, setup.vars, ctx.env);
  const plan = {
    url,
    method: route.method,
    headers,
    body,
    connections: inputs.connections,
    rate: target.rate,
    timeoutS: 10,
    expectStatus: route.status === undefined ? undefined : [route.status].flat(),
  };
  const perRoundCap = Math.max(1, Math.floor(inputs['max-requests'] / inputs.rounds));
  if (inputs['warmup-s'] > 0) await runRound({ ...plan, durationS: inputs['warmup-s'], maxRequests: perRoundCap });
  const rounds: RoundResult[] = [];
  for (let i = 0; i < inputs.rounds; i++) {
    const round = await runRound({
      ...plan,
      durationS: inputs['duration-s'] / inputs.rounds,
      maxRequests: perRoundCap,
    });
    rounds.push(round);
    if (round.stoppedEarly) break;
  }
  const m = summarize(route.name, rounds, budget, target.rate);
  ctx.log.info(
    `${oneLine(route.name)}: ${m.requests} requests, p50 ${m.p50} ms, p95 ${m.p95} ms, p99 ${m.p99} ms, errors ${(m.errorRate * 100).toFixed(2)} %${m.unfinished ? `, ${m.unfinished} unanswered at round end` : ''}`,
  );
  if (m.requests === 0 && m.unfinished === 0)
    return {
      findings: [
        latencyFinding('latency-no-responses', {
          title: `No responses from ${route.name}`,
          message: `Not one request to ${url} completed in ${inputs['duration-s']} s.`,
        }),
      ],
    };
  return { measurement: m, findings: [] };
}

/** The budget, error-rate, rate and regression rules for one measured route. */
function judgeRoute(
  m: RouteMeasurement,
  inputs: Inputs,
  target: Target,
  baseline: Baseline | undefined,
): { findings: Finding[]; verdict?: RegressionVerdict } {
  const findings: Finding[] = [];
  if (m.p95 > m.budget) {
    const pending = m.unfinished
      ? ` ${m.unfinished} request(s) had no answer when a round ended and count at their elapsed time.`
      : '';
    findings.push(
      latencyFinding('latency-p95-over-budget', {
        title: `${m.name} p95 ${m.p95} ms > ${m.budget} ms`,
        message: `p95 was ${m.p95} ms against a budget of ${m.budget} ms (p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.requests} requests).${pending}`,
      }),
    );
  }
  if (m.errorRate > inputs['max-error-rate']) {
    const causes = Object.entries(m.unexpectedByStatus).map(([status, n]) => `${n} × HTTP ${status}`);
    if (m.socketErrors) causes.push(`${m.socketErrors} socket errors or timeouts`);
    findings.push(
      latencyFinding('latency-error-rate', {
        title: `${m.name} errors ${(m.errorRate * 100).toFixed(1)} %`,
        message: `${(m.errorRate * 100).toFixed(1)} % of requests failed (${causes.join(', ')}); at most ${(inputs['max-error-rate'] * 100).toFixed(1)} % is allowed.${m.stoppedEarly ? ' Load stopped early: over half the requests were failing.' : ''}`,
      }),
    );
  }
  if (target.rate && m.achievedRate !== undefined && m.achievedRate < target.rate * 0.9) {
    findings.push(
      latencyFinding('latency-rate-not-reached', {
        title: `${m.name} rate not reached`,
        message: `Achieved ${m.achievedRate.toFixed(1)} req/s of the ${target.rate} requested; raise connections, or the machine cannot send that much.`,
      }),
    );
  }
  const base = baseline?.routes?.[m.name];
  if (!base) return { findings };
  const verdict = judgeRegression({
    baselineP95: base.p95,
    baselineRounds: base.rounds,
    p95: m.p95,
    rounds: m.rounds,
    margin: inputs['max-regression'],
  });
  if (verdict.regressed) {
    findings.push(
      latencyFinding('latency-p95-regression', {
        severity: inputs['regression-fails'] ? 'error' : 'warning',
        title: `${m.name} p95 regressed`,
        message: `${verdict.reason} (baseline ${base.p95} ms from ${baseline!.file}, now ${m.p95} ms).`,
      }),
    );
  }
  return { findings, verdict };
}

function summarize(name: string, rounds: RoundResult[], budget: number, rate?: number): RouteMeasurement {
  const all = newHistogram();
  for (const r of rounds) all.add(r.histogram);
  const statusClasses: Record<string, number> = { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  const unexpectedByStatus: Record<string, number> = {};
  let unexpected = 0;
  let unfinished = 0;
  let socketErrors = 0;
  let bytes = 0;
  let elapsed = 0;
  let requests = 0;
  for (const r of rounds) {
    for (const [k, v] of Object.entries(r.statusClasses)) statusClasses[k] += v;
    for (const [k, v] of Object.entries(r.unexpectedByStatus)) unexpectedByStatus[k] = (unexpectedByStatus[k] ?? 0) + v;
    unexpected += r.unexpectedStatus;
    unfinished += r.unfinished;
    socketErrors += r.socketErrors;
    bytes += r.bytes;
    elapsed += r.elapsedS;
    requests += r.requests;
  }
  const attempts = requests + socketErrors;
  const failed = unexpected + socketErrors;
  const p = all.totalCount > 0 ? percentiles(all) : { p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
  return {
    name,
    ...p,
    requests,
    rps: elapsed > 0 ? Math.round((requests / elapsed) * 10) / 10 : 0,
    errorRate: attempts > 0 ? failed / attempts : 0,
    statusClasses,
    unexpectedByStatus,
    socketErrors,
    unfinished,
    bytes,
    rounds: rounds.filter((r) => r.histogram.totalCount > 0).map((r) => percentiles(r.histogram).p95),
    budget,
    achievedRate: rate && elapsed > 0 ? attempts / elapsed : undefined,
    stoppedEarly: rounds.some((r) => r.stoppedEarly),
  };
}

function routesTable(
  ms: RouteMeasurement[],
  verdicts: Map<string, RegressionVerdict>,
  baseline: Baseline | undefined,
): string {
  return table(
    [
      'Route',
      'Requests',
      'req/s',
      'p50',
      'p95',
      'p99',
      'Budget',
      'Baseline p95',
      'Change',
      'Rounds p95',
      'Errors',
      'Verdict',
    ],
    ms.map((m) => {
      const v = verdicts.get(m.name);
      const base = baseline?.routes?.[m.name];
      const over = m.p95 > m.budget;
      return [
        m.name,
        m.requests,
        m.rps,
        `${m.p50} ms`,
        `${m.p95} ms`,
        `${m.p99} ms`,
        `${m.budget} ms`,
        base ? `${base.p95} ms` : '—',
        v ? `${v.changePct >= 0 ? '+' : ''}${v.changePct.toFixed(0)} %` : '—',
        m.rounds.map((r) => r.toFixed(1)).join(' / '),
        `${(m.errorRate * 100).toFixed(2)} %`,
        over ? '❌ over budget' : v?.regressed ? '⚠️ regressed' : '✅ within budget',
      ];
    }),
  );
}

/** A Mermaid bar chart (GitHub renders Mermaid in job summaries): p95 bars with the budgets as a line. */
export function chart(ms: RouteMeasurement[]): string {
  const label = (s: string) => `"${s.replace(/"/g, "'")}"`;
  const top = Math.ceil(Math.max(...ms.map((m) => Math.max(m.p95, m.budget))) * 1.1);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "p95 latency (bars) against budget (line), ms"',
    `  x-axis [${ms.map((m) => label(m.name)).join(', ')}]`,
    `  y-axis "ms" 0 --> ${top}`,
    `  bar [${ms.map((m) => m.p95).join(', ')}]`,
    `  line [${ms.map((m) => m.budget).join(', ')}]`,
    '```',
  ].join('\n');
}
