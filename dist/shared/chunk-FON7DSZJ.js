import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  historyName,
  isDeploy,
  isHttpLink,
  isLatency,
  isUptime
} from "./chunk-TPSHQTVP.js";
import {
  groupBy
} from "./chunk-72I7UR5T.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/uptime/state.ts
init_define_LAUNCHGATE_GATES();
var initialState = () => ({ status: "up", failStreak: 0, slowStreak: 0 });
function step(check, prev, probe, t) {
  const s = { ...prev };
  const change = (to, since, cause, durationMs) => {
    const transition = { check, from: s.status, to, at: probe.at, since, cause, excerpt: probe.excerpt };
    if (durationMs !== void 0) transition.durationMs = durationMs;
    s.status = to;
    s.since = to === "up" ? probe.at : since;
    s.cause = to === "up" ? void 0 : cause;
    return transition;
  };
  if (!probe.ok) {
    s.slowStreak = 0;
    s.slowStreakStart = void 0;
    if (s.failStreak === 0) s.failStreakStart = probe.at;
    s.failStreak++;
    if (s.status !== "down" && s.failStreak >= t.alertAfter) {
      const cause = probe.error ?? "failed";
      return { state: s, transition: change("down", s.failStreakStart ?? probe.at, cause) };
    }
    return { state: s };
  }
  s.failStreak = 0;
  s.failStreakStart = void 0;
  const slow = t.slowMs > 0 && probe.ms !== void 0 && probe.ms > t.slowMs;
  if (slow) {
    if (s.slowStreak === 0) s.slowStreakStart = probe.at;
    s.slowStreak++;
  } else {
    s.slowStreak = 0;
    s.slowStreakStart = void 0;
  }
  if (s.status === "down" || s.status === "degraded" && !slow) {
    const since = s.since ?? probe.at;
    const cause = s.cause ?? "";
    return { state: s, transition: change("up", since, cause, probe.at - since) };
  }
  if (s.status === "up" && slow && s.slowStreak >= t.slowAfter) {
    const cause = `${Math.round(probe.ms)} ms, over slow-ms ${t.slowMs} ms on ${s.slowStreak} consecutive checks`;
    return { state: s, transition: change("degraded", s.slowStreakStart ?? probe.at, cause) };
  }
  return { state: s };
}
function replay(check, probes, t, from = initialState()) {
  let state = from;
  const transitions = [];
  const incidents = [];
  for (const probe of probes) {
    const r = step(check, state, probe, t);
    state = r.state;
    if (!r.transition) continue;
    transitions.push(r.transition);
    const open = incidents.at(-1);
    if (open && open.end === void 0) open.end = r.transition.to === "up" ? r.transition.at : r.transition.since;
    if (r.transition.to !== "up")
      incidents.push({ check, kind: r.transition.to, start: r.transition.since, cause: r.transition.cause });
  }
  return { state, transitions, incidents };
}
function formatDuration(ms) {
  const s = Math.max(0, Math.round(ms / 1e3));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}

// src/checks/uptime/history.ts
init_define_LAUNCHGATE_GATES();
function toRecord(check, probe, slowMs) {
  const rec = {
    t: new Date(probe.at).toISOString(),
    check: historyName(check),
    status: !probe.ok ? "fail" : slowMs > 0 && (probe.ms ?? 0) > slowMs ? "slow" : "ok"
  };
  if (probe.ms !== void 0) rec.ms = Math.round(probe.ms);
  if (probe.error) rec.error = probe.error.slice(0, 300);
  return rec;
}
function toProbe(rec) {
  return { at: Date.parse(rec.t), ok: rec.status !== "fail", ms: rec.ms, error: rec.error };
}

