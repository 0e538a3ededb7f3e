import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { bool, integer, list, text } from '../../core/inputs.js';
import { table } from '../../core/markdown.js';
import { loadYaml } from '../../core/yaml-file.js';
import { readCaFile } from '../http/ca-file.js';
import { HttpClient, sleep } from '../http/client.js';
import { envReferences } from '../http/template.js';
import { readFlowFile, type FlowFile } from './flow-file.js';
import { runFlow, type FlowResult } from './runner.js';
import { checkUrl, type UrlResult } from './quick-check.js';
import { waitForReady } from './ready.js';
import { updateOutageIssue } from './uptime.js';
import { starter } from './starter.js';

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
      'smoke-alert-unavailable': {
        class: 'hygiene',
        reach: 'few',
        fix: 'Fix the alert channel settings so a failure reaches someone.',
      },
    },
  },
  starter,
  title: 'launchgate smoke test',
  description: 'After a deploy, proves the home page loads, login works and a critical workflow completes in time.',
  branding: { icon: 'activity', color: 'green' },
  inputs: {
    'base-url': text('Base URL of the deployed app (required unless the flow file sets base-url).'),
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
  },
  outputs: {
    passed: { description: 'Number of passing steps.' },
    failed: { description: 'Number of failing steps.' },
    'duration-ms': { description: 'Total time of all flows in milliseconds.' },
  },
  async run(inputs, ctx) {
    const started = performance.now();
    const flowsPath = path.resolve(ctx.cwd, inputs.flows);
    let file: FlowFile | undefined;
    if (existsSync(flowsPath)) file = readFlowFile(loadYaml(flowsPath, inputs.flows));
    else if (inputs.urls.length === 0 || inputs.flows !== DEFAULT_FLOWS) {
      throw new UserError(
        `Input 'flows': cannot read ${inputs.flows} (no such file); give a flow file, or quick checks in input 'urls'.`,
      );
    }
    const baseUrl = inputs['base-url'] || file?.baseUrl;
    if (baseUrl) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(baseUrl);
      } catch {
        parsed = undefined;
      }
      if (!parsed || !/^https?:$/.test(parsed.protocol))
        throw new UserError(`Input 'base-url' got ${JSON.stringify(baseUrl)}; accepted: an http:// or https:// URL.`);
    }
    const missing = [...envReferences(file?.flows ?? [])].filter((name) => ctx.env[name] === undefined);
    if (missing.length > 0) {
      throw new UserError(
        `${inputs.flows}: environment variable(s) ${missing.join(', ')} used by the flows are not set; no request was sent.`,
      );
    }
    for (const name of envReferences(file?.flows ?? [])) ctx.secrets.add(ctx.env[name]);
    const ca = readCaFile(ctx.cwd, inputs['ca-file']);
    const client = new HttpClient({
      timeoutMs: inputs['timeout-ms'],
      retries: inputs.retries,
      ca,
      onRetry: (attempt, reason) => ctx.log.info(`retry ${attempt}/${inputs.retries}: ${reason}`),
    });
    try {
      const findings: Finding[] = [];
      if (inputs['wait-for-ready'] > 0) {
        if (!baseUrl) throw new UserError(`Input 'wait-for-ready' needs a base-url to poll.`);
        const ready = await waitForReady(client, baseUrl, inputs['wait-for-ready']);
        ctx.log.info(
          ready.ok
            ? `${baseUrl} answered after ${ready.seconds.toFixed(1)} s`
            : `${baseUrl} did not answer within ${inputs['wait-for-ready']} s`,
        );
        if (!ready.ok) {
          findings.push({
            ruleId: 'smoke-not-ready',
            severity: 'error',
            title: 'App not ready',
            message: `${baseUrl} did not answer within wait-for-ready (${inputs['wait-for-ready']} s): ${ready.last}`,
          });
          return {
            findings,
            metrics: { ready: false },
            outputs: { passed: '0', failed: '0', 'duration-ms': String(Math.round(performance.now() - started)) },
          };
        }
      }
      const attempt = () => runAll(inputs.urls, file, baseUrl, client, ctx);
      const first = await attempt();
      let recheck: Attempt | undefined;
      if (inputs['recheck-after-s'] > 0 && !first.ok) {
        ctx.log.info(`Smoke test failed; checking again in ${inputs['recheck-after-s']} s before calling it.`);
        await sleep(inputs['recheck-after-s'] * 1000);
        const failingFlows = file ? { ...file, flows: first.flows.filter((f) => !f.ok).map((f) => f.flow) } : undefined;
        const failingUrls = first.urls.filter((u) => !u.ok).map((u) => u.url);
        recheck = await runAll(failingUrls, failingFlows, baseUrl, client, ctx);
      }
      const final = recheck ?? first;
      findings.push(...attemptFindings(final, inputs.flows));
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
          body: sections[0].markdown,
        });
        sections.push({ title: 'Outage alert', markdown: alert.summary });
        if (alert.warning)
          findings.push({
            ruleId: 'smoke-alert-unavailable',
            severity: 'warning',
            title: 'Outage alert not updated',
            message: alert.warning,
          });
      } else if (inputs['alert-issue']) {
        ctx.log.info(`alert-issue only acts on schedule runs; this is a ${ctx.event.name} run.`);
      }
      return {
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
      };
    } finally {
      await client.close();
    }
  },
});

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
): Promise<Attempt> {
  const urlResults: UrlResult[] = [];
  for (const url of urls) urlResults.push(await checkUrl(client, url, baseUrl));
  const flows: FlowResult[] = [];
  for (const flow of file?.flows ?? []) {
    const result = await runFlow(flow, { client, baseUrl, env: ctx.env, onSecret: (v) => ctx.secrets.add(v) });
    ctx.log.info(`${result.ok ? 'PASS' : 'FAIL'} ${flow.name} (${Math.round(result.ms)} ms)`);
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

function attemptFindings(attempt: Attempt, flowsFile: string): Finding[] {
  const findings: Finding[] = [];
  for (const u of attempt.urls.filter((x) => !x.ok)) {
    findings.push({
      ruleId: 'smoke-url-failed',
      severity: 'error',
      title: `Quick check ${u.url}`,
      message: u.problem ?? 'failed',
    });
  }
  for (const f of attempt.flows) {
    for (const s of f.steps.filter((x) => !x.ok && !x.skipped)) {
      const got =
        s.status !== undefined
          ? ` Got HTTP ${s.status} in ${Math.round(s.ms)} ms${s.attempts > 1 ? ` after ${s.attempts} attempts` : ''}.`
          : '';
      const body = s.excerpt !== undefined ? ` Body: ${JSON.stringify(s.excerpt)}` : '';
      findings.push({
        ruleId: s.networkError ? 'smoke-unreachable' : 'smoke-step-failed',
        severity: 'error',
        title: `${f.flow.name} › ${s.step}`,
        message: `${s.failures.join('; ')}.${got}${body}`,
        file: flowsFile,
        line: s.line,
      });
    }
    if (f.overBudget) {
      findings.push({
        ruleId: 'smoke-flow-too-slow',
        severity: 'error',
        title: `${f.flow.name} too slow`,
        message: `The flow took ${Math.round(f.ms)} ms; its max-duration-ms is ${f.flow['max-duration-ms']}.`,
        file: flowsFile,
        line: f.flow.line,
      });
    }
  }
  return findings;
}

function recheckNotes(first: Attempt, recheck: Attempt): Finding[] {
  if (!recheck.ok) return [];
  const failed = first.flows.filter((f) => !f.ok).length + first.urls.filter((u) => !u.ok).length;
  return [
    {
      ruleId: 'smoke-flaky',
      severity: 'warning',
      title: 'Passed on recheck',
      message: `${failed} check(s) failed on the first attempt and passed on the recheck: a flaky dependency or a slow rollout.`,
    },
  ];
}

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
      for (const s of f.steps)
        rows.push([
          label,
          f.flow.name,
          s.step,
          s.status ?? '—',
          s.skipped ? '—' : Math.round(s.ms),
          s.ok ? '✅ pass' : s.skipped ? '⏭ not run' : `❌ ${s.failures[0]}`,
        ]);
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
