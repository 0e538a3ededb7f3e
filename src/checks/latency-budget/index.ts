import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CookieJar } from 'tough-cookie';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { bool, decimal, integer, optionalDecimal, percent, text, type InputValues } from '../../core/inputs.js';
import { table } from '../../core/markdown.js';
import { loadYaml } from '../../core/yaml-file.js';
import { HttpClient, NetworkError } from '../http/client.js';
import { buildRequest, checkExpectations, runCaptures } from '../http/step.js';
import { envReferences, interpolate, interpolateDeep } from '../http/template.js';
import { AppProcess } from './app-process.js';
import { newHistogram, percentiles, runRound, type Percentiles, type RoundResult } from './measure.js';
import { judgeRegression, type RegressionVerdict } from './regression.js';
import { isInlineYaml, parseInlineRoutes, readRoutes, type Route, type RoutesFile } from './routes-file.js';
import { starter } from './starter.js';

export interface RouteMeasurement extends Percentiles {
  name: string;
  requests: number;
  rps: number;
  errorRate: number;
  statusClasses: Record<string, number>;
  socketErrors: number;
  bytes: number;
  rounds: number[];
  budget: number;
  achievedRate?: number;
  stoppedEarly: boolean;
}

const LATENCY_INPUTS = {
  'base-url': text('Base URL of the app under load (a staging URL, or a server the job started).'),
  routes: text('Routes to load: a YAML file path, or inline YAML.', '.github/latency.yml'),
  'budget-p95-ms': integer('Default p95 budget per route in milliseconds.', '500', 1, 600000),
  'duration-s': decimal('Measured seconds per route (split over the rounds).', '10', 0.1, 3600),
  'warmup-s': decimal('Unmeasured warm-up seconds per route.', '2', 0, 600),
  connections: integer('Concurrent connections.', '10', 1, 1000),
  rate: optionalDecimal(
    'Fixed request rate per second; latency is then measured from the intended send time.',
    '',
    0.1,
    100000,
  ),
  'max-error-rate': percent('Highest share of non-2xx/3xx answers and socket errors.', '1%'),
  baseline: text('An earlier JSON report of this action to compare p95 against.'),
  'max-regression': percent('p95 growth over the baseline that counts as a regression.', '20%'),
  'regression-fails': bool('Make a regression an error instead of a warning.', 'false'),
  rounds: integer('Rounds per route; their spread is the noise a regression must exceed.', '3', 1, 20),
  'max-requests': integer('Hard cap on requests per route.', '100000', 1, 10000000),
  'start-command': text('Command that starts the app in the background; it is stopped at the end.'),
  'ready-url': text('URL polled until it answers before load starts (with start-command).'),
};

type Inputs = InputValues<typeof LATENCY_INPUTS>;

