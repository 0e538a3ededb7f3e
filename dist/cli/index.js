#!/usr/bin/env node
import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS,
  checkByName,
  loadConfig,
  runConfig
} from "../shared/chunk-J7UXSKXT.js";
import {
  toSarif
} from "../shared/chunk-77AGKAJ3.js";
import "../shared/chunk-3TIPXZF4.js";
import "../shared/chunk-VUSNMYGE.js";
import "../shared/chunk-MI4DQ7BL.js";
import {
  discoverMigrations
} from "../shared/chunk-EZYI3FFB.js";
import "../shared/chunk-OABTON6I.js";
import "../shared/chunk-IZBHTE4P.js";
import {
  require_dist
} from "../shared/chunk-ZEFXN3HR.js";
import "../shared/chunk-MVZ4J7NE.js";
import {
  COMMON_INPUTS,
  SecretRegistry,
  UserError,
  closest,
  errorMessage,
  executeCheck,
  formatLocation,
  readEvent,
  reportMarkdown,
  writeJsonReport
} from "../shared/chunk-J37DTVOO.js";
import {
  __toESM
} from "../shared/chunk-ITIM5DDX.js";

// src/cli/main.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync3 } from "node:fs";
import path3 from "node:path";

// src/core/console.ts
function reportText(report) {
  const lines = [];
  for (const f of report.findings) {
    const loc = formatLocation(f) || "(no file)";
    lines.push(
      `${loc}  ${f.severity}  ${f.ruleId}  ${f.title}: ${f.message}${f.fingerprint ? `  [${f.fingerprint}]` : ""}`
    );
  }
  const { errors, warnings, notices } = report.counts;
  lines.push(
    `${report.check}: ${report.result.toUpperCase()} (${errors} errors, ${warnings} warnings, ${notices} notices, ${(report.durationMs / 1e3).toFixed(1)} s)`
  );
  return lines.join("\n");
}

