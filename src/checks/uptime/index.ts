import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { defineCheck } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { bool, integer, list, text } from '../../core/inputs.js';
import {
  historyInputs,
  historyName,
  isUptime,
  mergeParsed,
  monthFile,
  openHistory,
  parseHistory,
  runUrlOf,
  unknownKindsText,
  type HistoryRecord,
  type ParsedHistory,
} from '../../core/history.js';
import { table } from '../../core/markdown.js';
import { loadYaml } from '../../core/yaml-file.js';
import { readCaFile } from '../http/ca-file.js';
import { HttpClient } from '../http/client.js';
import { catalogTable } from '../http/finding-catalog.js';
import { envReferences } from '../http/template.js';
import { readFlowFile, type FlowFile } from '../smoke-test/flow-file.js';
import {
  issueChannel,
  openOutages,
  slackChannel,
  webhookChannel,
  type AlertChannel,
  type AlertContext,
} from './alerts.js';
import { writeDashboard } from './dashboard.js';
import { UPTIME_FINDINGS, uptimeFinding } from './findings.js';
import { toProbe, toRecord } from './history.js';
import { formatDuration, replay, type CheckState, type Thresholds } from './state.js';
import { flowTarget, urlTarget } from './targets.js';
import { realClock, watch, type Clock, type Target } from './watch.js';
import { groupBy } from '../../core/group-by.js';

/** Tests replace the clock so that a watch of minutes takes none. */
export const clockFor = { current: realClock as Clock };

