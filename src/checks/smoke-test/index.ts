import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { UserError } from '../../core/errors.js';
import type { CheckResult, Finding } from '../../core/finding.js';
import { bool, integer, list, text, url } from '../../core/inputs.js';
import { table } from '../../core/markdown.js';
import { loadYaml } from '../../core/yaml-file.js';
import { readCaFile } from '../http/ca-file.js';
import { startApp, type AppProcess } from '../http/app-process.js';
import { HttpClient, sleep } from '../http/client.js';
import { urlCredentials } from '../http/credentials.js';
import { oneLine } from '../http/log-text.js';
import { pollUntilReady } from '../http/ready.js';
import { requireEnvReferences } from '../http/template.js';
import { readFlowFile, type FlowFile } from './flow-file.js';
import { SMOKE_FINDINGS, smokeFinding } from './findings.js';
import { runFlow, type FlowResult } from './runner.js';
import { checkUrl, type UrlResult } from './quick-check.js';
import { updateOutageIssue } from './uptime.js';
import { starter } from './starter.js';
import { catalogTable } from '../http/finding-catalog.js';
import { openHistory } from '../../core/history.js';
import { SMOKE_HISTORY_FINDINGS, SMOKE_HISTORY_INPUTS, writeDeployHistory } from './history.js';

const DEFAULT_FLOWS = '.github/smoke.yml';