// src/cli/render.ts
var FORMATS = ["text", "json", "markdown", "sarif"];
function render(done, format) {
  const reports = done.map((d) => d.report);
  if (format === "json") return JSON.stringify(reports.length === 1 ? reports[0] : { reports }, null, 2);
  if (format === "sarif") return JSON.stringify(toSarif(reports), null, 2);
  if (format === "markdown") return reports.map((r) => reportMarkdown(r)).join("\n");
  return reports.map(reportText).join("\n\n");
}
function overviewTable(done) {
  const rows = done.map((d) => [
    d.report.check,
    d.report.result.toUpperCase(),
    String(d.report.counts.errors),
    String(d.report.counts.warnings),
    `${(d.report.durationMs / 1e3).toFixed(1)} s`
  ]);
  const header = ["check", "verdict", "errors", "warnings", "duration"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

// src/cli/demo.ts
import { execFileSync } from "node:child_process";
import { randomBytes as randomBytes2 } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// examples/ops-app/server.js
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
var json = (res, status, body, headers = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};
var readBody = (req) => new Promise((resolve) => {
  let data = "";
  req.on("data", (d) => data += d);
  req.on("end", () => resolve(data));
});
var wait = (ms) => new Promise((r) => setTimeout(r, ms));
function createOpsApp(options = {}) {
  const email = options.email ?? "ops@example.com";
  const password = options.password ?? "correct horse battery staple";
  const sessions = /* @__PURE__ */ new Set();
  const orders = [
    { id: 1, customer: "Acme Ltd", amount: 1200, status: "approved" },
    { id: 2, customer: "Globex", amount: 310, status: "pending" }
  ];
  const flakyCounts = /* @__PURE__ */ new Map();
  const authed = (req) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
    return bearer && sessions.has(bearer) || sid && sessions.has(sid);
  };
  return createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const route = `${req.method} ${url.pathname}`;
    try {
      if (route === "GET /") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(
          '<!doctype html><title>Ops console</title><h1>Ops console</h1><form method="post" action="/login"><button>Sign in</button></form>'
        );
      }
      if (route === "GET /health") return json(res, 200, { ok: true });
      if (route === "POST /api/login" || route === "POST /login") {
        const raw = await readBody(req);
        const body = route === "POST /login" ? Object.fromEntries(new URLSearchParams(raw)) : JSON.parse(raw || "{}");
        const ok = body.email === email && body.password === password;
        if (route === "POST /login") {
          if (!ok) return void res.writeHead(302, { location: "/?error=1" }).end();
          const sid = randomBytes(16).toString("hex");
          sessions.add(sid);
          return void res.writeHead(302, { location: "/orders", "set-cookie": `sid=${sid}; Path=/; HttpOnly; SameSite=Lax` }).end();
        }
        if (!ok) return json(res, 401, { ok: false, error: "wrong email or password" });
        const token = randomBytes(16).toString("hex");
        sessions.add(token);
        return json(res, 200, { ok: true, token }, { "set-cookie": `sid=${token}; Path=/; HttpOnly; SameSite=Lax` });
      }
      if (route === "GET /orders") {
        if (!authed(req)) return void res.writeHead(302, { location: "/" }).end();
        res.writeHead(200, { "content-type": "text/html" });
        return res.end(`<h1>Orders</h1><ul>${orders.map((o) => `<li>${o.customer}: ${o.status}</li>`).join("")}</ul>`);
      }
      if (url.pathname.startsWith("/api/orders")) {
        if (!authed(req)) return json(res, 401, { error: "sign in first" });
        if (route === "GET /api/orders") return json(res, 200, { items: orders });
        if (route === "POST /api/orders") {
          const body = JSON.parse(await readBody(req) || "{}");
          if (!body.customer || typeof body.amount !== "number")
            return json(res, 422, { error: "customer and amount are required" });
          const order = { id: orders.length + 1, customer: body.customer, amount: body.amount, status: "pending" };
          orders.push(order);
          return json(res, 201, order);
        }
        const approve = /^\/api\/orders\/(\d+)\/approve$/.exec(url.pathname);
        if (req.method === "POST" && approve) {
          const order = orders.find((o) => o.id === Number(approve[1]));
          if (!order) return json(res, 404, { error: "no such order" });
          order.status = "approved";
          return json(res, 200, order);
        }
      }
      if (route === "GET /old") return void res.writeHead(301, { location: "/" }).end();
      if (route === "GET /elsewhere")
        return void res.writeHead(302, { location: "https://other-site.example.net/" }).end();
      if (route === "GET /slow") {
        await wait(Number(url.searchParams.get("ms") ?? 1e3));
        return json(res, 200, { ok: true });
      }
      const delay = /^\/delay\/(\d+)$/.exec(url.pathname);
      if (req.method === "GET" && delay) {
        await wait(Number(delay[1]));
        return json(res, 200, { ok: true });
      }
      if (route === "GET /flaky") {
        const key = url.searchParams.get("key") ?? "";
        const n = (flakyCounts.get(key) ?? 0) + 1;
        flakyCounts.set(key, n);
        return n <= Number(url.searchParams.get("fail") ?? 2) ? json(res, 503, { error: "warming up" }) : json(res, 200, { ok: true, attempt: n });
      }
      if (route === "GET /error") return json(res, 500, { error: "boom" });
      if (route === "GET /big") {
        res.writeHead(200, { "content-type": "text/plain" });
        const chunk = "x".repeat(64 * 1024);
        for (let i = 0; i < 80; i++) if (!res.write(chunk)) await new Promise((r) => res.once("drain", r));
        return res.end();
      }
      json(res, 404, { error: "not found" });
    } catch (err) {
      json(res, 500, { error: String(err) });
    }
  });
}

