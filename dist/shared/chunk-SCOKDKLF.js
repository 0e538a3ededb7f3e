import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  UserError,
  errorMessage,
  external_exports
} from "./chunk-Q3S2AIDP.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-OS5SADBN.js";

// src/checks/uptime/history.ts
init_define_LAUNCHGATE_GATES();
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
var recordSchema = external_exports.object({
  t: external_exports.string().refine((s) => !Number.isNaN(Date.parse(s))),
  check: external_exports.string().min(1).max(500),
  status: external_exports.enum(["ok", "slow", "fail"]),
  ms: external_exports.number().nonnegative().optional(),
  error: external_exports.string().optional()
}).passthrough();
function toRecord(check, probe, slowMs) {
  const rec = {
    t: new Date(probe.at).toISOString(),
    check,
    status: !probe.ok ? "fail" : slowMs > 0 && (probe.ms ?? 0) > slowMs ? "slow" : "ok"
  };
  if (probe.ms !== void 0) rec.ms = Math.round(probe.ms);
  if (probe.error) rec.error = probe.error.slice(0, 300);
  return rec;
}
function toProbe(rec) {
  return { at: Date.parse(rec.t), ok: rec.status !== "fail", ms: rec.ms, error: rec.error };
}
function parseHistory(text, file) {
  const out = { records: [], corrupt: [] };
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      out.corrupt.push({ file, line: i + 1 });
      continue;
    }
    const parsed = recordSchema.safeParse(value);
    if (parsed.success) out.records.push(parsed.data);
    else out.corrupt.push({ file, line: i + 1 });
  }
  return out;
}
function readHistoryPath(target) {
  if (!existsSync(target))
    throw new UserError(
      `--history got ${JSON.stringify(target)}: no such file or folder; accepted: a .jsonl file or a folder of them.`
    );
  const files = statSync(target).isDirectory() ? readdirSync(target).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(target, f)) : [target];
  const all = { records: [], corrupt: [] };
  for (const file of files) {
    const p = parseHistory(readFileSync(file, "utf8"), path.basename(file));
    all.records.push(...p.records);
    all.corrupt.push(...p.corrupt);
  }
  all.records.sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
  return { ...all, files };
}
var monthFile = (ms) => `uptime-${new Date(ms).toISOString().slice(0, 7)}.jsonl`;
var BRANCH = /^[A-Za-z0-9._-]{1,100}$/;
function checkBranchName(branch) {
  if (!BRANCH.test(branch) || branch.startsWith(".") || branch.includes(".."))
    throw new UserError(
      `Input 'history-branch' got ${JSON.stringify(branch)}; accepted: a branch name of letters, digits, '.', '_' and '-'.`
    );
}
var statusOf = (err) => {
  const s = err?.status;
  return typeof s === "number" ? s : void 0;
};
var HistoryStore = class {
  constructor(gh, opts) {
    this.gh = gh;
    this.opts = opts;
    checkBranchName(opts.branch);
    this.attempts = opts.attempts ?? 6;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }
  gh;
  opts;
  branchKnown = false;
  attempts;
  sleep;
  /** The file's text and blob sha, or undefined when it does not exist yet. */
  async read(file) {
    return this.retrying(`read ${file}`, async () => {
      await this.ensureBranch();
      let res;
      try {
        res = await this.gh.request("GET /repos/{owner}/{repo}/contents/{path}", { path: file, ref: this.opts.branch });
      } catch (err) {
        if (statusOf(err) === 404) return void 0;
        throw err;
      }
      const data = res.data;
      let base64 = data.encoding === "base64" ? data.content : void 0;
      if (!base64) {
        const blob = await this.gh.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { file_sha: data.sha });
        base64 = blob.data.content;
      }
      return { text: Buffer.from(base64 ?? "", "base64").toString("utf8"), sha: data.sha };
    });
  }
  /**
   * Appends records to the month files they belong to. The existing bytes are kept as they are (a corrupt line
   * included: it is reported, never dropped); returns the corrupt lines met.
   */
  async append(records, message) {
    const byFile = /* @__PURE__ */ new Map();
    for (const r of records) {
      const file = monthFile(Date.parse(r.t));
      byFile.set(file, [...byFile.get(file) ?? [], r]);
    }
    const corrupt = [];
    for (const [file, recs] of byFile) {
      const lines = recs.map((r) => JSON.stringify(r) + "\n").join("");
      for (let attempt = 1; ; attempt++) {
        const current = await this.read(file);
        const before = current?.text ?? "";
        if (attempt === 1) corrupt.push(...parseHistory(before, file).corrupt);
        const text = before + (before && !before.endsWith("\n") ? "\n" : "") + lines;
        try {
          await this.gh.request("PUT /repos/{owner}/{repo}/contents/{path}", {
            path: file,
            branch: this.opts.branch,
            message,
            content: Buffer.from(text, "utf8").toString("base64"),
            ...current ? { sha: current.sha } : {}
          });
          break;
        } catch (err) {
          const status = statusOf(err);
          const retriable = status === 409 || status === 422 || status !== void 0 && status >= 500;
          if (!retriable || attempt >= this.attempts)
            throw new Error(`writing ${file} on branch ${this.opts.branch} failed: ${errorMessage(err)}`);
          this.opts.log?.(
            `writing ${file}: HTTP ${status}; reading it again (attempt ${attempt + 1}/${this.attempts})`
          );
          await this.sleep(Math.min(8e3, 250 * 2 ** attempt) * Math.random());
        }
      }
    }
    return corrupt;
  }
  /** Creates the data branch as an orphan (its own history, nothing of the code) the first time. */
  async ensureBranch() {
    if (this.branchKnown) return;
    try {
      await this.gh.request("GET /repos/{owner}/{repo}/branches/{branch}", { branch: this.opts.branch });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
      const tree = await this.gh.request("POST /repos/{owner}/{repo}/git/trees", {
        tree: [
          {
            path: "README.md",
            mode: "100644",
            type: "blob",
            content: "# launchgate data\n\nUptime history written by launchgate: one JSON-lines file per month.\n"
          }
        ]
      });
      const commit = await this.gh.request("POST /repos/{owner}/{repo}/git/commits", {
        message: "launchgate: start the data branch",
        tree: tree.data.sha,
        parents: []
      });
      try {
        await this.gh.request("POST /repos/{owner}/{repo}/git/refs", {
          ref: `refs/heads/${this.opts.branch}`,
          sha: commit.data.sha
        });
      } catch (e) {
        if (statusOf(e) !== 422) throw e;
      }
    }
    this.branchKnown = true;
  }
  async retrying(what, fn) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const status = statusOf(err);
        if (status === void 0 || status < 500 || attempt >= this.attempts)
          throw new Error(`${what} on branch ${this.opts.branch} failed: ${errorMessage(err)}`);
        this.opts.log?.(`${what}: HTTP ${status}; trying again (attempt ${attempt + 1}/${this.attempts})`);
        await this.sleep(Math.min(8e3, 250 * 2 ** attempt) * Math.random());
      }
    }
  }
};

