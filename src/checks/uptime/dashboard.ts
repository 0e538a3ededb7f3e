import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  isDeploy,
  isHttpLink,
  isLatency,
  isUptime,
  type DeployRecord,
  type HistoryRecord,
  type LatencyRecord,
  type UptimeRecord,
} from '../../core/history.js';
import type { SecretRegistry } from '../../core/secrets.js';
import { toProbe } from './history.js';
import { formatDuration, replay, type Incident, type Status, type Thresholds } from './state.js';
import { groupBy } from '../../core/group-by.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const WINDOWS = [
  ['24 h', DAY],
  ['7 d', 7 * DAY],
  ['30 d', 30 * DAY],
] as const;

export interface DashboardOptions {
  thresholds: Thresholds;
  /** The page's "now" (epoch ms): windows end here. */
  now: number;
  title?: string;
  secrets?: SecretRegistry;
}

export interface CheckSummary {
  check: string;
  slug: string;
  status: Status;
  /** Fraction of passing checks per window, undefined without checks in it. */
  uptime: Record<string, number | undefined>;
  /** The first record's time (epoch ms): a window that starts before it holds less than its name says. */
  since: number;
  errorRate24h?: number;
  p50_24h?: number;
  p95_24h?: number;
  checks24h: number;
  buckets: { start: number; p50?: number; p95?: number; total: number; failed: number }[];
  incidents: Incident[];
  last?: UptimeRecord;
}

/** One latency route's trend: its last runs in time order. */
export interface RouteTrend {
  route: string;
  slug: string;
  points: LatencyRecord[];
  /** The budget of the last run: the chart's horizontal line. */
  budgetMs: number;
  last: LatencyRecord;
}

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * A badge's file name from its check's name, stable from run to run: the scheme and the port are left out
 * (`http://127.0.0.1:43127/health` → `127-0-0-1-health`), since a test or demo app's port changes every run.
 */