// src/checks/uptime/dashboard.ts
init_define_LAUNCHGATE_GATES();
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
var HOUR = 36e5;
var DAY = 24 * HOUR;
var WINDOWS = [
  ["24 h", DAY],
  ["7 d", 7 * DAY],
  ["30 d", 30 * DAY]
];
function percentile(sorted, p) {
  if (sorted.length === 0) return void 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))];
}
var slugOf = (check) => check.toLowerCase().replace(/^https?:\/\//, "").replace(/^([^/?#]*?):\d+(?=[/?#]|$)/, "$1").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || (check.trim() === "/" ? "home" : "check");
function summarize(records, opts) {
  const byCheck = groupBy(
    records.filter(isUptime).sort((a, b) => Date.parse(a.t) - Date.parse(b.t)),
    (r) => r.check
  );
  const slugs = /* @__PURE__ */ new Set();
  const out = [];
  for (const [check, own] of [...byCheck].sort(([a], [b]) => a.localeCompare(b))) {
    let slug = slugOf(check);
    for (let i = 2; slugs.has(slug); i++) slug = `${slugOf(check)}-${i}`;
    slugs.add(slug);
    const { state, incidents } = replay(check, own.map(toProbe), opts.thresholds);
    const inWindow = (ms) => own.filter((r) => Date.parse(r.t) > opts.now - ms && Date.parse(r.t) <= opts.now);
    const uptime = {};
    for (const [label, ms] of WINDOWS) {
      const w = inWindow(ms);
      uptime[label] = w.length ? w.filter((r) => r.status !== "fail").length / w.length : void 0;
    }
    const day = inWindow(DAY);
    const dayMs = day.filter((r) => r.status !== "fail" && r.ms !== void 0).map((r) => r.ms).sort((a, b) => a - b);
    const first = Math.max(Date.parse(own[0].t), opts.now - 7 * DAY);
    const span = Math.max(HOUR, opts.now - first);
    const bucketMs = Math.ceil(span / 56 / 6e4) * 6e4;
    const buckets = [];
    for (let start = opts.now - Math.ceil(span / bucketMs) * bucketMs; start < opts.now; start += bucketMs) {
      const b = own.filter((r) => Date.parse(r.t) > start && Date.parse(r.t) <= start + bucketMs);
      const ms = b.filter((r) => r.status !== "fail" && r.ms !== void 0).map((r) => r.ms).sort((x, y) => x - y);
      buckets.push({
        start,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        total: b.length,
        failed: b.filter((r) => r.status === "fail").length
      });
    }
    out.push({
      check,
      slug,
      status: state.status,
      uptime,
      since: Date.parse(own[0].t),
      errorRate24h: day.length ? day.filter((r) => r.status === "fail").length / day.length : void 0,
      p50_24h: percentile(dayMs, 50),
      p95_24h: percentile(dayMs, 95),
      checks24h: day.length,
      buckets,
      incidents: incidents.filter((i) => (i.end ?? opts.now) > opts.now - 30 * DAY).reverse(),
      last: own.at(-1)
    });
  }
  return out;
}
var TREND_POINTS = 30;
var TABLE_ROWS = 10;
var DEPLOY_ROWS = 15;
function latencyTrends(records) {
  const byRoute = groupBy(
    records.filter(isLatency).sort((a, b) => Date.parse(a.t) - Date.parse(b.t)),
    (r) => r.route
  );
  const slugs = /* @__PURE__ */ new Set();
  return [...byRoute].sort(([a], [b]) => a.localeCompare(b)).map(([route, own]) => {
    let slug = `latency-${slugOf(route)}`;
    for (let i = 2; slugs.has(slug); i++) slug = `latency-${slugOf(route)}-${i}`;
    slugs.add(slug);
    const points = own.slice(-TREND_POINTS);
    return { route, slug, points, budgetMs: points.at(-1).budgetMs, last: points.at(-1) };
  });
}
function recentDeploys(records, n = DEPLOY_ROWS) {
  return records.filter(isDeploy).sort((a, b) => Date.parse(b.t) - Date.parse(a.t)).slice(0, n);
}
var esc = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
var pct = (f) => f === void 0 ? "\u2014" : `${(Math.floor(f * 1e4) / 100).toFixed(f === 1 ? 0 : 2)}%`;
var msText = (ms) => ms === void 0 ? "\u2014" : `${Math.round(ms)} ms`;
var p95Text = (ms) => ms === void 0 ? "\u2014" : ms < 10 ? `${(Math.round(ms * 10) / 10).toFixed(1)} ms` : `${Math.round(ms)} ms`;
var when = (ms) => new Date(ms).toISOString().slice(0, 16).replace("T", " ") + " UTC";
function uptimeFigures(s, now) {
  const out = [];
  for (const [label, ms] of WINDOWS) {
    if (s.since > now - ms) {
      out.push({ label: `since ${when(s.since)}`, value: s.uptime[label] });
      break;
    }
    out.push({ label, value: s.uptime[label] });
  }
  return out;
}
var COLORS = { up: "#1a7f37", degraded: "#bf8700", down: "#cf222e" };
var LABEL = { up: "Up", degraded: "Degraded", down: "Down" };
function chart(s) {
  const W = 640;
  const H = 160;
  const pad = { l: 48, r: 8, t: 10, b: 22 };
  const values = s.buckets.flatMap((b) => [b.p50, b.p95]).filter((v) => v !== void 0);
  const max = Math.max(10, ...values) * 1.1;
  const n = s.buckets.length;
  const x = (i) => pad.l + (W - pad.l - pad.r) * (i + 0.5) / n;
  const y = (v) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const line = (key) => {
    const parts = [];
    let run = [];
    s.buckets.forEach((b, i) => {
      const v = b[key];
      if (v === void 0) {
        if (run.length) parts.push(run.join(" "));
        run = [];
      } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    if (run.length) parts.push(run.join(" "));
    return parts.map(
      (p) => p.includes(" ") ? `<polyline class="${key}" points="${p}"/>` : `<circle class="${key}" cx="${p.split(",")[0]}" cy="${p.split(",")[1]}" r="2"/>`
    ).join("");
  };
  const ticks = s.buckets.map(
    (b, i) => b.failed ? `<rect class="fail" x="${(x(i) - 2).toFixed(1)}" y="${H - pad.b}" width="4" height="6"/>` : ""
  ).join("");
  const grid = [0.5, 1].map(
    (f) => `<line class="grid" x1="${pad.l}" x2="${W - pad.r}" y1="${y(max / 1.1 * f).toFixed(1)}" y2="${y(max / 1.1 * f).toFixed(1)}"/><text x="${pad.l - 4}" y="${(y(max / 1.1 * f) + 4).toFixed(1)}" text-anchor="end">${Math.round(max / 1.1 * f)} ms</text>`
  ).join("");
  const from = s.buckets[0]?.start;
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Response time of ${esc(s.check)}: p50 ${msText(s.p50_24h)}, p95 ${msText(s.p95_24h)} over 24 h">
<title>Response time (p50, p95)</title>${grid}${line("p95")}${line("p50")}${ticks}
<line class="axis" x1="${pad.l}" x2="${W - pad.r}" y1="${H - pad.b}" y2="${H - pad.b}"/>
${from !== void 0 ? `<text x="${pad.l}" y="${H - 6}">${when(from)}</text><text x="${W - pad.r}" y="${H - 6}" text-anchor="end">now</text>` : ""}
</svg>`;
}
function incidentsTable(s, now) {
  if (s.incidents.length === 0) return '<p class="muted">No incidents in the last 30 days.</p>';
  const rows = s.incidents.slice(0, 20).map(
    (i) => `<tr><td>${i.kind === "down" ? "Outage" : "Degraded"}</td><td>${when(i.start)}</td><td>${i.end === void 0 ? "<strong>ongoing</strong>" : when(i.end)}</td><td>${formatDuration((i.end ?? now) - i.start)}</td><td>${esc(i.cause)}</td></tr>`
  ).join("\n");
  return `<table><thead><tr><th>Kind</th><th>Start</th><th>End</th><th>Duration</th><th>Cause</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}
function trendChart(t) {
  const W = 640;
  const H = 140;
  const pad = { l: 48, r: 8, t: 10, b: 22 };
  const values = t.points.map((p) => p.p95Ms).filter((v) => v !== void 0);
  const max = Math.max(10, t.budgetMs, ...values) * 1.1;
  const n = t.points.length;
  const x = (i) => pad.l + (W - pad.l - pad.r) * (i + 0.5) / n;
  const y = (v) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const runs = [[]];
  t.points.forEach((p, i) => {
    if (p.p95Ms === void 0) runs.push([]);
    else runs.at(-1).push(`${x(i).toFixed(1)},${y(p.p95Ms).toFixed(1)}`);
  });
  const line = runs.filter((r) => r.length > 1).map((r) => `<polyline class="p95" points="${r.join(" ")}"/>`).join("");
  const dots = t.points.map(
    (p, i) => p.p95Ms === void 0 ? `<rect class="fail" x="${(x(i) - 2).toFixed(1)}" y="${H - pad.b}" width="4" height="6"/>` : `<circle class="${p.verdict === "fail" ? "over" : "p95"}" cx="${x(i).toFixed(1)}" cy="${y(p.p95Ms).toFixed(1)}" r="${p.verdict === "fail" ? 3.5 : 2}"/>`
  ).join("");
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
var VERDICT = {
  pass: '<span class="verdict pass">pass</span>',
  fail: '<span class="verdict fail">fail</span>'
};
function latencySection(trends, r) {
  if (trends.length === 0) return "";
  const cards = trends.map((t) => {
    const rows = [...t.points].reverse().slice(0, TABLE_ROWS).map(
      (p) => `<tr><td>${when(Date.parse(p.t))}</td><td>${p95Text(p.p95Ms)}</td><td>${msText(p.budgetMs)}</td><td>${VERDICT[p.verdict]}</td></tr>`
    ).join("\n");
    return `<section class="check route" id="${t.slug}">
<h3>${esc(r(t.route))} <span class="status ${t.last.verdict === "pass" ? "up" : "down"}">p95 ${p95Text(t.last.p95Ms)} / ${msText(t.budgetMs)}</span></h3>
<figure>${trendChart({ ...t, route: r(t.route) })}<figcaption><span class="key p95"></span>p95 per run <span class="key budget"></span>budget <span class="key over"></span>over budget or errors <span class="key fail"></span>not measured</figcaption></figure>
<table><thead><tr><th>Run</th><th>p95</th><th>Budget</th><th>Verdict</th></tr></thead><tbody>
${rows}
</tbody></table>
</section>`;
  }).join("\n");
  return `<h2 class="part">Latency: p95 per route against its budget</h2>
${cards}`;
}
var safeLink = (u) => u && isHttpLink(u) ? u : void 0;
function deploysSection(deploys, r) {
  if (deploys.length === 0) return "";
  const rows = deploys.map((d) => {
    const link = safeLink(d.runUrl);
    return `<tr><td>${when(Date.parse(d.t))}</td><td><code>${d.sha ? esc(d.sha.slice(0, 7)) : "\u2014"}</code></td><td>${d.ref ? esc(r(d.ref)) : "\u2014"}</td><td>${VERDICT[d.verdict]}${d.failed ? ` (${d.failed} failed)` : ""}</td><td>${link ? `<a class="run" href="${esc(link)}">run</a>` : "\u2014"}</td></tr>`;
  }).join("\n");
  return `<h2 class="part">Deploys: post-deploy smoke runs</h2>
<section class="check deploys"><table><thead><tr><th>Time</th><th>Commit</th><th>Ref</th><th>Smoke verdict</th><th>Run</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}
function renderDashboard(records, opts) {
  const r = (s) => opts.secrets ? opts.secrets.redact(s) : s;
  const summaries = summarize(
    records.filter(isUptime).map((x) => ({ ...x, check: r(x.check), error: x.error === void 0 ? void 0 : r(x.error) })),
    opts
  );
  const trends = latencyTrends(records);
  const deploys = recentDeploys(records);
  const title = esc(opts.title ?? "Status");
  const overall = summaries.some((s) => s.status === "down") ? "down" : summaries.some((s) => s.status === "degraded") ? "degraded" : "up";
  const banner = summaries.length === 0 ? "No checks recorded yet" : overall === "up" ? "All systems operational" : overall === "degraded" ? "Some checks are slow" : "Some checks are down";
  const cards = summaries.map(
    (s) => `<section class="check" id="${s.slug}">
<h2><span class="dot" style="background:${COLORS[s.status]}"></span>${esc(s.check)} <span class="status ${s.status}">${LABEL[s.status]}</span></h2>
<dl class="figures">
${uptimeFigures(s, opts.now).map((f) => `<div><dt>Uptime ${f.label}</dt><dd>${pct(f.value)}</dd></div>`).join("\n")}
<div><dt>p50 24 h</dt><dd>${msText(s.p50_24h)}</dd></div>
<div><dt>p95 24 h</dt><dd>${msText(s.p95_24h)}</dd></div>
<div><dt>Error rate 24 h</dt><dd>${pct(s.errorRate24h)}</dd></div>
</dl>
<figure>${chart(s)}<figcaption><span class="key p95"></span>p95 <span class="key p50"></span>p50 <span class="key fail"></span>failed checks</figcaption></figure>
${s.last ? `<p class="muted">Last check ${when(Date.parse(s.last.t))}: ${s.last.status}${s.last.ms !== void 0 ? `, ${s.last.ms} ms` : ""}${s.last.error ? ` (${esc(s.last.error)})` : ""}. ${s.checks24h} checks in 24 h.</p>` : ""}
<h3>Incidents</h3>
${incidentsTable(s, opts.now)}
</section>`
  ).join("\n");
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
<div class="banner" style="background:${summaries.length ? COLORS[overall] : "#59636e"}">${banner}</div>
${cards}
${latencySection(trends, r)}
${deploysSection(deploys, r)}
<footer>Generated ${when(opts.now)} by launchgate from ${records.length} history records. A check is down after ${opts.thresholds.alertAfter} consecutive failures.</footer>
</main></body></html>
`;
}
function badge(label, value, color) {
  const width = (s) => Math.round(s.length * 6.6 + 12);
  const lw = width(label);
  const vw = width(value);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + vw}" height="20" role="img" aria-label="${esc(label)}: ${esc(value)}"><title>${esc(label)}: ${esc(value)}</title><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle"><text x="${lw / 2}" y="14">${esc(label)}</text><text x="${lw + vw / 2}" y="14">${esc(value)}</text></g></svg>
`;
}
function writeDashboard(dir, records, opts) {
  mkdirSync(path.join(dir, "badges"), { recursive: true });
  const files = [path.join(dir, "index.html")];
  writeFileSync(files[0], renderDashboard(records, opts));
  const r = (s) => opts.secrets ? opts.secrets.redact(s) : s;
  for (const s of summarize(
    records.filter(isUptime).map((x) => ({ ...x, check: r(x.check) })),
    opts
  )) {
    const up30 = s.uptime["30 d"];
    const uptimeColor = up30 === void 0 ? "#9f9f9f" : up30 >= 0.999 ? "#1a7f37" : up30 >= 0.99 ? "#bf8700" : "#cf222e";
    const badges = [
      [`${s.slug}-status.svg`, badge(s.check.slice(0, 40), LABEL[s.status].toLowerCase(), COLORS[s.status])],
      [
        `${s.slug}-uptime.svg`,
        badge(
          s.since > opts.now - 30 * DAY ? `uptime since ${new Date(s.since).toISOString().slice(0, 10)}` : "uptime 30d",
          pct(up30),
          uptimeColor
        )
      ],
      [`${s.slug}-p95.svg`, badge("p95 24h", msText(s.p95_24h), "#0969da")]
    ];
    for (const [name, svg] of badges) {
      const file = path.join(dir, "badges", name);
      writeFileSync(file, svg);
      files.push(file);
    }
  }
  return files;
}

export {
  initialState,
  step,
  replay,
  formatDuration,
  toRecord,
  toProbe,
  writeDashboard
};