export const smokeTest = defineCheck({
  name: 'smoke-test',
  section: 'smoke',
  impact: {
    default: 'access',
    reach: 'everyone',
    byRule: {
      'smoke-flow-too-slow': {
        class: 'speed',
        fix: 'Find the slow step in the flow log and speed it up, or raise max-duration-ms.',
      },
      'smoke-flaky': {
        class: 'hygiene',
        reach: 'some',
        fix: 'Find the dependency that failed once and make it retry or wait for readiness.',
      },
      'smoke-signature-not-verified': {
        class: 'data',
        fix: 'Verify the webhook signature over the raw body before processing, and reject stale timestamps.',
      },
      'smoke-no-rate-limit': {
        class: 'data',
        fix: 'Rate-limit the route (per account and per address), answering 429 with Retry-After.',
      },
      'smoke-header-missing': { class: 'hygiene', reach: 'few' },
      'smoke-alert-unavailable': {
        class: 'hygiene',
        reach: 'few',
        fix: 'Fix the alert channel settings so a failure reaches someone.',
      },
      'smoke-history-failed': 'hygiene',
    },
  },
  starter,
  readmeTables: { 'findings:smoke-test': () => catalogTable({ ...SMOKE_FINDINGS, ...SMOKE_HISTORY_FINDINGS }) },
  title: 'launchgate smoke test',
  description: 'After a deploy, proves the home page loads, login works and a critical workflow completes in time.',
  branding: { icon: 'activity', color: 'green' },
  inputs: {
    'base-url': url(
      'Base URL of the deployed app (required unless the flow file sets base-url). Credentials in it (https://user:pw@host) are masked and sent as Basic auth.',
    ),
    flows: text('YAML flow file.', DEFAULT_FLOWS),
    urls: list('Quick checks, one URL per line: each must answer 2xx, or 3xx to the same site.'),
    'timeout-ms': integer('Timeout of each request in milliseconds.', '10000', 1, 600000),
    retries: integer('Retries per request on network errors and 5xx, with exponential backoff and jitter.', '2', 0, 10),
    'wait-for-ready': integer('Seconds to poll base-url until it answers before the flows start.', '0', 0, 3600),
    'ca-file': text('PEM file of an extra CA to trust (private or test CA).'),
    'alert-after': integer('Consecutive failed runs before an outage alert is raised.', '1', 1, 100),
    'alert-issue': bool(
      'On schedule, open (and later close) one GitHub issue labelled launchgate-outage when alert-after is reached.',
      'false',
    ),
    'recheck-after-s': integer(
      'When a run fails, wait this long and run the failing flows once more before failing.',
      '0',
      0,
      600,
    ),
    'start-command': text(
      'Command that starts the app in the background before the flows (base-url must be free until then). Give latency-budget the same command: the app is started once per run and stopped when the run ends.',
    ),
    ...SMOKE_HISTORY_INPUTS,
  },
  outputs: {
    passed: { description: 'Number of passing steps.' },
    failed: { description: 'Number of failing steps.' },
    'duration-ms': { description: 'Total time of all flows in milliseconds.' },
  },
  async run(inputs, ctx) {
    const started = performance.now();
    // Before any request: history without a token is a usage error now, not a deploy record lost after the flows.
    const store = openHistory(ctx, inputs.history, inputs['history-branch']);
    /** The result, with the deploy's record appended to the history when `history` is on. */
    const finish = (result: CheckResult, failedChecks: number) =>
      store ? writeDeployHistory(result, store, failedChecks, ctx) : result;
    const flowsPath = path.resolve(ctx.cwd, inputs.flows);
    let file: FlowFile | undefined;
    if (existsSync(flowsPath)) file = readFlowFile(loadYaml(flowsPath, inputs.flows));
    else if (inputs.urls.length === 0 || inputs.flows !== DEFAULT_FLOWS) {
      throw new UserError(
        `Input 'flows': cannot read ${inputs.flows} (no such file); give a flow file, or quick checks in input 'urls'.`,
      );
    }
    const baseUrl = inputs['base-url'] || file?.baseUrl;
    const shown = registerUrlCredentials([baseUrl ?? '', ...inputs.urls], ctx);
    requireEnvReferences(file?.flows ?? [], ctx, inputs.flows);
    const ca = readCaFile(ctx.cwd, inputs['ca-file']);
    const client = new HttpClient({
      timeoutMs: inputs['timeout-ms'],
      retries: inputs.retries,
      ca,
      onRetry: (attempt, reason) => ctx.log.info(`retry ${attempt}/${inputs.retries}: ${oneLine(reason)}`),
    });
    // Not ready: every flow and quick check counts as failed in the deploy record.
    const notReady = (finding: Finding) =>
      finish(
        {
          findings: [finding],
          metrics: { ready: false },
          outputs: { passed: '0', failed: '0', 'duration-ms': String(Math.round(performance.now() - started)) },
        },
        (file?.flows.length ?? 0) + inputs.urls.length,
      );
    let app: AppProcess | undefined;
    try {
      const findings: Finding[] = [];
      if (inputs['start-command']) {
        if (!baseUrl) throw new UserError(`Input 'start-command' needs a base-url to wait for.`);
        const launched = await startApp({
          command: inputs['start-command'],
          cwd: ctx.cwd,
          env: ctx.env,
          readyUrl: baseUrl,
          timeoutS: inputs['wait-for-ready'] || 60,
        });
        if (!launched.ok)
          return notReady(
            smokeFinding('smoke-app-not-ready', {
              title: 'The app did not start',
              message: `${launched.problem}.${logTail(launched.lastLines)}`,
            }),
          );
        app = launched.app;
        if (launched.reused) ctx.log.info(`Using the app this run already started with: ${oneLine(app.command)}`);
      } else if (inputs['wait-for-ready'] > 0) {
        if (!baseUrl) throw new UserError(`Input 'wait-for-ready' needs a base-url to poll.`);
        const ready = await pollUntilReady(client, baseUrl, { seconds: inputs['wait-for-ready'], intervalMs: 1000 });
        ctx.log.info(
          ready.ok
            ? `${shown(baseUrl)} answered after ${ready.seconds.toFixed(1)} s`
            : `${shown(baseUrl)} did not answer within ${inputs['wait-for-ready']} s`,
        );
        if (!ready.ok)
          return notReady(
            smokeFinding('smoke-not-ready', {
              title: 'App not ready',
              message: `${shown(baseUrl)} did not answer within wait-for-ready (${inputs['wait-for-ready']} s): ${ready.last}`,
            }),
          );
      }
      const attempt = () => runAll(inputs.urls, file, baseUrl, client, ctx, shown);
      const first = await attempt();
      let recheck: Attempt | undefined;
      if (inputs['recheck-after-s'] > 0 && !first.ok) {
        ctx.log.info(`Smoke test failed; checking again in ${inputs['recheck-after-s']} s before calling it.`);
        await sleep(inputs['recheck-after-s'] * 1000);
        const failingFlows = file ? { ...file, flows: first.flows.filter((f) => !f.ok).map((f) => f.flow) } : undefined;
        const failingUrls = first.urls.filter((u) => !u.ok).map((u) => u.url);
        recheck = await runAll(failingUrls, failingFlows, baseUrl, client, ctx, shown);
      }
      const final = recheck ?? first;
      findings.push(...attemptFindings(final, inputs.flows, shown));
      if (app?.exited)
        findings.push(
          smokeFinding('smoke-app-exited', {
            title: 'The app exited',
            message: `The app of start-command ${app.exited} while the flows ran.${logTail(app.lastLines)}`,
          }),
        );
      if (recheck && first !== final) findings.push(...recheckNotes(first, recheck));
      // A step that passed on the recheck counts as passed; what still fails at the end counts as failed.
      const passed = tally(first).passed + (recheck ? tally(recheck).passed : 0);
      const failedCount = tally(final).failed;
      const durationMs = Math.round(performance.now() - started);
      const sections = [{ title: 'Steps', markdown: stepsTable(first, recheck) }];
      const outage = final.ok ? 'passing' : 'failing';
      if (inputs['alert-issue'] && ctx.event.name === 'schedule') {
        const alert = await updateOutageIssue(ctx, {
          failing: !final.ok,
          alertAfter: inputs['alert-after'],
          body: ctx.secrets.redact(sections[0].markdown),
        });
        sections.push({ title: 'Outage alert', markdown: alert.summary });
        if (alert.warning)
          findings.push(
            smokeFinding('smoke-alert-unavailable', { title: 'Outage alert not updated', message: alert.warning }),
          );
      } else if (inputs['alert-issue']) {
        ctx.log.info(`alert-issue only acts on schedule runs; this is a ${ctx.event.name} run.`);
      }
      const failedChecks = final.flows.filter((f) => !f.ok).length + final.urls.filter((u) => !u.ok).length;
      return finish(
        {
          findings,
          metrics: {
            passed,
            failed: failedCount,
            durationMs,
            state: outage,
            rechecked: Boolean(recheck),
            flows: first.flows.map((f) => ({ name: f.flow.name, ok: f.ok, ms: Math.round(f.ms) })),
          },
          sections,
          outputs: { passed: String(passed), failed: String(failedCount), 'duration-ms': String(durationMs) },
        },
        failedChecks,
      );
    } finally {
      await client.close();
    }
  },
});