// src/core/html-report.ts
var esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
var TITLES = {
  "secret-scan": "Secret scan",
  "smoke-test": "Smoke test",
  "latency-budget": "p95 latency budget",
  "migration-check": "Migration check",
  "dns-check": "DNS, email and TLS"
};
function latencyChart(report) {
  const routes = Object.values(
    report.metrics.routes ?? {}
  );
  if (routes.length === 0) return "";
  const max = Math.max(...routes.map((r) => Math.max(r.p95, r.budget))) * 1.1 || 1;
  const rowH = 28;
  const width = 560;
  const labelW = 150;
  const scale = (v) => (width - labelW - 70) * v / max;
  const rows = routes.map((r, i) => {
    const y = i * rowH + 6;
    const over = r.p95 > r.budget;
    return `<text x="0" y="${y + 14}" class="label">${esc(r.name)}</text>
<rect x="${labelW}" y="${y}" width="${Math.max(1, scale(r.p95)).toFixed(1)}" height="18" class="${over ? "bar over" : "bar"}"><title>p95 ${esc(r.p95)} ms</title></rect>
<line x1="${(labelW + scale(r.budget)).toFixed(1)}" x2="${(labelW + scale(r.budget)).toFixed(1)}" y1="${y - 3}" y2="${y + 21}" class="budget"><title>budget ${esc(r.budget)} ms</title></line>
<text x="${(labelW + Math.max(scale(r.p95), scale(r.budget)) + 6).toFixed(1)}" y="${y + 14}" class="value">${esc(r.p95)} / ${esc(r.budget)} ms</text>`;
  }).join("\n");
  const table = `<table><thead><tr><th>Route</th><th>Requests</th><th>p50</th><th>p95</th><th>p99</th><th>Budget</th></tr></thead><tbody>${routes.map(
    (r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.requests ?? "")}</td><td>${esc(r.p50 ?? "")} ms</td><td>${esc(r.p95)} ms</td><td>${esc(r.p99 ?? "")} ms</td><td>${esc(r.budget)} ms</td></tr>`
  ).join("")}</tbody></table>`;
  return `<figure><svg role="img" aria-label="p95 latency per route against its budget" viewBox="0 0 ${width} ${routes.length * rowH + 8}" width="${width}" style="max-width:100%">${rows}</svg>
<figcaption>p95 per route (bar) against its budget (dashed line)</figcaption></figure>${table}`;
}
function facts(report) {
  const m = report.metrics;
  const parts = [];
  if (report.check === "secret-scan" && m.scope)
    parts.push(`${m.scope}: ${m.commits} commit(s), ${m.files} file(s), ${m.bytes} bytes, ${m.engine}`);
  if (report.check === "smoke-test" && m.passed !== void 0)
    parts.push(`${m.passed} check(s) passed, ${m.failed} failed, ${m.durationMs} ms in all`);
  if (report.check === "migration-check" && m.files !== void 0)
    parts.push(`${m.files} migration file(s), ${m.linted} linted, ${m.applied} statement(s) applied on ${m.engine}`);
  if (report.check === "dns-check" && m.domain) parts.push(`${m.domain} against ${m.source}`);
  return parts.length ? `<p class="facts">${esc(parts.join(" \xB7 "))}</p>` : "";
}
function card(report) {
  const pass = report.result === "pass";
  const findings = report.findings.length ? `<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th></tr></thead><tbody>${report.findings.map(
    (f) => `<tr class="${f.severity}"><td>${esc(f.severity)}</td><td><code>${esc(f.ruleId)}</code></td><td>${esc(formatLocation(f) || "\u2014")}</td><td><strong>${esc(f.title)}</strong> ${esc(f.message)}</td></tr>`
  ).join("")}</tbody></table>` : '<p class="none">No findings.</p>';
  const { errors, warnings, notices } = report.counts;
  return `<section class="card ${pass ? "pass" : "fail"}" id="${esc(report.check)}">
<header><h2>${esc(TITLES[report.check] ?? report.check)}</h2><span class="verdict">${pass ? "PASS" : "FAIL"}</span></header>
<p class="counts">${errors} error(s) \xB7 ${warnings} warning(s) \xB7 ${notices} notice(s) \xB7 ${(report.durationMs / 1e3).toFixed(1)} s</p>
${facts(report)}
${report.check === "latency-budget" ? latencyChart(report) : ""}
${findings}
</section>`;
}
function renderHtmlReport(reports, meta) {
  const failed = reports.filter((r) => r.result === "fail").length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}
.summary{margin:0 0 20px;color:#4a5263}
.grid{display:grid;gap:16px}
.card{background:#fff;border-radius:10px;padding:16px 20px;box-shadow:0 1px 3px rgba(0,0,0,.08);border-left:6px solid #2e9e5b}
.card.fail{border-left-color:#d64545}
.card header{display:flex;justify-content:space-between;align-items:center}
.card h2{font-size:18px;margin:0}
.verdict{font-weight:700;padding:2px 10px;border-radius:12px;background:#e3f5ea;color:#1e7a45}
.fail .verdict{background:#fde8e8;color:#b32d2d}
.counts{color:#596275;margin:6px 0 10px}
.facts{margin:0 0 10px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-top:1px solid #e6e8ec;vertical-align:top}
tr.error td:first-child{color:#b32d2d;font-weight:600}
tr.warning td:first-child{color:#9a6700;font-weight:600}
code{font-size:12px}
.none{color:#596275}
svg .bar{fill:#4c8bf5}svg .bar.over{fill:#d64545}svg .budget{stroke:#1d2330;stroke-width:2;stroke-dasharray:3 2}
svg text{font-size:12px;fill:#1d2330}
figure{margin:0 0 12px}figcaption{font-size:12px;color:#596275}
</style>
</head>
<body>
<main>
<h1>${esc(meta.title)}</h1>
<p class="summary">${reports.length - failed} of ${reports.length} gate(s) passed \xB7 generated ${esc(meta.generated.toISOString())}${meta.note ? ` \xB7 ${esc(meta.note)}` : ""}</p>
<div class="grid">
${reports.map(card).join("\n")}
</div>
</main>
</body>
</html>
`;
}