export const slugOf = (check: string) =>
  check
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^([^/?#]*?):\d+(?=[/?#]|$)/, '$1')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || (check.trim() === '/' ? 'home' : 'check');

/** Every figure of the page, per check, from the uptime records (in any order; other kinds are left out). */
export function summarize(records: HistoryRecord[], opts: DashboardOptions): CheckSummary[] {
  const byCheck = groupBy(
    records.filter(isUptime).sort((a, b) => Date.parse(a.t) - Date.parse(b.t)),
    (r) => r.check,
  );
  const slugs = new Set<string>();
  const out: CheckSummary[] = [];
  for (const [check, own] of [...byCheck].sort(([a], [b]) => a.localeCompare(b))) {
    let slug = slugOf(check);
    for (let i = 2; slugs.has(slug); i++) slug = `${slugOf(check)}-${i}`;
    slugs.add(slug);
    const { state, incidents } = replay(check, own.map(toProbe), opts.thresholds);
    const inWindow = (ms: number) => own.filter((r) => Date.parse(r.t) > opts.now - ms && Date.parse(r.t) <= opts.now);
    const uptime: CheckSummary['uptime'] = {};
    for (const [label, ms] of WINDOWS) {
      const w = inWindow(ms);
      uptime[label] = w.length ? w.filter((r) => r.status !== 'fail').length / w.length : undefined;
    }
    const day = inWindow(DAY);
    const dayMs = day
      .filter((r) => r.status !== 'fail' && r.ms !== undefined)
      .map((r) => r.ms!)
      .sort((a, b) => a - b);
    // The chart spans the last 7 days of data (or less), in at most 56 buckets.
    const first = Math.max(Date.parse(own[0].t), opts.now - 7 * DAY);
    const span = Math.max(HOUR, opts.now - first);
    const bucketMs = Math.ceil(span / 56 / 60_000) * 60_000;
    const buckets: CheckSummary['buckets'] = [];
    for (let start = opts.now - Math.ceil(span / bucketMs) * bucketMs; start < opts.now; start += bucketMs) {
      const b = own.filter((r) => Date.parse(r.t) > start && Date.parse(r.t) <= start + bucketMs);
      const ms = b
        .filter((r) => r.status !== 'fail' && r.ms !== undefined)
        .map((r) => r.ms!)
        .sort((x, y) => x - y);
      buckets.push({
        start,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        total: b.length,
        failed: b.filter((r) => r.status === 'fail').length,
      });
    }
    out.push({
      check,
      slug,
      status: state.status,
      uptime,
      since: Date.parse(own[0].t),
      errorRate24h: day.length ? day.filter((r) => r.status === 'fail').length / day.length : undefined,
      p50_24h: percentile(dayMs, 50),
      p95_24h: percentile(dayMs, 95),
      checks24h: day.length,
      buckets,
      incidents: incidents.filter((i) => (i.end ?? opts.now) > opts.now - 30 * DAY).reverse(),
      last: own.at(-1),
    });
  }
  return out;
}

/** Runs kept per latency route in its chart, and rows in its table and in the deploys table. */
const TREND_POINTS = 30;
const TABLE_ROWS = 10;
const DEPLOY_ROWS = 15;

/** Per latency route, its last TREND_POINTS runs, by route name. */
export function latencyTrends(records: HistoryRecord[]): RouteTrend[] {
  const byRoute = groupBy(
    records.filter(isLatency).sort((a, b) => Date.parse(a.t) - Date.parse(b.t)),
    (r) => r.route,
  );
  const slugs = new Set<string>();
  return [...byRoute]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([route, own]) => {
      let slug = `latency-${slugOf(route)}`;
      for (let i = 2; slugs.has(slug); i++) slug = `latency-${slugOf(route)}-${i}`;
      slugs.add(slug);
      const points = own.slice(-TREND_POINTS);
      return { route, slug, points, budgetMs: points.at(-1)!.budgetMs, last: points.at(-1)! };
    });
}

/** The last deploys, newest first. */
export function recentDeploys(records: HistoryRecord[], n = DEPLOY_ROWS): DeployRecord[] {
  return records
    .filter(isDeploy)
    .sort((a, b) => Date.parse(b.t) - Date.parse(a.t))
    .slice(0, n);
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pct = (f: number | undefined) =>
  f === undefined ? '—' : `${(Math.floor(f * 10000) / 100).toFixed(f === 1 ? 0 : 2)}%`;
const msText = (ms: number | undefined) => (ms === undefined ? '—' : `${Math.round(ms)} ms`);
/** A p95 under 10 ms keeps a decimal: a fast route's 0.4 ms is not "0 ms". */
const p95Text = (ms: number | undefined) =>
  ms === undefined ? '—' : ms < 10 ? `${(Math.round(ms * 10) / 10).toFixed(1)} ms` : `${Math.round(ms)} ms`;
const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/**
 * The uptime figures a card shows: each window the history covers, then, when the history is shorter than a window,
 * one figure "since <first record>" in place of that window and the longer ones (they would all be the same figure,
 * labelled as more than was measured).
 */
export function uptimeFigures(s: CheckSummary, now: number): { label: string; value: number | undefined }[] {
  const out: { label: string; value: number | undefined }[] = [];
  for (const [label, ms] of WINDOWS) {
    if (s.since > now - ms) {
      out.push({ label: `since ${when(s.since)}`, value: s.uptime[label] });
      break;
    }
    out.push({ label, value: s.uptime[label] });
  }
  return out;
}
const COLORS: Record<Status, string> = { up: '#1a7f37', degraded: '#bf8700', down: '#cf222e' };
const LABEL: Record<Status, string> = { up: 'Up', degraded: 'Degraded', down: 'Down' };

/** p50 and p95 per bucket as two polylines, failed buckets as red ticks; inline SVG with a text fallback. */
function chart(s: CheckSummary): string {
  const W = 640;
  const H = 160;
  const pad = { l: 48, r: 8, t: 10, b: 22 };
  const values = s.buckets.flatMap((b) => [b.p50, b.p95]).filter((v): v is number => v !== undefined);
  const max = Math.max(10, ...values) * 1.1;
  const n = s.buckets.length;
  const x = (i: number) => pad.l + ((W - pad.l - pad.r) * (i + 0.5)) / n;
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const line = (key: 'p50' | 'p95') => {
    const parts: string[] = [];
    let run: string[] = [];
    s.buckets.forEach((b, i) => {
      const v = b[key];
      if (v === undefined) {
        if (run.length) parts.push(run.join(' '));
        run = [];
      } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    if (run.length) parts.push(run.join(' '));
    return parts
      .map((p) =>
        p.includes(' ')
          ? `<polyline class="${key}" points="${p}"/>`
          : `<circle class="${key}" cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="2"/>`,
      )
      .join('');
  };
  const ticks = s.buckets
    .map((b, i) =>
      b.failed ? `<rect class="fail" x="${(x(i) - 2).toFixed(1)}" y="${H - pad.b}" width="4" height="6"/>` : '',
    )
    .join('');
  const grid = [0.5, 1]
    .map(
      (f) =>
        `<line class="grid" x1="${pad.l}" x2="${W - pad.r}" y1="${y((max / 1.1) * f).toFixed(1)}" y2="${y((max / 1.1) * f).toFixed(1)}"/>` +
        `<text x="${pad.l - 4}" y="${(y((max / 1.1) * f) + 4).toFixed(1)}" text-anchor="end">${Math.round((max / 1.1) * f)} ms</text>`,
    )
    .join('');
  const from = s.buckets[0]?.start;
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Response time of ${esc(s.check)}: p50 ${msText(s.p50_24h)}, p95 ${msText(s.p95_24h)} over 24 h">
<title>Response time (p50, p95)</title>${grid}${line('p95')}${line('p50')}${ticks}
<line class="axis" x1="${pad.l}" x2="${W - pad.r}" y1="${H - pad.b}" y2="${H - pad.b}"/>
${from !== undefined ? `<text x="${pad.l}" y="${H - 6}">${when(from)}</text><text x="${W - pad.r}" y="${H - 6}" text-anchor="end">now</text>` : ''}
</svg>`;
}

function incidentsTable(s: CheckSummary, now: number): string {
  if (s.incidents.length === 0) return '<p class="muted">No incidents in the last 30 days.</p>';
  const rows = s.incidents
    .slice(0, 20)
    .map(
      (i) =>
        `<tr><td>${i.kind === 'down' ? 'Outage' : 'Degraded'}</td><td>${when(i.start)}</td><td>${i.end === undefined ? '<strong>ongoing</strong>' : when(i.end)}</td><td>${formatDuration((i.end ?? now) - i.start)}</td><td>${esc(i.cause)}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>Kind</th><th>Start</th><th>End</th><th>Duration</th><th>Cause</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** A route's p95 per run as a line, its budget as a dashed horizontal line, runs over budget as red dots. */
function trendChart(t: RouteTrend): string {
  const W = 640;
  const H = 140;
  const pad = { l: 48, r: 8, t: 10, b: 22 };
  const values = t.points.map((p) => p.p95Ms).filter((v): v is number => v !== undefined);
  const max = Math.max(10, t.budgetMs, ...values) * 1.1;
  const n = t.points.length;
  const x = (i: number) => pad.l + ((W - pad.l - pad.r) * (i + 0.5)) / n;
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const runs: string[][] = [[]];
  t.points.forEach((p, i) => {
    if (p.p95Ms === undefined) runs.push([]);
    else runs.at(-1)!.push(`${x(i).toFixed(1)},${y(p.p95Ms).toFixed(1)}`);
  });
  const line = runs
    .filter((r) => r.length > 1)
    .map((r) => `<polyline class="p95" points="${r.join(' ')}"/>`)
    .join('');
  const dots = t.points
    .map((p, i) =>
      p.p95Ms === undefined
        ? `<rect class="fail" x="${(x(i) - 2).toFixed(1)}" y="${H - pad.b}" width="4" height="6"/>`
        : `<circle class="${p.verdict === 'fail' ? 'over' : 'p95'}" cx="${x(i).toFixed(1)}" cy="${y(p.p95Ms).toFixed(1)}" r="${p.verdict === 'fail' ? 3.5 : 2}"/>`,
    )
    .join('');
  const by = y(t.budgetMs).toFixed(1);
  const from = Date.parse(t.points[0].t);
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="p95 of ${esc(t.route)} over its last ${n} runs against its budget of ${t.budgetMs} ms">
<title>p95 per run against the budget</title>
<line class="budget" x1="${pad.l}" x2="${W - pad.r}" y1="${by}" y2="${by}"/><text x="${pad.l - 4}" y="${(Number(by) + 4).toFixed(1)}" text-anchor="end">${Math.round(t.budgetMs)} ms</text>
${line}${dots}
<line class="axis" x1="${pad.l}" x2="${W - pad.r}" y1="${H - pad.b}" y2="${H - pad.b}"/>
<text x="${pad.l}" y="${H - 6}">${when(from)}</text><text x="${W - pad.r}" y="${H - 6}" text-anchor="end">${when(Date.parse(t.last.t))}</text>
</svg>`;
}

const VERDICT: Record<'pass' | 'fail', string> = {
  pass: '<span class="verdict pass">pass</span>',
  fail: '<span class="verdict fail">fail</span>',
};

function latencySection(trends: RouteTrend[], r: (s: string) => string): string {
  if (trends.length === 0) return '';
  const cards = trends
    .map((t) => {
      const rows = [...t.points]
        .reverse()
        .slice(0, TABLE_ROWS)
        .map(
          (p) =>
            `<tr><td>${when(Date.parse(p.t))}</td><td>${p95Text(p.p95Ms)}</td><td>${msText(p.budgetMs)}</td><td>${VERDICT[p.verdict]}</td></tr>`,
        )
        .join('\n');
      return `<section class="check route" id="${t.slug}">
<h3>${esc(r(t.route))} <span class="status ${t.last.verdict === 'pass' ? 'up' : 'down'}">p95 ${p95Text(t.last.p95Ms)} / ${msText(t.budgetMs)}</span></h3>
<figure>${trendChart({ ...t, route: r(t.route) })}<figcaption><span class="key p95"></span>p95 per run <span class="key budget"></span>budget <span class="key over"></span>over budget or errors <span class="key fail"></span>not measured</figcaption></figure>
<table><thead><tr><th>Run</th><th>p95</th><th>Budget</th><th>Verdict</th></tr></thead><tbody>
${rows}
</tbody></table>
</section>`;
    })
    .join('\n');
  return `<h2 class="part">Latency: p95 per route against its budget</h2>\n${cards}`;
}

/** Only an http(s) link becomes a link: the schema already refuses others; this guards records given directly. */
const safeLink = (u: string | undefined) => (u && isHttpLink(u) ? u : undefined);

function deploysSection(deploys: DeployRecord[], r: (s: string) => string): string {
  if (deploys.length === 0) return '';
  const rows = deploys
    .map((d) => {
      const link = safeLink(d.runUrl);
      return `<tr><td>${when(Date.parse(d.t))}</td><td><code>${d.sha ? esc(d.sha.slice(0, 7)) : '—'}</code></td><td>${d.ref ? esc(r(d.ref)) : '—'}</td><td>${VERDICT[d.verdict]}${d.failed ? ` (${d.failed} failed)` : ''}</td><td>${link ? `<a class="run" href="${esc(link)}">run</a>` : '—'}</td></tr>`;
    })
    .join('\n');
  return `<h2 class="part">Deploys: post-deploy smoke runs</h2>
<section class="check deploys"><table><thead><tr><th>Time</th><th>Commit</th><th>Ref</th><th>Smoke verdict</th><th>Run</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

/** One self-contained page: inline CSS and SVG, no script, readable without JavaScript. */
export function renderDashboard(records: HistoryRecord[], opts: DashboardOptions): string {
  const r = (s: string) => (opts.secrets ? opts.secrets.redact(s) : s);
  const summaries = summarize(
    records
      .filter(isUptime)
      .map((x) => ({ ...x, check: r(x.check), error: x.error === undefined ? undefined : r(x.error) })),
    opts,
  );
  const trends = latencyTrends(records);
  const deploys = recentDeploys(records);
  const title = esc(opts.title ?? 'Status');
  const overall: Status = summaries.some((s) => s.status === 'down')
    ? 'down'
    : summaries.some((s) => s.status === 'degraded')
      ? 'degraded'
      : 'up';
  const banner =
    summaries.length === 0
      ? 'No checks recorded yet'
      : overall === 'up'
        ? 'All systems operational'
        : overall === 'degraded'
          ? 'Some checks are slow'
          : 'Some checks are down';
  const cards = summaries
    .map(
      (s) => `<section class="check" id="${s.slug}">
<h2><span class="dot" style="background:${COLORS[s.status]}"></span>${esc(s.check)} <span class="status ${s.status}">${LABEL[s.status]}</span></h2>
<dl class="figures">
${uptimeFigures(s, opts.now)
  .map((f) => `<div><dt>Uptime ${f.label}</dt><dd>${pct(f.value)}</dd></div>`)
  .join('\n')}
<div><dt>p50 24 h</dt><dd>${msText(s.p50_24h)}</dd></div>
<div><dt>p95 24 h</dt><dd>${msText(s.p95_24h)}</dd></div>
<div><dt>Error rate 24 h</dt><dd>${pct(s.errorRate24h)}</dd></div>
</dl>
<figure>${chart(s)}<figcaption><span class="key p95"></span>p95 <span class="key p50"></span>p50 <span class="key fail"></span>failed checks</figcaption></figure>
${s.last ? `<p class="muted">Last check ${when(Date.parse(s.last.t))}: ${s.last.status}${s.last.ms !== undefined ? `, ${s.last.ms} ms` : ''}${s.last.error ? ` (${esc(s.last.error)})` : ''}. ${s.checks24h} checks in 24 h.</p>` : ''}
<h3>Incidents</h3>
${incidentsTable(s, opts.now)}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f6f8fa;color:#1f2328}
main{max-width:760px;margin:0 auto;padding:24px 16px}
.banner{padding:14px 18px;border-radius:8px;color:#fff;font-weight:600;font-size:18px}
.check{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:8px 18px 14px;margin:18px 0}
h2{font-size:17px;display:flex;align-items:center;gap:8px;word-break:break-all}
.dot{display:inline-block;width:12px;height:12px;border-radius:50%;flex:none}
.status{font-size:13px;padding:2px 8px;border-radius:10px;color:#fff;margin-left:auto}
.status.up{background:#1a7f37}.status.degraded{background:#bf8700}.status.down{background:#cf222e}
.figures{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin:0}
.figures div{background:#f6f8fa;border-radius:6px;padding:6px 10px}
dt{font-size:12px;color:#59636e}dd{margin:0;font-size:18px;font-weight:600}
figure{margin:12px 0 4px}.chart{max-width:100%;height:auto}
.chart text{font-size:10px;fill:#59636e}.chart .axis{stroke:#8c959f}.chart .grid{stroke:#eaeef2}
polyline{fill:none;stroke-width:2}.p95{stroke:#bc4c00}.p50{stroke:#0969da}circle.p95{fill:#bc4c00}circle.p50{fill:#0969da}.fail{fill:#cf222e}
.chart .budget{stroke:#1f2328;stroke-width:1.5;stroke-dasharray:6 4}circle.over{fill:#cf222e}
figcaption{font-size:12px;color:#59636e}.key{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}
.key.p95{background:#bc4c00}.key.p50{background:#0969da}.key.fail{background:#cf222e}.key.over{background:#cf222e;border-radius:50%}
.key.budget{height:0;border-top:2px dashed #1f2328;vertical-align:middle}
h2.part{font-size:19px;margin:32px 0 0}.route h3{display:flex;align-items:center;gap:8px;font-size:16px;word-break:break-all}
.verdict{font-weight:600}.verdict.pass{color:#1a7f37}.verdict.fail{color:#cf222e}code{font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #eaeef2;vertical-align:top}
.muted{color:#59636e;font-size:13px}footer{color:#59636e;font-size:12px;margin-top:24px}
</style></head>
<body><main>
<h1>${title}</h1>
<div class="banner" style="background:${summaries.length ? COLORS[overall] : '#59636e'}">${banner}</div>
${cards}
${latencySection(trends, r)}
${deploysSection(deploys, r)}
<footer>Generated ${when(opts.now)} by launchgate from ${records.length} history records. A check is down after ${opts.thresholds.alertAfter} consecutive failures.</footer>
</main></body></html>
`;
}

/** A flat badge like shields.io's: label on grey, value on its colour; widths from a per-character estimate. */
export function badge(label: string, value: string, color: string): string {
  const width = (s: string) => Math.round(s.length * 6.6 + 12);
  const lw = width(label);
  const vw = width(value);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + vw}" height="20" role="img" aria-label="${esc(label)}: ${esc(value)}"><title>${esc(label)}: ${esc(value)}</title><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle"><text x="${lw / 2}" y="14">${esc(label)}</text><text x="${lw + vw / 2}" y="14">${esc(value)}</text></g></svg>\n`;
}

/** Writes index.html and badges/<check>-{status,uptime,p95}.svg; returns the files written. */
export function writeDashboard(dir: string, records: HistoryRecord[], opts: DashboardOptions): string[] {
  mkdirSync(path.join(dir, 'badges'), { recursive: true });
  const files = [path.join(dir, 'index.html')];
  writeFileSync(files[0], renderDashboard(records, opts));
  const r = (s: string) => (opts.secrets ? opts.secrets.redact(s) : s);
  for (const s of summarize(
    records.filter(isUptime).map((x) => ({ ...x, check: r(x.check) })),
    opts,
  )) {
    const up30 = s.uptime['30 d'];
    const uptimeColor =
      up30 === undefined ? '#9f9f9f' : up30 >= 0.999 ? '#1a7f37' : up30 >= 0.99 ? '#bf8700' : '#cf222e';
    const badges: [string, string][] = [
      [`${s.slug}-status.svg`, badge(s.check.slice(0, 40), LABEL[s.status].toLowerCase(), COLORS[s.status])],
      [
        `${s.slug}-uptime.svg`,
        badge(
          s.since > opts.now - 30 * DAY ? `uptime since ${new Date(s.since).toISOString().slice(0, 10)}` : 'uptime 30d',
          pct(up30),
          uptimeColor,
        ),
      ],
      [`${s.slug}-p95.svg`, badge('p95 24h', msText(s.p95_24h), '#0969da')],
    ];
    for (const [name, svg] of badges) {
      const file = path.join(dir, 'badges', name);
      writeFileSync(file, svg);
      files.push(file);
    }
  }
  return files;
}