/**
 * Credentials in base-url or a quick-check URL are secrets (every spelling of them); returns how to show a URL
 * without them.
 */
function registerUrlCredentials(urls: string[], ctx: CheckContext): (url: string) => string {
  for (const u of urls) for (const secret of urlCredentials(u).secrets) ctx.secrets.add(secret);
  // A URL from a pull request's flow file may hold a newline (the URL parser drops it, the log would not).
  return (u: string) => oneLine(urlCredentials(u).url);
}

function logTail(lines: string[]): string {
  return lines.length ? ` Last log lines:\n${lines.slice(-15).join('\n')}` : '';
}

interface Attempt {
  ok: boolean;
  urls: UrlResult[];
  flows: FlowResult[];
}

async function runAll(
  urls: string[],
  file: FlowFile | undefined,
  baseUrl: string | undefined,
  client: HttpClient,
  ctx: CheckContext,
  shown: (url: string) => string,
): Promise<Attempt> {
  const urlResults: UrlResult[] = [];
  for (const u of urls) urlResults.push({ ...(await checkUrl(client, u, baseUrl)), url: shown(u) });
  const flows: FlowResult[] = [];
  for (const flow of file?.flows ?? []) {
    const result = await runFlow(flow, {
      client,
      baseUrl,
      env: ctx.env,
      onSecret: (v) => ctx.secrets.add(v),
      redact: (t) => ctx.secrets.redact(t),
    });
    ctx.log.info(`${result.ok ? 'PASS' : 'FAIL'} ${oneLine(flow.name)} (${Math.round(result.ms)} ms)`);
    flows.push(result);
  }
  return { ok: urlResults.every((u) => u.ok) && flows.every((f) => f.ok), urls: urlResults, flows };
}

function tally(attempt: Attempt): { passed: number; failed: number } {
  const results = [
    ...attempt.urls.map((u) => u.ok),
    ...attempt.flows.flatMap((f) => f.steps.filter((s) => !s.skipped).map((s) => s.ok)),
  ];
  return { passed: results.filter(Boolean).length, failed: results.filter((ok) => !ok).length };
}