export const latencyBudget = defineCheck({
  name: 'latency-budget',
  section: 'latency',
  impact: {
    default: 'speed',
    fix: 'Profile the route under load (its p95 and error log) and fix the slowest call, or raise its budget on purpose.',
    byRule: {
      'error-rate': {
        class: 'access',
        reach: 'some',
        fix: 'Read the app log for the failing requests and fix their cause.',
      },
      'app-not-ready': {
        class: 'access',
        reach: 'everyone',
        fix: 'Make the app start with the configured command and answer its ready URL.',
      },
      'route-unreachable': {
        class: 'access',
        reach: 'some',
        fix: 'Make the route answer, or remove it from the routes file.',
      },
      'app-log': 'hygiene',
      'rate-not-reached': 'hygiene',
    },
  },
  runsAlone: true,
  starter,
  title: 'launchgate latency budget',
  description:
    "Loads core routes with autocannon and fails when a route's p95 is over budget, errors too often, or regressed.",
  branding: { icon: 'clock', color: 'orange' },
  inputs: LATENCY_INPUTS,
  outputs: {
    p95: { description: 'JSON object: route name → p95 in ms.' },
  },
  async run(inputs, ctx) {
    const routesFile = loadRoutes(inputs.routes, ctx);
    const baseUrl = inputs['base-url'] || routesFile.baseUrl;
    if (!baseUrl || !/^https?:\/\//.test(baseUrl))
      throw new UserError(
        `Input 'base-url' got ${JSON.stringify(baseUrl ?? '')}; accepted: an http:// or https:// URL (or base-url in the routes file).`,
      );
    const missing = [...envReferences(routesFile.routes)].filter((n) => ctx.env[n] === undefined);
    if (missing.length)
      throw new UserError(
        `${routesFile.file ?? "input 'routes'"}: environment variable(s) ${missing.join(', ')} are not set.`,
      );
    for (const n of envReferences(routesFile.routes)) ctx.secrets.add(ctx.env[n]);
    const baseline = inputs.baseline
      ? readBaseline(path.resolve(ctx.cwd, inputs.baseline), inputs.baseline)
      : undefined;

    let app: AppProcess | undefined;
    const findings: Finding[] = [];
    if (inputs['start-command']) {
      app = new AppProcess(inputs['start-command'], ctx.cwd, ctx.env);
      const readyUrl = inputs['ready-url'] || baseUrl;
      const ready = await app.waitUntilReady(readyUrl, 60);
      if (!ready.ok) {
        await app.stop();
        findings.push({
          ruleId: 'app-not-ready',
          severity: 'error',
          title: 'The app did not start',
          message: `${ready.problem}. Last log lines:\n${app.lastLines.slice(-15).join('\n')}`,
        });
        return { findings, metrics: {}, outputs: { p95: '{}' } };
      }
    }
    try {
      return await measureAll(inputs, ctx, routesFile, baseUrl, baseline, findings, app);
    } finally {
      await app?.stop();
    }
  },
});

function loadRoutes(value: string, ctx: CheckContext): RoutesFile {
  if (isInlineYaml(value)) return parseInlineRoutes(value);
  const file = path.resolve(ctx.cwd, value);
  if (!existsSync(file))
    throw new UserError(`Input 'routes': cannot read ${value} (no such file); give a routes YAML file or inline YAML.`);
  return readRoutes(loadYaml(file, value), false);
}

interface Baseline {
  file: string;
  routes: Record<string, { p95: number; rounds?: number[] }>;
}

function readBaseline(file: string, name: string): Baseline {
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

/** Runs a route's setup step once; its captures fill ${name} in the route, its cookies go on every request. */
async function runSetup(
  route: Route,
  baseUrl: string,
  ctx: CheckContext,
  client: HttpClient,
): Promise<{ vars: Record<string, string>; cookie?: string; problem?: string }> {
  if (!route.setup) return { vars: {} };
  const jar = new CookieJar();
  const req = buildRequest(route.setup.request, baseUrl, {}, ctx.env);
  const res = await client.send(req, { jar, followRedirects: route.setup.request['follow-redirects'] });
  const failures = checkExpectations(route.setup.expect, res);
  const captured = await runCaptures(route.setup.capture, res, jar);
  for (const v of Object.values(captured.vars)) ctx.secrets.add(v);
  const cookie = await jar.getCookieString(new URL(route.path, baseUrl).href);
  if (cookie) ctx.secrets.add(cookie);
  failures.push(...captured.failures);
  if (failures.length)
    return {
      vars: captured.vars,
      problem: `setup login for route '${route.name}' failed with HTTP ${res.status}: ${failures.join('; ')}`,
    };
  return { vars: captured.vars, cookie: cookie || undefined };
}

async function measureAll(
  inputs: Inputs,
  ctx: CheckContext,
  routesFile: RoutesFile,
  baseUrl: string,
  baseline: Baseline | undefined,
  findings: Finding[],
  app: AppProcess | undefined,
) {
  const client = new HttpClient({ timeoutMs: 10000, retries: 0 });
  const measurements: RouteMeasurement[] = [];
  const verdicts = new Map<string, RegressionVerdict>();
  const roundSeconds = inputs['duration-s'] / inputs.rounds;
  const perRoundCap = Math.max(1, Math.floor(inputs['max-requests'] / inputs.rounds));
  ctx.log.info(
    `Planned load: ${routesFile.routes.length} route(s) × (${inputs['warmup-s']} s warm-up + ${inputs.rounds} round(s) of ${roundSeconds.toFixed(2)} s), ` +
      `${inputs.rate ? `${inputs.rate} req/s` : 'as fast as possible'} over ${inputs.connections} connection(s), at most ${inputs['max-requests']} requests per route, against ${baseUrl}.`,
  );
  const where = (route: Route) => (routesFile.file && route.line ? { file: routesFile.file, line: route.line } : {});
  try {
    for (const route of routesFile.routes) {
      const budget = route['budget-p95-ms'] ?? inputs['budget-p95-ms'];
      let setup: Awaited<ReturnType<typeof runSetup>>;
      let url: string;
      try {
        setup = await runSetup(route, baseUrl, ctx, client);
        url = new URL(interpolate(route.path, setup.vars, ctx.env), baseUrl).href;
        // Fail fast on a target that is not there: one request before any load.
        await client.send({ method: 'GET', url, headers: {} }, { followRedirects: false });
      } catch (err) {
        const message = err instanceof NetworkError ? `${err.message}; no load was sent.` : errorMessage(err);
        findings.push({
          ruleId: 'route-unreachable',
          severity: 'error',
          title: `Could not check ${route.name}`,
          message,
          ...where(route),
        });
        continue;
      }
      if (setup.problem) {
        findings.push({
          ruleId: 'setup-failed',
          severity: 'error',
          title: `Setup failed for ${route.name}`,
          message: setup.problem,
          ...where(route),
        });
        continue;
      }
      const headers: Record<string, string> = interpolateDeep(route.headers ?? {}, setup.vars, ctx.env);
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
        rate: inputs.rate,
        timeoutS: 10,
      };
      if (inputs['warmup-s'] > 0) await runRound({ ...plan, durationS: inputs['warmup-s'], maxRequests: perRoundCap });
      const rounds: RoundResult[] = [];
      for (let i = 0; i < inputs.rounds; i++) {
        const round = await runRound({ ...plan, durationS: roundSeconds, maxRequests: perRoundCap });
        rounds.push(round);
        if (round.stoppedEarly) break;
      }
      const m = summarize(route.name, rounds, budget, inputs.rate);
      measurements.push(m);
      ctx.log.info(
        `${route.name}: ${m.requests} requests, p50 ${m.p50} ms, p95 ${m.p95} ms, p99 ${m.p99} ms, errors ${(m.errorRate * 100).toFixed(2)} %`,
      );
      if (m.requests === 0) {
        findings.push({
          ruleId: 'no-responses',
          severity: 'error',
          title: `No responses from ${route.name}`,
          message: `Not one request to ${url} completed in ${inputs['duration-s']} s.`,
          ...where(route),
        });
        continue;
      }
      if (m.p95 > budget) {
        findings.push({
          ruleId: 'p95-over-budget',
          severity: 'error',
          title: `${route.name} p95 ${m.p95} ms > ${budget} ms`,
          message: `p95 was ${m.p95} ms against a budget of ${budget} ms (p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.requests} requests).`,
          ...where(route),
        });
      }
      if (m.errorRate > inputs['max-error-rate']) {
        const classes = Object.entries(m.statusClasses)
          .filter(([k, v]) => v > 0 && k !== '2xx' && k !== '3xx')
          .map(([k, v]) => `${v} × ${k}`);
        if (m.socketErrors) classes.push(`${m.socketErrors} socket errors`);
        findings.push({
          ruleId: 'error-rate',
          severity: 'error',
          title: `${route.name} errors ${(m.errorRate * 100).toFixed(1)} %`,
          message: `${(m.errorRate * 100).toFixed(1)} % of requests failed (${classes.join(', ')}); at most ${(inputs['max-error-rate'] * 100).toFixed(1)} % is allowed.${m.stoppedEarly ? ' Load stopped early: over half the requests were failing.' : ''}`,
          ...where(route),
        });
      }
      if (inputs.rate && m.achievedRate !== undefined && m.achievedRate < inputs.rate * 0.9) {
        findings.push({
          ruleId: 'rate-not-reached',
          severity: 'warning',
          title: `${route.name} rate not reached`,
          message: `Achieved ${m.achievedRate.toFixed(1)} req/s of the ${inputs.rate} requested; raise connections, or the machine cannot send that much.`,
          ...where(route),
        });
      }
      const base = baseline?.routes[route.name];
      if (base) {
        const verdict = judgeRegression({
          baselineP95: base.p95,
          baselineRounds: base.rounds,
          p95: m.p95,
          rounds: m.rounds,
          margin: inputs['max-regression'],
        });
        verdicts.set(route.name, verdict);
        if (verdict.regressed) {
          findings.push({
            ruleId: 'p95-regression',
            severity: inputs['regression-fails'] ? 'error' : 'warning',
            title: `${route.name} p95 regressed`,
            message: `${verdict.reason} (baseline ${base.p95} ms from ${baseline!.file}, now ${m.p95} ms).`,
            ...where(route),
          });
        }
      }
    }
  } finally {
    await client.close();
  }
  if (findings.some((f) => f.severity === 'error') && app) {
    findings.push({
      ruleId: 'app-log',
      severity: 'notice',
      title: 'Last lines of the app log',
      message: app.lastLines.slice(-15).join('\n') || '(no output)',
    });
  }
  const p95 = Object.fromEntries(measurements.map((m) => [m.name, m.p95]));
  return {
    findings,
    metrics: { routes: Object.fromEntries(measurements.map((m) => [m.name, m])), baseline: baseline?.file ?? null },
    sections: [
      { title: 'Routes', markdown: routesTable(measurements, verdicts, baseline) },
      ...(measurements.length
        ? [
            {
              title: 'p95 against budget',
              markdown: chart(measurements),
              chart: { unit: 'ms', bars: measurements.map((m) => ({ label: m.name, value: m.p95, limit: m.budget })) },
            },
          ]
        : []),
    ],
    outputs: { p95: JSON.stringify(p95) },
  };
}

function summarize(name: string, rounds: RoundResult[], budget: number, rate?: number): RouteMeasurement {
  const all = newHistogram();
  for (const r of rounds) all.add(r.histogram);
  const statusClasses: Record<string, number> = { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  let socketErrors = 0;
  let bytes = 0;
  let elapsed = 0;
  let requests = 0;
  for (const r of rounds) {
    for (const [k, v] of Object.entries(r.statusClasses)) statusClasses[k] += v;
    socketErrors += r.socketErrors;
    bytes += r.bytes;
    elapsed += r.elapsedS;
    requests += r.requests;
  }
  const attempts = requests + socketErrors;
  const failed = statusClasses['1xx'] + statusClasses['4xx'] + statusClasses['5xx'] + socketErrors;
  const p = all.totalCount > 0 ? percentiles(all) : { p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
  return {
    name,
    ...p,
    requests,
    rps: elapsed > 0 ? Math.round((requests / elapsed) * 10) / 10 : 0,
    errorRate: attempts > 0 ? failed / attempts : 0,
    statusClasses,
    socketErrors,
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
      const base = baseline?.routes[m.name];
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