// src/checks/uptime/dashboard.ts
init_define_LAUNCHGATE_GATES();
import { mkdirSync, writeFileSync } from "node:fs";
import path2 from "node:path";

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

// src/checks/uptime/dashboard.ts
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
var slugOf = (check) => check.toLowerCase().replace(/^https?:\/\//, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "check";
function summarize(records, opts) {
  const byCheck = /* @__PURE__ */ new Map();
  for (const r of [...records].sort((a, b) => Date.parse(a.t) - Date.parse(b.t)))
    byCheck.set(r.check, [...byCheck.get(r.check) ?? [], r]);
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
var esc = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
var pct = (f) => f === void 0 ? "\u2014" : `${(Math.floor(f * 1e4) / 100).toFixed(f === 1 ? 0 : 2)}%`;
var msText = (ms) => ms === void 0 ? "\u2014" : `${Math.round(ms)} ms`;
var when = (ms) => new Date(ms).toISOString().slice(0, 16).replace("T", " ") + " UTC";
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
function renderDashboard(records, opts) {
  const r = (s) => opts.secrets ? opts.secrets.redact(s) : s;
  const summaries = summarize(
    records.map((x) => ({ ...x, check: r(x.check), error: x.error === void 0 ? void 0 : r(x.error) })),
    opts
  );
  const title = esc(opts.title ?? "Status");
  const overall = summaries.some((s) => s.status === "down") ? "down" : summaries.some((s) => s.status === "degraded") ? "degraded" : "up";
  const banner = summaries.length === 0 ? "No checks recorded yet" : overall === "up" ? "All systems operational" : overall === "degraded" ? "Some checks are slow" : "Some checks are down";
  const cards = summaries.map(
    (s) => `<section class="check" id="${s.slug}">
<h2><span class="dot" style="background:${COLORS[s.status]}"></span>${esc(s.check)} <span class="status ${s.status}">${LABEL[s.status]}</span></h2>
<dl class="figures">
${WINDOWS.map(([label]) => `<div><dt>Uptime ${label}</dt><dd>${pct(s.uptime[label])}</dd></div>`).join("\n")}
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
figcaption{font-size:12px;color:#59636e}.key{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}
.key.p95{background:#bc4c00}.key.p50{background:#0969da}.key.fail{background:#cf222e}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #eaeef2;vertical-align:top}
.muted{color:#59636e;font-size:13px}footer{color:#59636e;font-size:12px;margin-top:24px}
</style></head>
<body><main>
<h1>${title}</h1>
<div class="banner" style="background:${summaries.length ? COLORS[overall] : "#59636e"}">${banner}</div>
${cards}
<footer>Generated ${when(opts.now)} by launchgate from ${records.length} recorded checks. A check is down after ${opts.thresholds.alertAfter} consecutive failures.</footer>
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
  mkdirSync(path2.join(dir, "badges"), { recursive: true });
  const files = [path2.join(dir, "index.html")];
  writeFileSync(files[0], renderDashboard(records, opts));
  const r = (s) => opts.secrets ? opts.secrets.redact(s) : s;
  for (const s of summarize(
    records.map((x) => ({ ...x, check: r(x.check) })),
    opts
  )) {
    const up30 = s.uptime["30 d"];
    const uptimeColor = up30 === void 0 ? "#9f9f9f" : up30 >= 0.999 ? "#1a7f37" : up30 >= 0.99 ? "#bf8700" : "#cf222e";
    const badges = [
      [`${s.slug}-status.svg`, badge(s.check.slice(0, 40), LABEL[s.status].toLowerCase(), COLORS[s.status])],
      [`${s.slug}-uptime.svg`, badge("uptime 30d", pct(up30), uptimeColor)],
      [`${s.slug}-p95.svg`, badge("p95 24h", msText(s.p95_24h), "#0969da")]
    ];
    for (const [name, svg] of badges) {
      const file = path2.join(dir, "badges", name);
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
  parseHistory,
  readHistoryPath,
  monthFile,
  HistoryStore,
  writeDashboard
};