function attemptFindings(attempt: Attempt, flowsFile: string, shown: (url: string) => string): Finding[] {
  const findings: Finding[] = [];
  for (const u of attempt.urls.filter((x) => !x.ok)) {
    findings.push(
      smokeFinding('smoke-url-failed', { title: `Quick check ${shown(u.url)}`, message: u.problem ?? 'failed' }),
    );
  }
  for (const f of attempt.flows) {
    for (const s of f.steps.filter((x) => !x.ok && !x.skipped)) {
      const got =
        s.status !== undefined
          ? ` Got HTTP ${s.status} in ${Math.round(s.ms)} ms${s.attempts > 1 ? ` after ${s.attempts} attempts` : ''}.`
          : '';
      const body = s.excerpt !== undefined ? ` Body: ${JSON.stringify(s.excerpt)}` : '';
      findings.push(
        smokeFinding(
          s.networkError
            ? 'smoke-unreachable'
            : s.unverified
              ? 'smoke-signature-not-verified'
              : s.unlimited
                ? 'smoke-no-rate-limit'
                : s.health && s.failures.some((x) => x.startsWith('dependency '))
                  ? 'smoke-dependency-failed'
                  : 'smoke-step-failed',
          {
            title: `${f.flow.name} › ${s.step}`,
            message: `${s.failures.join('; ')}.${got}${body}`,
            file: flowsFile,
            line: s.line,
          },
        ),
      );
    }
    for (const s of f.steps) {
      for (const m of s.headerMisses ?? [])
        findings.push(
          smokeFinding('smoke-header-missing', {
            title: `${f.flow.name} › ${s.step}: ${m.header}`,
            message: `${m.header} ${m.problem}; ${m.fix}.`,
            file: flowsFile,
            line: s.line,
          }),
        );
      for (const d of s.health?.dependencies.filter((x) => x.status === 'warn') ?? [])
        findings.push(
          smokeFinding('smoke-dependency-warn', {
            title: `${f.flow.name} › ${s.step} › ${d.name}`,
            message: `The health answer reports ${d.name} as ${d.detail}.`,
            file: flowsFile,
            line: s.line,
          }),
        );
    }
    if (f.overBudget) {
      findings.push(
        smokeFinding('smoke-flow-too-slow', {
          title: `${f.flow.name} too slow`,
          message: `The flow took ${Math.round(f.ms)} ms; its max-duration-ms is ${f.flow['max-duration-ms']}.`,
          file: flowsFile,
          line: f.flow.line,
        }),
      );
    }
  }
  return findings;
}

function recheckNotes(first: Attempt, recheck: Attempt): Finding[] {
  if (!recheck.ok) return [];
  const failed = first.flows.filter((f) => !f.ok).length + first.urls.filter((u) => !u.ok).length;
  return [
    smokeFinding('smoke-flaky', {
      title: 'Passed on recheck',
      message: `${failed} check(s) failed on the first attempt and passed on the recheck: a flaky dependency or a slow rollout.`,
    }),
  ];
}

const HEALTH_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

function stepsTable(first: Attempt, recheck?: Attempt): string {
  const rows: (string | number)[][] = [];
  const add = (attempt: Attempt, label: string) => {
    for (const u of attempt.urls)
      rows.push([
        label,
        'quick check',
        u.url,
        u.status ?? '—',
        u.ms !== undefined ? Math.round(u.ms) : '—',
        u.ok ? '✅ pass' : `❌ ${u.problem}`,
      ]);
    for (const f of attempt.flows) {
      for (const s of f.steps) {
        rows.push([
          label,
          f.flow.name,
          s.step,
          s.status ?? '—',
          s.skipped ? '—' : Math.round(s.ms),
          s.ok ? `✅ ${s.note ?? 'pass'}` : s.skipped ? '⏭ not run' : `❌ ${s.failures[0]}`,
        ]);
        for (const d of s.health?.dependencies ?? [])
          rows.push([label, f.flow.name, `${s.step} › ${d.name}`, '—', '—', `${HEALTH_ICON[d.status]} ${d.detail}`]);
      }
      if (f.flow['max-duration-ms'] !== undefined)
        rows.push([
          label,
          f.flow.name,
          '(whole flow)',
          '—',
          Math.round(f.ms),
          f.overBudget ? `❌ over ${f.flow['max-duration-ms']} ms` : `✅ within ${f.flow['max-duration-ms']} ms`,
        ]);
    }
  };
  add(first, recheck ? 'first' : '1');
  if (recheck) add(recheck, 'recheck');
  const header = ['Attempt', 'Flow', 'Step', 'Status', 'Time (ms)', 'Result'];
  return recheck
    ? table(header, rows)
    : table(
        header.slice(1),
        rows.map((r) => r.slice(1)),
      );
}
