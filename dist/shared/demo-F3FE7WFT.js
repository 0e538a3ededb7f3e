import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  overviewTable,
  render
} from "./chunk-FUOIPBNP.js";
import {
  escapeHtml,
  launchMapHtml,
  tableHtml
} from "./chunk-ASSVZULU.js";
import {
  buildLaunchMap
} from "./chunk-VYLLJNPD.js";
import {
  launchMapJson,
  launchMapMarkdown
} from "./chunk-CPIU5C7B.js";
import {
  runConfig
} from "./chunk-BMMLJUUS.js";
import {
  CHECKS
} from "./chunk-3GS7WYP6.js";
import {
  impactsOf,
  topFixes,
  topFixesMarkdown
} from "./chunk-CZ3CJCDA.js";
import {
  loadConfig
} from "./chunk-T7COQQE4.js";
import "./chunk-TGZA7IUD.js";
import "./chunk-3VIRBBWJ.js";
import "./chunk-XKTGZ325.js";
import "./chunk-32NTKJ4G.js";
import "./chunk-DFROXESS.js";
import "./chunk-TKMGLBGI.js";
import "./chunk-SZ6PHTMO.js";
import "./chunk-VJHTZG3O.js";
import "./chunk-DXK3HLOF.js";
import "./chunk-3MGFZVD4.js";
import "./chunk-HWAZG4DL.js";
import "./chunk-DDEOVENK.js";
import {
  latencyRecords
} from "./chunk-VG7RYU63.js";
import "./chunk-YB2NSLZK.js";
import "./chunk-NIFEQW4C.js";
import "./chunk-64KNUJAW.js";
import "./chunk-HQOJW264.js";
import "./chunk-UC5Q3KIK.js";
import "./chunk-SBOPSLHH.js";
import "./chunk-BYUFD6SG.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-EINRAVC3.js";
import "./chunk-O2NPYISY.js";
import "./chunk-VXDB7T7T.js";
import "./chunk-P224PUG6.js";
import {
  flowTarget,
  urlTarget,
  watch
} from "./chunk-ZUFQHJAI.js";
import {
  toRecord,
  writeDashboard
} from "./chunk-FON7DSZJ.js";
import {
  readFlowFile
} from "./chunk-MYRYNTSF.js";
import "./chunk-XJ7Y7GIU.js";
import "./chunk-TPSHQTVP.js";
import "./chunk-72I7UR5T.js";
import "./chunk-IJEZSMNN.js";
import "./chunk-E3YV7GN6.js";
import "./chunk-3ROBTW4Y.js";
import {
  loadYaml
} from "./chunk-M7BUO5DP.js";
import {
  HttpClient
} from "./chunk-74U225BG.js";
import {
  executeCheck,
  hostServices,
  sanitizeLogText
} from "./chunk-4S7HIEKG.js";
import {
  SecretRegistry
} from "./chunk-2TI3BDV6.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import {
  formatLocation,
  splitCodeSpans
} from "./chunk-DLCS5LTK.js";
import "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/cli/demo.ts
init_define_LAUNCHGATE_GATES();
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/core/html-report.ts
init_define_LAUNCHGATE_GATES();
var esc = escapeHtml;
var humanize = (check) => check.charAt(0).toUpperCase() + check.slice(1).replace(/-/g, " ");
var BOLD = /(?<!\\)\*\*/g;
var EMPHASIS = /(^|[\s(])_([^_\s](?:[^_]*[^_\s])?)_(?=$|[\s).,;:!?])/g;
function inline(markdown) {
  const parts = splitCodeSpans(markdown);
  let bold = parts.reduce((n, p) => n + (p.code ? 0 : [...p.raw.matchAll(BOLD)].length), 0) & ~1;
  let open = false;
  return parts.map((part) => {
    if (part.code) return `<code>${esc(part.content.trim().replace(/\\\|/g, "|"))}</code>`;
    return esc(part.raw).replace(/&lt;(\/?)(br|pre|code|b)&gt;/g, "<$1$2>").replace(/&amp;(#\d{1,7};)/g, "&$1").replace(BOLD, (m) => {
      if (bold === 0) return m;
      bold--;
      open = !open;
      return open ? "<strong>" : "</strong>";
    }).replace(EMPHASIS, "$1<em>$2</em>").replace(/\\([\\|`*_[\]<>!])/g, "$1");
  }).join("");
}
function markdownToHtml(markdown, skipMermaid) {
  const lines = markdown.split(/\r?\n/);
  const out = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (/^```/.test(line)) {
      const lang = line.slice(3).trim();
      const body = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) body.push(lines[i]);
      i++;
      if (!(skipMermaid && lang === "mermaid")) out.push(`<pre><code>${esc(body.join("\n"))}</code></pre>`);
    } else if (/^\s*\|/.test(line)) {
      const rows = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]); i++) rows.push(lines[i]);
      out.push(`<div class="scroll">${tableHtml(rows, inline)}</div>`);
    } else if (line.trim() === "") i++;
    else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== "" && !/^(```|\s*\|)/.test(lines[i]); i++) para.push(lines[i]);
      out.push(`<p>${para.map(inline).join("<br>")}</p>`);
    }
  }
  return out.join("\n");
}
function barChart(chart, title) {
  const values = chart.bars.flatMap((b) => [b.value, b.limit ?? b.value]).filter((v) => v > 0);
  if (values.length === 0) return "";
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values) * 1.01));
  const width = 560;
  const labelW = 150;
  const plotW = width - labelW - 110;
  const rowH = 28;
  const x = (v) => labelW + plotW * (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / Math.log10(hi / lo);
  const top = 18;
  const rows = chart.bars.map((b, i) => {
    const y = top + i * rowH + 4;
    const over = b.limit !== void 0 && b.value > b.limit;
    const barW = Math.max(4, x(b.value) - labelW);
    const label = b.label.length > 22 ? `${b.label.slice(0, 21)}\u2026` : b.label;
    const limit = b.limit === void 0 ? "" : `<line x1="${x(b.limit).toFixed(1)}" x2="${x(b.limit).toFixed(1)}" y1="${y - 3}" y2="${y + 21}" class="limit"><title>limit ${esc(b.limit)} ${esc(chart.unit)}</title></line>`;
    return `<text x="0" y="${y + 14}" class="label"><title>${esc(b.label)}</title>${esc(label)}</text>
<rect x="${labelW}" y="${y}" width="${barW.toFixed(1)}" height="18" class="${over ? "bar over" : "bar"}"><title>${esc(b.label)}: ${esc(b.value)} ${esc(chart.unit)}</title></rect>
${limit}
<text x="${(Math.max(labelW + barW, b.limit === void 0 ? 0 : x(b.limit)) + 6).toFixed(1)}" y="${y + 14}" class="value">${esc(b.value)}${b.limit === void 0 ? "" : ` / ${esc(b.limit)}`} ${esc(chart.unit)}</text>`;
  }).join("\n");
  const ticks = [];
  for (let t = lo; t <= hi * 1.0001; t *= 10)
    ticks.push(
      `<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top - 2}" y2="${top + chart.bars.length * rowH}" class="tick"/><text x="${x(t).toFixed(1)}" y="${top - 6}" class="axis">${esc(Number(t.toPrecision(1)))}</text>`
    );
  const height = top + chart.bars.length * rowH + 6;
  return `<figure><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" style="max-width:100%;height:auto">${ticks.join("")}
${rows}</svg>
<figcaption>${esc(title)}: bar = value, dashed line = limit, ${esc(chart.unit)} on a log scale</figcaption></figure>`;
}
function card(report, meta) {
  const pass = report.result === "pass";
  const isPlanted = (f) => meta.planted?.(f, report) ?? false;
  const errors = report.findings.filter((f) => f.severity === "error");
  const asDesigned = !pass && errors.length > 0 && errors.every(isPlanted);
  const findings = report.findings.length ? `<div class="scroll"><table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th></tr></thead><tbody>${report.findings.map(
    (f) => `<tr class="${f.severity}"><td>${esc(f.severity)}${isPlanted(f) ? ' <span class="planted">planted</span>' : ""}</td><td><code>${esc(f.ruleId)}</code></td><td>${esc(formatLocation(f) || "\u2014")}</td><td><strong>${esc(f.title)}</strong> ${esc(f.message)}</td></tr>`
  ).join("")}</tbody></table></div>` : '<p class="none">No findings.</p>';
  const { notices, warnings } = report.counts;
  const sections = (report.sections ?? []).map(
    (s) => `<h3>${esc(s.title)}</h3>
${s.chart ? barChart(s.chart, s.title) : ""}${markdownToHtml(s.markdown, Boolean(s.chart))}`
  ).join("\n");
  return `<section class="card ${pass ? "pass" : asDesigned ? "planted-fail" : "fail"}" id="${esc(report.check)}">
<header><h2>${esc(meta.titles?.[report.check] ?? humanize(report.check))}</h2><span class="verdict">${pass ? "PASS" : "FAIL"}</span></header>
${asDesigned ? '<p class="designed">Failed as designed: every error is a planted finding.</p>' : ""}
<p class="counts">${errors.length} error(s) \xB7 ${warnings} warning(s) \xB7 ${notices} notice(s) \xB7 ${(report.durationMs / 1e3).toFixed(1)} s</p>
${sections}
<h3>Findings</h3>
${findings}
</section>`;
}
function headline(reports, meta) {
  const failed = reports.filter((r) => r.result === "fail");
  const allPlanted = failed.every(
    (r) => r.findings.filter((f) => f.severity === "error").every((f) => meta.planted?.(f, r) ?? false)
  );
  if (meta.headline) return { text: meta.headline, good: allPlanted };
  const passed = `${reports.length - failed.length} of ${reports.length} gate(s) passed`;
  if (failed.length === 0) return { text: `All ${reports.length} gate(s) passed.`, good: true };
  if (allPlanted) return { text: `${passed}; the others failed only on planted findings, as designed.`, good: true };
  return { text: `${passed}; ${failed.map((r) => r.check).join(", ")} failed.`, good: false };
}
function topFixesHtml(fixes) {
  const items = fixes.map(
    (f) => `<li><b>${esc(f.impact)}</b> \xB7 ${esc(f.severity)} \xB7 ${esc(f.check)} <code>${esc(f.ruleId)}</code>${f.location ? ` at <code>${esc(f.location)}</code>` : ""}: ${esc(f.title)}<br>Fix: ${esc(f.fix)}</li>`
  );
  return `<section class="top-fixes card" id="top-fixes"><h2>Top ${fixes.length} fix${fixes.length === 1 ? "" : "es"}</h2>${fixes.length ? `<ol>${items.join("")}</ol>` : '<p class="none">Nothing to fix.</p>'}</section>
`;
}
function renderHtmlReport(reports, meta) {
  const head = headline(reports, meta);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}</title>