// src/cli/demo.ts
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
  for (const f of ["server.js", "smoke.yml", "latency.yml"]) cpSync(path.join(example, f), path.join(dir, f));
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "ops-app: orders, login, approvals");
  mkdirSync(path.join(dir, "config"));
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const fake = `AKIA${[...randomBytes2(16)].map((b) => alphabet[b % 32]).join("")}`;
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
async function runDemo(io) {
  const example = exampleDir();
  const password = randomBytes2(12).toString("base64url");
  const app = createOpsApp({ password });
  await new Promise((resolve) => app.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${app.address().port}`;
  const history = buildHistory(example);
  io.err(`ops-app is running at ${url}; the secret scan reads a ${3}-commit history built in ${history.dir}.`);
  const secrets = new SecretRegistry();
  try {
    const config = loadConfig(path.join(example, "launchgate.yml"), CHECKS, "examples/ops-app/launchgate.yml");
    const fast = io.env.LAUNCHGATE_DEMO_FAST === "1";
    for (const section of config.sections) {
      if (section.check.section === "smoke" || section.check.section === "latency") section.raw["base-url"] = url;
      if (section.check.section === "secrets") section.raw["working-directory"] = history.dir;
      if (section.check.section === "latency" && fast)
        Object.assign(section.raw, { "duration-s": "0.6", "warmup-s": "0", rounds: "2" });
    }
    const done = await runConfig(config, {
      env: { ...io.env, SMOKE_PASSWORD: password },
      event: { name: "local", payload: {} },
      secrets,
      inActions: false,
      onStart: (c) => io.err(`\u2026 ${c}`),
      onLog: (check, lines) => {
        if (lines.length) io.err(lines.map((l) => `[${check}] ${l}`).join("\n"));
      }
    });
    const reports = done.map((d) => d.report);
    io.out(secrets.redact(`${render(done, "text")}

${overviewTable(done)}`));
    const htmlPath = path.resolve(io.cwd, "launchgate-report.html");
    writeFileSync(
      htmlPath,
      secrets.redact(
        renderHtmlReport(reports, { title: "launchgate \u2014 ops-app demo", generated: /* @__PURE__ */ new Date(), note: `app at ${url}` })
      )
    );
    io.out(`
Report: ${htmlPath}`);
    const problems = [];
    const scan = reports.find((r) => r.check === "secret-scan");
    if (!scan?.findings.some((f) => f.ruleId === "aws-access-key-id" && f.file === history.plantedFile))
      problems.push("the planted key was not found");
    for (const r of reports.filter((x) => x.check !== "secret-scan"))
      if (r.result !== "pass") problems.push(`${r.check} did not pass`);
    if (problems.length) {
      io.out(`
The demo did not behave as designed: ${problems.join("; ")}.`);
      return 1;
    }
    io.out(
      "\nThe demo behaved as designed: the planted key was found in history (the secret scan fails, as it should), and every other gate passed."
    );
    return 0;
  } finally {
    app.closeAllConnections();
    await new Promise((resolve) => app.close(resolve));
    rmSync(history.dir, { recursive: true, force: true });
  }
}

// src/cli/init.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync as existsSync2, mkdirSync as mkdirSync2, readFileSync, writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";
var WORKFLOW = `# Written by \`launchgate init\`: every gate of launchgate.yml in one step.
name: launchgate
on:
  pull_request:
  push:
    branches: [main]
  schedule:
    - cron: '17 6 * * *'
permissions:
  contents: read
  pull-requests: write
jobs:
  launchgate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
      - uses: launchgate/launchgate@v1
        with:
          config: launchgate.yml
        env:
          SMOKE_PASSWORD: \${{ secrets.SMOKE_PASSWORD }}
`;
function runInit(flags, io) {
  const force = flags.force === "true";
  const configFile = path2.join(io.cwd, "launchgate.yml");
  const workflowFile = path2.join(io.cwd, ".github", "workflows", "launchgate.yml");
  for (const f of [configFile, workflowFile]) {
    if (existsSync2(f) && !force)
      throw new UserError(`${path2.relative(io.cwd, f)} already exists; run 'launchgate init --force' to replace it.`);
  }
  const found = [];
  const config = { secrets: { mode: "auto" } };
  if (existsSync2(path2.join(io.cwd, ".gitleaks.toml"))) {
    config.secrets["rules-config"] = ".gitleaks.toml";
    found.push(".gitleaks.toml (used as the secret-scan rules)");
  }
  const migrations = discoverMigrations(io.cwd, []);
  if (migrations.length) {
    const layouts = [...new Set(migrations.map((m) => m.layout))];
    const dirs = [...new Set(migrations.map((m) => path2.posix.dirname(m.path)))];
    config.migrations = { "changed-only": true };
    found.push(
      `${migrations.length} ${layouts.join("/")} migration(s) in ${dirs.slice(0, 3).join(", ")}${dirs.length > 3 ? ", \u2026" : ""}`
    );
  }
  let scripts = {};
  try {
    scripts = JSON.parse(readFileSync(path2.join(io.cwd, "package.json"), "utf8")).scripts ?? {};
  } catch {
    scripts = {};
  }
  const start = scripts.start ? "npm start" : scripts.dev ? "npm run dev" : void 0;
  config.smoke = { "base-url": "https://staging.example.com", urls: ["/"] };
  config.latency = {
    "base-url": start ? "http://127.0.0.1:3000" : "https://staging.example.com",
    routes: "routes:\n  - name: home\n    path: /\n",
    ...start ? { "start-command": start, "ready-url": "http://127.0.0.1:3000/" } : {}
  };
  if (start) found.push(`package.json script '${start}' (used to start the app for the latency gate)`);
  config.dns = {
    domain: "example.com",
    https: ["example.com", "www.example.com"],
    "canonical-host": "www.example.com"
  };
  const header = "# launchgate.yml, written by `launchgate init`: one section per gate, whose keys are that action's inputs.\n# Replace the example.com values, then run `npx launchgate run`.\n";
  writeFileSync2(configFile, header + (0, import_yaml.stringify)(config, { lineWidth: 0 }));
  mkdirSync2(path2.dirname(workflowFile), { recursive: true });
  writeFileSync2(workflowFile, WORKFLOW);
  io.out(
    `Wrote launchgate.yml and .github/workflows/launchgate.yml.${found.length ? `
Found: ${found.join("; ")}.` : ""}`
  );
  return 0;
}

// src/cli/main.ts
var USAGE = `launchgate \u2014 launch-readiness gates for CI and your terminal

Usage:
  launchgate <check> [--input value ...]   run one gate with its action inputs as flags
  launchgate run [--config launchgate.yml] [--only secrets,dns] [--format text|json|markdown|sarif] [--report file.json]
  launchgate init [--force]                 write a starter launchgate.yml and workflow for this repository
  launchgate demo                           start examples/ops-app and run every gate against it (npm start)
  launchgate --help | --version

Checks: ${CHECKS.map((c) => `${c.name} (${c.section})`).join(", ")}
Run 'launchgate <check> --help' for a check's flags.
Exit codes: 0 pass, 1 a gate failed, 2 usage or configuration error.`;
function parseFlags(args, known, context) {
  const flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--"))
      throw new UserError(`Unexpected argument '${arg}' for ${context}; flags look like --name value.`);
    let name = arg.slice(2);
    let value;
    const eq = name.indexOf("=");
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (!known.includes(name)) {
      const hint = closest(name, known);
      throw new UserError(`Unknown flag --${name} for ${context}${hint ? ` (did you mean --${hint}?)` : ""}.`);
    }
    if (value === void 0) {
      const next = args[i + 1];
      if (next === void 0 || next.startsWith("--")) value = "true";
      else {
        value = next;
        i++;
      }
    }
    flags[name] = value;
  }
  return flags;
}
function checkHelp(name) {
  const check = checkByName(name);
  const lines = [`launchgate ${check.name} \u2014 ${check.description}`, "", "Flags (the action inputs):"];
  for (const [input, spec] of Object.entries({ ...check.inputs, ...COMMON_INPUTS })) {
    lines.push(
      `  --${input}${spec.default ? ` (default: ${spec.default})` : ""}${spec.required ? " (required)" : ""}
      ${spec.description}`
    );
  }
  return lines.join("\n");
}
async function cli(argv, io) {
  const secrets = new SecretRegistry();
  try {
    const [command, ...rest] = argv;
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    if (command === "--version") {
      io.out("launchgate 0.1.0");
      return 0;
    }
    if (command === "run") return await runCommand(rest, io, secrets);
    if (command === "demo") return await runDemo(io);
    if (command === "init") return runInit(parseFlags(rest, ["force"], "'launchgate init'"), io);
    const check = checkByName(command);
    if (!check) {
      const hint = closest(command, [...CHECKS.flatMap((c) => [c.name, c.section]), "run", "init", "demo"]);
      throw new UserError(
        `Unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ""}. Run 'launchgate --help' for the commands.`
      );
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(checkHelp(command));
      return 0;
    }
    const known = [...Object.keys(check.inputs), ...Object.keys(COMMON_INPUTS), "format"];
    const flags = parseFlags(rest, known, `'launchgate ${check.name}'`);
    const format = flags.format ?? "text";
    if (!FORMATS.includes(format)) throw new UserError(`--format got '${format}'; accepted: ${FORMATS.join(", ")}.`);
    delete flags.format;
    const log = {
      info: (m) => io.err(secrets.redact(m)),
      warning: (m) => io.err(`warning: ${secrets.redact(m)}`),
      debug: () => {
      }
    };
    const done = await executeCheck(check, {
      raw: flags,
      where: (name) => `Flag --${name}`,
      baseDir: io.cwd,
      env: io.env,
      event: readEvent(io.env),
      log,
      secrets,
      inActions: false
    });
    writeJsonReport(check.name, done.report);
    io.out(secrets.redact(render([done], format)));
    return done.report.result === "fail" ? 1 : 0;
  } catch (err) {
    io.err(`launchgate: ${secrets.redact(errorMessage(err))}`);
    return err instanceof UserError ? 2 : 1;
  }
}
async function runCommand(args, io, secrets) {
  const flags = parseFlags(args, ["config", "only", "format", "report"], "'launchgate run'");
  const format = flags.format ?? "text";
  if (!FORMATS.includes(format)) throw new UserError(`--format got '${format}'; accepted: ${FORMATS.join(", ")}.`);
  const configName = flags.config ?? "launchgate.yml";
  const configPath = path3.resolve(io.cwd, configName);
  const config = loadConfig(configPath, CHECKS, configName);
  const only = flags.only ? flags.only.split(",").map((s) => s.trim()).filter(Boolean) : void 0;
  const running = /* @__PURE__ */ new Set();
  const progress = () => {
    if (io.isTTY) process.stderr.write(`\r\x1B[2Krunning: ${[...running].join(", ") || "done"}`);
  };
  const done = await runConfig(config, {
    only,
    env: io.env,
    event: readEvent(io.env),
    secrets,
    inActions: false,
    onStart: (c) => {
      running.add(c);
      progress();
    },
    onDone: (d) => {
      running.delete(checkByName(d.report.check)?.section ?? d.report.check);
      progress();
    },
    onLog: (check, lines) => {
      if (lines.length) io.err(lines.map((l) => `[${check}] ${l}`).join("\n"));
    }
  });
  if (io.isTTY) process.stderr.write("\r\x1B[2K");
  const reportPath = flags.report ? path3.resolve(io.cwd, flags.report) : void 0;
  const combined = {
    config: config.file,
    result: done.some((d) => d.report.result === "fail") ? "fail" : "pass",
    reports: done.map((d) => d.report)
  };
  if (reportPath) {
    mkdirSync3(path3.dirname(reportPath), { recursive: true });
    writeFileSync3(reportPath, JSON.stringify(combined, null, 2) + "\n");
  } else writeJsonReport("launchgate", combined);
  if (format === "text") io.out(secrets.redact(`${render(done, "text")}

${overviewTable(done)}`));
  else io.out(secrets.redact(render(done, format)));
  return combined.result === "fail" ? 1 : 0;
}

// src/cli/index.ts
var code = await cli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY)
});
process.exitCode = code;