/** Setup, the last round and the alerts and history writes need this much of the job's time after the watch. */
const MARGIN_MINUTES = 1;
/** Server text on one line: a workflow command (`::error::`) only works at the start of a line. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export const uptime = defineCheck({
  name: 'uptime',
  section: 'uptime',
  impact: {
    default: 'access',
    reach: 'everyone',
    fix: 'Bring the failing check back up; the alert names what failed and since when.',
    byRule: { 'uptime-degraded': 'speed', 'uptime-recovered': 'hygiene', 'uptime-history-corrupt': 'hygiene' },
  },
  readmeTables: { 'findings:uptime': () => catalogTable(UPTIME_FINDINGS) },
  title: 'launchgate uptime',
  description:
    'Checks URLs and flows every minute inside a scheduled run, alerts Slack, a webhook or an issue once per outage, keeps the history and renders a status page.',
  branding: { icon: 'radio', color: 'green' },
  inputs: {
    urls: list('URLs to check, one per line: each must answer 2xx, or 3xx to the same site (the smoke gate rule).'),
    flows: text('Smoke flow file (same format as the smoke gate) whose flows are checked too; empty for none.'),
    'base-url': text('Base URL for relative URLs and flows (or the flow file sets base-url).'),
    'watch-minutes': integer(
      'Minutes to keep checking within this run (0 = one round). Match it to the schedule: 5 for */5.',
      '0',
      0,
      355,
    ),
    'interval-s': integer('Seconds between rounds of checks while watching (at least 10).', '60', 10, 3600),
    'job-timeout-minutes': integer(
      "The job's timeout-minutes (GitHub's default is 360): watch-minutes plus a minute must fit in it.",
      '360',
      1,
      360,
    ),
    'alert-after': integer('Consecutive failed checks before a check is down and an alert is sent.', '2', 1, 100),
    'slow-ms': integer(
      'A passing check slower than this (ms) counts as slow; 0 turns degraded alerts off.',
      '0',
      0,
      600000,
    ),
    'slow-after': integer('Consecutive slow checks before a degraded alert.', '3', 1, 100),
    'timeout-ms': integer('Timeout of each request in milliseconds.', '10000', 1, 120000),
    retries: integer('Retries per request on network errors and 5xx before a check counts as failed.', '0', 0, 5),
    'ca-file': text('PEM file of an extra CA to trust (private or test CA).'),
    'slack-webhook': text('Slack incoming-webhook URL (pass it from a secret); empty for no Slack alerts.', '', {
      secret: true,
    }),
    webhook: text('URL that receives a JSON POST per change of status (pass it from a secret); empty for none.', '', {
      secret: true,
    }),
    'webhook-secret': text(
      'Key of the HMAC-SHA256 signature of each webhook body, sent as x-launchgate-signature-256: sha256=<hex>.',
      '',
      { secret: true },
    ),
    'alert-issue': bool(
      'Open a GitHub issue (label launchgate-uptime) on an outage; comment and close it on recovery.',
      'false',
    ),
    ...historyInputs('each result'),
    dashboard: bool('Render the status page (index.html) and SVG badges into dashboard-dir from the history.', 'false'),
    'dashboard-dir': text('Folder the status page and badges are written to.', 'uptime-dashboard'),
  },
  outputs: {
    status: { description: 'up, degraded or down: the worst status of any check at the end of the run.' },
    checks: { description: 'Number of checks made (targets × rounds).' },
    alerts: { description: 'Number of alerts delivered.' },
    'dashboard-dir': { description: 'Where the status page was written (when dashboard is true).' },
  },
  async run(inputs, ctx) {
    if (inputs['watch-minutes'] + MARGIN_MINUTES > inputs['job-timeout-minutes'])
      throw new UserError(
        `Input 'watch-minutes' is ${inputs['watch-minutes']} but 'job-timeout-minutes' is ${inputs['job-timeout-minutes']}: ` +
          `the watch needs ${MARGIN_MINUTES} minute more than it lasts for setup, alerts and history. ` +
          `Watch at most ${inputs['job-timeout-minutes'] - MARGIN_MINUTES} minutes, or raise the job's timeout-minutes and this input.`,
      );
    let file: FlowFile | undefined;
    if (inputs.flows) {
      const flowsPath = path.resolve(ctx.cwd, inputs.flows);
      if (!existsSync(flowsPath)) throw new UserError(`Input 'flows': cannot read ${inputs.flows} (no such file).`);
      file = readFlowFile(loadYaml(flowsPath, inputs.flows));
    }
    if (inputs.urls.length === 0 && !file)
      throw new UserError(`Nothing to check: give URLs in input 'urls' or a flow file in input 'flows'.`);
    const baseUrl = inputs['base-url'] || file?.baseUrl;
    if (baseUrl && !/^https?:\/\/[^/]/.test(baseUrl))
      throw new UserError(`Input 'base-url' got ${JSON.stringify(baseUrl)}; accepted: an http:// or https:// URL.`);
    const missing = [...envReferences(file?.flows ?? [])].filter((name) => ctx.env[name] === undefined);
    if (missing.length > 0)
      throw new UserError(
        `${inputs.flows}: environment variable(s) ${missing.join(', ')} used by the flows are not set; no request was sent.`,
      );
    for (const name of envReferences(file?.flows ?? [])) ctx.secrets.add(ctx.env[name]);
    for (const url of [inputs['slack-webhook'], inputs.webhook])
      if (url && !/^https?:\/\/[^/]/.test(url))
        throw new UserError(
          `A webhook input got a value that is not an http(s) URL (value masked); accepted: https://….`,
        );
    if (inputs['alert-issue'] && !ctx.github)
      throw new UserError(
        `Input 'alert-issue' needs the GitHub API: give 'github-token' (the default \${{ github.token }}) and run in a repository.`,
      );
    const store = openHistory(ctx, inputs.history, inputs['history-branch']);

    const thresholds: Thresholds = {
      alertAfter: inputs['alert-after'],
      slowMs: inputs['slow-ms'],
      slowAfter: inputs['slow-after'],
    };
    const ca = readCaFile(ctx.cwd, inputs['ca-file']);
    const client = new HttpClient({ timeoutMs: inputs['timeout-ms'], retries: inputs.retries, ca });
    const alertClient = new HttpClient({ timeoutMs: 10000, retries: 2 });
    const runUrl = runUrlOf(ctx.env);
    const alertCtx: AlertContext = { runUrl, repository: ctx.env.GITHUB_REPOSITORY, secrets: ctx.secrets };
    const channels: AlertChannel[] = [];
    if (inputs['slack-webhook']) channels.push(slackChannel(inputs['slack-webhook'], alertClient, alertCtx));
    if (inputs.webhook) channels.push(webhookChannel(inputs.webhook, inputs['webhook-secret'], alertClient, alertCtx));
    if (inputs['alert-issue']) channels.push(issueChannel(ctx.github!, alertCtx));

    const targets: Target[] = [
      ...inputs.urls.map((u) => urlTarget(u, client, baseUrl)),
      ...(file?.flows ?? []).map((f) =>
        flowTarget(
          f,
          client,
          baseUrl,
          ctx.env,
          (v) => ctx.secrets.add(v),
          (t) => ctx.secrets.redact(t),
        ),
      ),
    ];
    const names = targets.map((t) => t.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new UserError(`Two checks are named ${JSON.stringify(dup)}; give each URL and flow once.`);

    const findings: Finding[] = [];
    const clock = clockFor.current;
    // A check's name as the history keeps it: cut, and masked like every record (a flow named after a user whose
    // name is an env secret), so the earlier runs' records are found by it.
    const storedName = (name: string) => ctx.secrets.redact(historyName(name));
    // The earlier runs' results give each check its starting state, so an outage that began in the last run is
    // not announced again, and its recovery is. Latency and deploy records of the same files go to the page.
    const earlier: ParsedHistory = { records: [], corrupt: [], unknownKinds: new Map() };
    const initial = new Map<string, CheckState>();
    try {
      if (store) {
        const now = clock.now();
        for (const month of [monthFile(now - 32 * 86400_000), monthFile(now)].filter((m, i, a) => a.indexOf(m) === i)) {
          const got = await store.read(month);
          if (!got) continue;
          const parsed = parseHistory(got.text, month);
          mergeParsed(earlier, parsed);
          if (parsed.corrupt.length)
            findings.push(
              corruptFinding(
                month,
                parsed.corrupt.map((c) => c.line),
              ),
            );
        }
        if (earlier.unknownKinds.size)
          ctx.log.info(
            `history: skipped records of kinds this version does not know (a newer launchgate wrote them): ${unknownKindsText(earlier.unknownKinds)}`,
          );
        const checks = earlier.records.filter(isUptime);
        for (const name of names) {
          const stored = storedName(name);
          const own = checks.filter((r) => r.check === stored).slice(-1000);
          initial.set(name, replay(name, own.map(toProbe), thresholds).state);
        }
      } else if (inputs['alert-issue']) {
        for (const [stored, since] of await openOutages(ctx.github!))
          for (const name of names.filter((n) => ctx.secrets.redact(n) === stored))
            initial.set(name, {
              status: 'down',
              since,
              failStreak: thresholds.alertAfter,
              failStreakStart: since,
              slowStreak: 0,
              cause: 'the outage of the open issue',
            });
      }
      const records: HistoryRecord[] = [];
      let delivered = 0;
      ctx.log.info(
        `Checking ${names.length} target(s)${inputs['watch-minutes'] ? ` every ${inputs['interval-s']} s for ${inputs['watch-minutes']} min` : ' once'}.`,
      );
      const result = await watch({
        targets,
        clock,
        watchMs: inputs['watch-minutes'] * 60_000,
        intervalMs: inputs['interval-s'] * 1000,
        thresholds,
        initial,
        onProbe: (check, probe) => {
          records.push(toRecord(check, probe, thresholds.slowMs));
          ctx.log.info(
            `${iso(probe.at)} ${probe.ok ? 'ok  ' : 'FAIL'} ${check}${probe.ms !== undefined ? ` ${Math.round(probe.ms)} ms` : ''}${probe.error ? `: ${oneLine(probe.error)}` : ''}`,
          );
        },
        onTransition: async (t) => {
          ctx.log.info(`${t.check}: ${t.from} → ${t.to}`);
          const failures: string[] = [];
          for (const channel of channels) {
            try {
              if (await channel.send(t)) delivered++;
            } catch (err) {
              failures.push(`${channel.name}: ${errorMessage(err)}`);
            }
          }
          if (failures.length) throw new Error(failures.join('; '));
        },
      });
      for (const { transition: t, error } of result.alertErrors)
        findings.push(
          uptimeFinding('uptime-alert-failed', {
            title: `Alert not delivered: ${t.check} ${t.to}`,
            message: `The ${t.from} → ${t.to} alert of ${t.check} at ${iso(t.at)} was not delivered: ${errorMessage(error)}`,
          }),
        );

      let historyNote = 'history is off';
      if (store) {
        try {
          const corrupt = await store.append(
            records,
            `launchgate uptime: ${records.length} result(s)${runUrl ? ` from ${runUrl}` : ''}`,
          );
          historyNote = `${records.length} result(s) appended to ${inputs['history-branch']}`;
          const fresh = corrupt.filter((c) => !findings.some((f) => f.file === c.file));
          for (const [month, lines] of groupLines(fresh)) findings.push(corruptFinding(month, lines));
        } catch (err) {
          findings.push(
            uptimeFinding('uptime-history-failed', {
              title: 'History not written',
              message: `${records.length} result(s) could not be appended to branch ${inputs['history-branch']}: ${errorMessage(err)}. They are in this report's metrics.`,
            }),
          );
          historyNote = 'history write failed';
        }
      }

      for (const [name, state] of result.states) {
        if (state.status === 'down')
          findings.push(
            uptimeFinding('uptime-down', {
              title: `${name} is down`,
              message: `${name} is down since ${iso(state.since!)} (${formatDuration(clock.now() - state.since!)}): ${state.cause}`,
            }),
          );
        else if (state.status === 'degraded')
          findings.push(
            uptimeFinding('uptime-degraded', {
              title: `${name} is slow`,
              message: `${name} is degraded since ${iso(state.since!)}: ${state.cause}`,
            }),
          );
      }
      for (const t of result.transitions.filter((x) => x.to === 'up'))
        findings.push(
          uptimeFinding('uptime-recovered', {
            title: `${t.check} recovered`,
            message: `${t.check} was ${t.from} for ${formatDuration(t.durationMs ?? 0)} (${iso(t.since)} to ${iso(t.at)}): ${t.cause}`,
          }),
        );

      const statuses = [...result.states.values()].map((s) => s.status);
      const worst = statuses.includes('down') ? 'down' : statuses.includes('degraded') ? 'degraded' : 'up';
      const sections = [
        { title: 'Checks', markdown: checksTable(names, result.probes, result.states) },
        {
          title: 'Alerts',
          markdown:
            result.transitions.length === 0
              ? `No change of status; no alert sent (${channels.map((c) => c.name).join(', ') || 'no channel configured'}). ${historyNote}.`
              : table(
                  ['Time', 'Check', 'Change', 'Cause'],
                  result.transitions.map((t) => [iso(t.at), t.check, `${t.from} → ${t.to}`, t.cause]),
                ) + `\n\n${delivered} alert(s) delivered; ${historyNote}.`,
        },
      ];
      const outputs: Record<string, string> = {
        status: worst,
        checks: String(result.probes.length),
        alerts: String(delivered),
      };
      if (inputs.dashboard) {
        const dir = path.resolve(ctx.cwd, inputs['dashboard-dir']);
        mkdirSync(dir, { recursive: true });
        const all = [...earlier.records, ...records];
        const files = writeDashboard(dir, all, { thresholds, now: clock.now(), secrets: ctx.secrets });
        outputs['dashboard-dir'] = dir;
        ctx.log.info(
          `Status page written to ${path.join(dir, 'index.html')}, with ${files.length - 1} badge(s) in ${path.join(dir, 'badges')}.`,
        );
      }
      return {
        findings,
        metrics: {
          rounds: result.rounds,
          status: worst,
          states: Object.fromEntries([...result.states].map(([n, s]) => [n, s.status])),
          transitions: result.transitions.map((t) => ({ ...t, at: iso(t.at), since: iso(t.since) })),
          alertsDelivered: delivered,
          results: records,
        },
        sections,
        outputs,
      };
    } finally {
      await client.close();
      await alertClient.close();
    }
  },
});

function corruptFinding(file: string, lines: number[]): Finding {
  return uptimeFinding('uptime-history-corrupt', {
    title: 'Corrupt history lines skipped',
    message: `${lines.length} line(s) of ${file} are not valid records (line ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}); they were skipped and left in the file as they are.`,
    file,
    line: lines[0],
  });
}

function groupLines(corrupt: { file: string; line: number }[]): Map<string, number[]> {
  return new Map([...groupBy(corrupt, (c) => c.file)].map(([file, list]) => [file, list.map((c) => c.line)]));
}

function checksTable(
  names: string[],
  probes: { check: string; probe: { ok: boolean; ms?: number } }[],
  states: Map<string, CheckState>,
): string {
  return table(
    ['Check', 'Status', 'Checks', 'Failed', 'Slowest (ms)'],
    names.map((n) => {
      const own = probes.filter((p) => p.check === n);
      const ms = own.map((p) => p.probe.ms ?? 0);
      return [
        n,
        states.get(n)!.status,
        own.length,
        own.filter((p) => !p.probe.ok).length,
        Math.round(Math.max(0, ...ms)),
      ];
    }),
  );
}