<style>
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}
.headline{font-size:17px;font-weight:600;margin:8px 0 4px;padding:10px 14px;border-radius:8px;background:#e3f5ea;color:#1e5a36}
.headline.bad{background:#fde8e8;color:#8a1f1f}
.summary{margin:0 0 20px;color:#4a5263;overflow-wrap:anywhere}
.grid{display:grid;gap:16px;grid-template-columns:minmax(0,1fr)}
.card{background:#fff;border-radius:10px;padding:16px 20px;box-shadow:0 1px 3px rgba(0,0,0,.08);border-left:6px solid #2e9e5b;min-width:0;overflow-wrap:anywhere}
.card.fail{border-left-color:#d64545}
.card.planted-fail{border-left-color:#c98a00}
.card.top-fixes{margin-bottom:16px;border-left-color:#3b6fd6}
.card header{display:flex;flex-wrap:wrap;gap:8px;justify-content:space-between;align-items:center}
.card h2{font-size:18px;margin:0}
.card h3{font-size:14px;margin:14px 0 6px;color:#3b4252}
.verdict{font-weight:700;padding:2px 10px;border-radius:12px;background:#e3f5ea;color:#1e7a45}
.fail .verdict{background:#fde8e8;color:#b32d2d}
.planted-fail .verdict{background:#fff4d6;color:#7a5300}
.designed{margin:6px 0;color:#7a5300;font-weight:600}
.planted{font-size:11px;font-weight:700;text-transform:uppercase;padding:1px 6px;border-radius:8px;background:#fff4d6;color:#7a5300}
.counts{color:#596275;margin:6px 0 10px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-top:1px solid #e6e8ec;vertical-align:top;overflow-wrap:break-word}
td code,td pre{overflow-wrap:anywhere}
tr.error td:first-child{color:#b32d2d;font-weight:600}
tr.warning td:first-child{color:#9a6700;font-weight:600}
code{font-size:12px}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:12px}
.none{color:#596275}
svg .bar{fill:#4c8bf5}svg .bar.over{fill:#d64545}svg .limit{stroke:#1d2330;stroke-width:2;stroke-dasharray:3 2}
svg .tick{stroke:#e6e8ec}svg .axis{font-size:10px;fill:#596275;text-anchor:middle}
svg text{font-size:12px;fill:#1d2330}
figure{margin:0 0 12px}figcaption{font-size:12px;color:#596275}
@media (max-width:600px){main{padding:12px}.card{padding:12px}th,td{padding:4px}}
</style>
</head>
<body>
<main>
<h1>${esc(meta.title)}</h1>
<p class="headline${head.good ? "" : " bad"}">${esc(head.text)}</p>
<p class="summary">generated ${esc(meta.generated.toISOString())}${meta.note ? ` \xB7 ${esc(meta.note)}` : ""}</p>
${meta.topFixes ? topFixesHtml(meta.topFixes) : ""}<div class="grid">
${reports.map((r) => card(r, meta)).join("\n")}
</div>
</main>
</body>
</html>
`;
}

// src/cli/demo.ts
var sentence = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function exampleDir() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, "examples", "ops-app");
    if (existsSync(path.join(candidate, "launchgate.yml"))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error("examples/ops-app not found beside the launchgate bundle");
}
function git(cwd, ...args) {
  execFileSync("git", args, {
    cwd,
    stdio: "ignore",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Ops Dev",
      GIT_AUTHOR_EMAIL: "dev@ops.example.com",
      GIT_COMMITTER_NAME: "Ops Dev",
      GIT_COMMITTER_EMAIL: "dev@ops.example.com"
    }
  });
}
function buildHistory(example) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "launchgate-demo-repo-"));
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "commit.gpgsign", "false");
  for (const f of ["server.js", "smoke.yml", "launch-flows.yml", "latency.yml"])
    cpSync(path.join(example, f), path.join(dir, f));
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "ops-app: orders, login, approvals");
  mkdirSync(path.join(dir, "config"));
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const fake = `AKIA${[...randomBytes(16)].map((b) => alphabet[b % 32]).join("")}`;
  writeFileSync(
    path.join(dir, "config", "staging.env"),
    `DATABASE_HOST=db.staging.internal
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=${fake}
`
  );
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "staging config");
  writeFileSync(path.join(dir, "config", "staging.env"), "DATABASE_HOST=db.staging.internal\nAWS_REGION=eu-west-1\n");
  git(dir, "commit", "-q", "-am", "remove the key (it is still in history)");
  return { dir, plantedFile: "config/staging.env" };
}
function commitsOf(dir) {
  return execFileSync("git", ["rev-list", "--reverse", "HEAD"], { cwd: dir, encoding: "utf8" }).trim().split("\n");
}
var APP_START_TIMEOUT_MS = 3e4;
async function startApp(example, appSecrets, env, port = 0) {
  const child = spawn(process.execPath, [path.join(example, "main.js"), String(port)], {
    env: { ...env, OPS_PASSWORD: appSecrets.password, OPS_WEBHOOK_SECRET: appSecrets.webhookSecret },
    stdio: ["ignore", "pipe", "pipe"]
  });
  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(`ops-app did not print its address within ${APP_START_TIMEOUT_MS / 1e3} s: ${output.slice(-500)}`)
      );
    }, APP_START_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk.toString();
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`ops-app could not start: ${err.message}`));
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`ops-app exited (${signal ?? `code ${code}`}) before it listened: ${output.slice(-500)}`));
    });
  }).catch((err) => {
    child.kill();
    throw err;
  });
  return { url, child };
}
async function stopApp(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5e3);
  await exited;
  clearTimeout(timer);
}
var UPTIME_HOURS = 3;
var UPTIME_INTERVAL_MS = 6e4;
var OUTAGE_AFTER_ROUND = 100;
var OUTAGE_ROUNDS = 5;
var UPTIME_THRESHOLDS = { alertAfter: 2, slowMs: 1e3, slowAfter: 3 };
var DEPLOY_ROUNDS = [1, OUTAGE_AFTER_ROUND, OUTAGE_AFTER_ROUND + OUTAGE_ROUNDS];
var LATENCY_ROUNDS = [60];
var SIM_LATENCY = {
  routes: "latency.yml",
  "duration-s": "1",
  "max-requests": "300",
  "warmup-s": "0",
  rounds: "1",
  connections: "2"
};
var MAX_ERROR_RATE = 0.01;
function latencyOf(report, at) {
  const routes = Object.values(report.metrics.routes ?? {});
  const planned = routes.map((r) => ({ name: r.name, budgetMs: r.budget }));
  return latencyRecords(planned, routes, MAX_ERROR_RATE, new Date(at));
}
function deployOf(report, at, sha) {
  const flows = report.metrics.flows ?? [];
  const record = {
    t: new Date(at).toISOString(),
    kind: "deploy",
    ref: "main",
    verdict: report.result,
    failed: flows.filter((f) => !f.ok).length
  };
  if (sha) record.sha = sha;
  return record;
}
async function writeUptimeHistory(example, app, restart, env, secrets, dir, gates) {
  const base = app.current.url;
  const port = Number(new URL(base).port);
  const client = new HttpClient({ timeoutMs: 1e4, retries: 0 });
  const flows = readFlowFile(loadYaml(path.join(example, "launch-flows.yml"), "examples/ops-app/launch-flows.yml"));
  const login = flows.flows.filter((f) => f.name === "login and list orders");
  const targets = [
    urlTarget(`${base}/`, client, base),
    urlTarget(`${base}/health`, client, base),
    ...login.map(
      (f) => flowTarget(
        f,
        client,
        base,
        env,
        (v) => secrets.add(v),
        (t) => secrets.redact(t)
      )
    )
  ];
  const start = Math.floor((Date.now() - UPTIME_HOURS * 36e5) / 6e4) * 6e4;
  let now = start;
  let rounds = 0;
  const latency = [];
  const deploys = [];
  const clock = {
    now: () => now,
    async sleep(ms) {
      rounds++;
      if (rounds === OUTAGE_AFTER_ROUND) await stopApp(app.current.child);
      if (rounds === OUTAGE_AFTER_ROUND + OUTAGE_ROUNDS) app.current = await restart(port);
      const deploy = DEPLOY_ROUNDS.indexOf(rounds);
      if (deploy >= 0) {
        const smoke = await gates.run("smoke-test", { "base-url": base, flows: "smoke.yml", retries: "0" });
        deploys.push(deployOf(smoke, now, gates.shas[deploy]));
      }
      if (LATENCY_ROUNDS.includes(rounds))
        latency.push(...latencyOf(await gates.run("latency-budget", { "base-url": base, ...SIM_LATENCY }), now));
      now += ms;
    }
  };
  const records = [];
  try {
    const result = await watch({
      targets,
      clock,
      watchMs: UPTIME_HOURS * 36e5,
      intervalMs: UPTIME_INTERVAL_MS,
      thresholds: UPTIME_THRESHOLDS,
      onProbe: (check, probe) => records.push(toRecord(check, probe, UPTIME_THRESHOLDS.slowMs))
    });
    if (gates.latency) latency.push(...latencyOf(gates.latency, now));
    const all = [...records, ...latency, ...deploys];
    const files = writeDashboard(dir, all, {
      thresholds: UPTIME_THRESHOLDS,
      now,
      title: "ops-app uptime (demo: 3 simulated hours)",
      secrets
    });
    return {
      files,
      records,
      latency,
      deploys,
      outages: result.transitions.filter((t) => t.to === "down").length,
      recoveries: result.transitions.filter((t) => t.from === "down" && t.to === "up").length
    };
  } finally {
    await client.close();
  }
}
async function runDemo(io) {
  const example = exampleDir();
  const password = randomBytes(12).toString("base64url");
  const webhookSecret = randomBytes(24).toString("base64url");
  const secrets = new SecretRegistry();
  secrets.add(password);
  secrets.add(webhookSecret);
  const history = buildHistory(example);
  let app;
  try {
    app = { current: await startApp(example, { password, webhookSecret }, io.env) };
    const url = app.current.url;
    io.err(
      `ops-app is running at ${url} (its own process); the secret scan reads a 3-commit history built in ${history.dir}.`
    );
    const config = loadConfig(path.join(example, "launchgate.yml"), CHECKS, "examples/ops-app/launchgate.yml");
    const fast = io.env.LAUNCHGATE_DEMO_FAST === "1";
    for (const section of config.sections) {
      if ("base-url" in section.check.inputs) section.raw["base-url"] = url;
      if (section.check.section === "secrets") section.raw["working-directory"] = history.dir;
      if (section.check.section === "bundle") section.raw.urls = `${url}/`;
      if (section.check.section === "latency" && fast)
        Object.assign(section.raw, { "duration-s": "0.6", "warmup-s": "0", rounds: "2" });
    }
    const options = {
      env: { ...io.env, SMOKE_PASSWORD: password, OPS_WEBHOOK_SECRET: webhookSecret },
      event: { name: "local", payload: {} },
      secrets,
      inActions: false,
      services: hostServices(io.env, secrets),
      onStart: (c) => io.err(`\u2026 ${c}`),
      onLog: (check, lines) => {
        if (lines.length) io.err(sanitizeLogText(lines.map((l) => `[${check}] ${l}`).join("\n")));
      }
    };
    const timed = config.sections.filter((s) => "base-url" in s.check.inputs).map((s) => s.check.section);
    const untimed = config.sections.map((s) => s.check.section).filter((s) => !timed.includes(s));
    const done = [
      ...untimed.length ? await runConfig(config, { ...options, only: untimed }) : [],
      ...timed.length ? await runConfig(config, { ...options, only: timed }) : []
    ];
    const order = CHECKS.map((c) => c.name);
    done.sort((a, b) => order.indexOf(a.report.check) - order.indexOf(b.report.check));
    const reports = done.map((d) => d.report);
    io.err(
      `\u2026 uptime: ${UPTIME_HOURS} simulated hours of 1-minute checks, ops-app stopped for ${OUTAGE_ROUNDS} of them`
    );
    const uptimeDir = path.resolve(io.cwd, "launchgate-uptime");
    const uptime = await writeUptimeHistory(
      example,
      app,
      async (port) => {
        const restarted = await startApp(example, { password, webhookSecret }, io.env, port);
        io.err(`\u2026 uptime: ops-app restarted at ${restarted.url}`);
        return restarted;
      },
      { ...io.env, SMOKE_PASSWORD: password },
      secrets,
      uptimeDir,
      {
        run: async (name, raw) => (await executeCheck(
          CHECKS.find((c) => c.name === name),
          {
            raw,
            where: (n) => `the demo's ${name} run: ${n}`,
            baseDir: example,
            env: options.env,
            event: options.event,
            log: { info: () => {
            }, warning: () => {
            }, debug: () => {
            } },
            secrets,
            inActions: false,
            services: options.services
          }
        )).report,
        shas: commitsOf(history.dir),
        latency: reports.find((r) => r.check === "latency-budget")
      }
    );
    const isPlantedKey = (f) => f.ruleId === "aws-access-token" && f.file === history.plantedFile;
    io.out(secrets.redact(`${render(done, "text")}

${overviewTable(done)}`));
    const problems = [];
    const scan = reports.find((r) => r.check === "secret-scan");
    if (!scan?.findings.some(isPlantedKey)) problems.push("the planted key was not found");
    for (const r of reports.filter((x) => x.check !== "secret-scan"))
      if (r.result !== "pass") problems.push(`${r.check} did not pass`);
    const checksCount = new Set(uptime.records.map((r) => r.check)).size;
    if (uptime.outages < checksCount || uptime.recoveries !== uptime.outages)
      problems.push(
        `the uptime history has ${uptime.outages} outage(s) and ${uptime.recoveries} recovery(ies) over ${checksCount} checks; each check should have seen the outage and its end`
      );
    const designed = problems.length === 0;
    const fixes = topFixes(reports, impactsOf(CHECKS));
    const htmlPath = path.resolve(io.cwd, "launchgate-report.html");
    writeFileSync(
      htmlPath,
      secrets.redact(
        renderHtmlReport(reports, {
          title: "launchgate \u2014 ops-app demo",
          generated: /* @__PURE__ */ new Date(),
          note: `app at ${url}; uptime history (3 simulated hours, one outage) in launchgate-uptime/index.html`,
          titles: Object.fromEntries(CHECKS.map((c) => [c.name, sentence(c.title.replace(/^launchgate /, ""))])),
          planted: (f, r) => r.check === "secret-scan" && isPlantedKey(f),
          topFixes: fixes,
          headline: designed ? "The demo behaved as designed: the secret scan found the key planted in the history, and every other gate passed." : `The demo did not behave as designed: ${problems.join("; ")}.`
        })
      )
    );
    io.out(`
Report: ${htmlPath}`);
    const map = await buildLaunchMap({
      configPath: path.join(example, "launchgate.yml"),
      configName: "examples/ops-app/launchgate.yml",
      repoDir: example,
      checks: CHECKS,
      githubMissing: "the demo runs without a GitHub token"
    });
    const mapOpts = { topFixes: topFixesMarkdown(fixes), fixCount: fixes.length };
    writeFileSync(path.resolve(io.cwd, "launch-map.md"), secrets.redact(launchMapMarkdown(map, mapOpts)) + "\n");
    writeFileSync(path.resolve(io.cwd, "launch-map.json"), secrets.redact(launchMapJson(map)));
    writeFileSync(path.resolve(io.cwd, "launch-map.html"), secrets.redact(launchMapHtml(map, mapOpts)));
    io.out(
      `Launch map: ${path.resolve(io.cwd, "launch-map.html")} (and .md, .json; ${map.risks.length} open risk(s) in the setup, ${fixes.length} fix(es) from the gates)`
    );
    io.out(
      `Uptime dashboard: ${path.join(uptimeDir, "index.html")} (${uptime.records.length} checks over ${UPTIME_HOURS} simulated hours, one outage; ${uptime.latency.length} latency route runs; ${uptime.deploys.length} deploys; badges in ${path.join(uptimeDir, "badges")})`
    );
    if (problems.length) {
      io.out(`
The demo did not behave as designed: ${problems.join("; ")}.`);
      return 1;
    }
    io.out(
      "\nThe demo behaved as designed: the planted key was found in history (the secret scan fails, as it should), every other gate passed, and the uptime history recorded the outage and its recovery."
    );
    return 0;
  } finally {
    if (app) await stopApp(app.current.child);
    rmSync(history.dir, { recursive: true, force: true });
  }
}
export {
  runDemo
};
