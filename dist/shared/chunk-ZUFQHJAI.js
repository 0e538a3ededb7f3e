import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  formatDuration,
  initialState,
  replay,
  step,
  toProbe,
  toRecord,
  writeDashboard
} from "./chunk-FON7DSZJ.js";
import {
  checkUrl,
  readFlowFile,
  runFlow
} from "./chunk-MYRYNTSF.js";
import {
  envReferences
} from "./chunk-XJ7Y7GIU.js";
import {
  historyInputs,
  historyName,
  isUptime,
  mergeParsed,
  monthFile,
  openHistory,
  parseHistory,
  runUrlOf,
  unknownKindsText
} from "./chunk-TPSHQTVP.js";
import {
  groupBy
} from "./chunk-72I7UR5T.js";
import {
  readCaFile
} from "./chunk-IJEZSMNN.js";
import {
  catalogTable,
  findingsOf
} from "./chunk-3ROBTW4Y.js";
import {
  loadYaml
} from "./chunk-M7BUO5DP.js";
import {
  HttpClient
} from "./chunk-74U225BG.js";
import {
  defineCheck
} from "./chunk-MJ7T7JTD.js";
import {
  bool,
  integer,
  list,
  text
} from "./chunk-FWQDJEAF.js";
import {
  neutralizeMarkdown,
  table
} from "./chunk-DLCS5LTK.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  __export,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/uptime/index.ts
var uptime_exports = {};
__export(uptime_exports, {
  clockFor: () => clockFor,
  uptime: () => uptime
});
init_define_LAUNCHGATE_GATES();
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

// src/checks/uptime/alerts.ts
init_define_LAUNCHGATE_GATES();
import { createHmac } from "node:crypto";
var UPTIME_LABEL = "launchgate-uptime";
var SIGNATURE_HEADER = "x-launchgate-signature-256";
var EXCERPT = 300;
function maskUrl(url) {
  try {
    return `${new URL(url).origin}/***`;
  } catch {
    return "***";
  }
}
var slackEscape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var mdCode = (s) => {
  const flat = s.replace(/[\r\n]+/g, " ").replace(/`/g, "'");
  return flat ? `\`${flat}\`` : "";
};
var iso = (ms) => new Date(ms).toISOString().replace(".000Z", "Z");
function alertText(t, ctx) {
  const r = (s) => ctx.secrets.redact(s);
  const excerpt = t.excerpt ? r(t.excerpt.slice(0, EXCERPT)) : void 0;
  if (t.to === "down")
    return {
      title: `\u{1F534} ${r(t.check)} is down`,
      lines: [
        `What failed: ${r(t.cause)}`,
        `Since: ${iso(t.since)}`,
        ...excerpt ? [`Last response: ${excerpt}`] : [],
        ...ctx.runUrl ? [`Run: ${ctx.runUrl}`] : []
      ]
    };
  if (t.to === "degraded")
    return {
      title: `\u{1F7E0} ${r(t.check)} is slow`,
      lines: [`What: ${r(t.cause)}`, `Since: ${iso(t.since)}`, ...ctx.runUrl ? [`Run: ${ctx.runUrl}`] : []]
    };
  const what = t.from === "down" ? "outage" : "slowness";
  return {
    title: `\u2705 ${r(t.check)} recovered`,
    lines: [
      `The ${what} lasted ${formatDuration(t.durationMs ?? 0)} (${iso(t.since)} to ${iso(t.at)}).`,
      `Cause: ${r(t.cause)}`,
      ...ctx.runUrl ? [`Run: ${ctx.runUrl}`] : []
    ]
  };
}
async function post(client, channel, url, body, headers) {
  let res;
  try {
    res = await client.send({ method: "POST", url, headers: { "content-type": "application/json", ...headers }, body });
  } catch (err) {
    throw new Error(`${channel} (${maskUrl(url)}) could not be reached: ${errorMessage(err)}`);
  }
  if (res.status < 200 || res.status >= 300)
    throw new Error(`${channel} (${maskUrl(url)}) answered HTTP ${res.status}: ${res.body.slice(0, 200)}`);
  return res.body;
}
function slackChannel(url, client, ctx) {
  ctx.secrets.add(url);
  return {
    name: "slack-webhook",
    async send(t) {
      const { title, lines } = alertText(t, ctx);
      const text2 = [`*${slackEscape(title)}*`, ...lines.map(slackEscape)].join("\n");
      await post(client, "slack-webhook", url, JSON.stringify({ text: text2 }), {});
      return true;
    }
  };
}
function webhookPayload(t, ctx) {
  const { title, lines } = alertText(t, ctx);
  return {
    event: t.to === "up" ? "recovered" : t.to,
    check: ctx.secrets.redact(t.check),
    from: t.from,
    to: t.to,
    at: new Date(t.at).toISOString(),
    since: new Date(t.since).toISOString(),
    ...t.durationMs !== void 0 ? { durationMs: t.durationMs } : {},
    cause: ctx.secrets.redact(t.cause),
    ...t.excerpt ? { excerpt: ctx.secrets.redact(t.excerpt.slice(0, EXCERPT)) } : {},
    ...ctx.repository ? { repository: ctx.repository } : {},
    ...ctx.runUrl ? { runUrl: ctx.runUrl } : {},
    text: [title, ...lines].join("\n")
  };
}
function signature(body, secret) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
function webhookChannel(url, secret, client, ctx) {
  ctx.secrets.add(url);
  ctx.secrets.add(secret);
  return {
    name: "webhook",
    async send(t) {
      const body = JSON.stringify(webhookPayload(t, ctx));
      await post(client, "webhook", url, body, secret ? { [SIGNATURE_HEADER]: signature(body, secret) } : {});
      return true;
    }
  };
}
var marker = (check) => `<!-- launchgate-uptime check=${encodeURIComponent(check)} -->`;
async function openOutages(gh) {
  const res = await gh.request("GET /repos/{owner}/{repo}/issues", {
    labels: UPTIME_LABEL,
    state: "open",
    per_page: 100
  });
  const out = /* @__PURE__ */ new Map();
  for (const issue of res.data) {
    const body = issue.body ?? "";
    const m = /<!-- launchgate-uptime check=(\S+) -->/.exec(body);
    if (issue.pull_request || !m) continue;
    let check;
    try {
      check = decodeURIComponent(m[1]);
    } catch {
      continue;
    }
    const since = Date.parse(/^- Since: (\S+)$/m.exec(body)?.[1] ?? issue.created_at ?? "");
    out.set(check, Number.isNaN(since) ? Date.now() : since);
  }
  return out;
}
function issueChannel(gh, ctx) {
  const findOpen = async (check) => {
    const res = await gh.request("GET /repos/{owner}/{repo}/issues", {
      labels: UPTIME_LABEL,
      state: "open",
      per_page: 100
    });
    const found = res.data.find(
      (i) => !i.pull_request && (i.body ?? "").includes(marker(check))
    );
    return found?.number;
  };
  return {
    name: "alert-issue",
    async send(t) {
      if (t.to === "degraded" || t.to === "up" && t.from !== "down") return false;
      const { title } = alertText(t, ctx);
      const safe = { ...t, cause: "", excerpt: void 0 };
      const lines = alertText(safe, ctx).lines.filter((l) => !/^(What failed|Cause|Last response): ?$/.test(l));
      const r = (x) => mdCode(ctx.secrets.redact(x));
      lines.push(`${t.to === "down" ? "What failed" : "Cause"}: ${r(t.cause)}`);
      if (t.excerpt && t.to === "down") lines.push(`Last response: ${r(t.excerpt.slice(0, EXCERPT))}`);
      const heading = neutralizeMarkdown(title.replace(/[\r\n]+/g, " "));
      const stored = ctx.secrets.redact(t.check);
      const body = `${neutralizeMarkdown(lines.map((l) => `- ${l.replace(/[\r\n]+/g, " ")}`).join("\n"))}

${marker(stored)}`;
      const open = await findOpen(stored);
      if (t.to === "down") {
        if (open !== void 0) {
          await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            issue_number: open,
            body: `${heading}

${body}`
          });
          return true;
        }
        await gh.request("POST /repos/{owner}/{repo}/issues", {
          title: `Outage: ${ctx.secrets.redact(t.check).replace(/[\r\n]+/g, " ")} is down`,
          labels: [UPTIME_LABEL],
          body
        });
        return true;
      }
      if (open === void 0) return false;
      await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: open,
        body: `${heading}

${body}`
      });
      await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        issue_number: open,
        state: "closed",
        state_reason: "completed"
      });
      return true;
    }
  };
}

// src/checks/uptime/findings.ts
init_define_LAUNCHGATE_GATES();
var UPTIME_FINDINGS = {
  "uptime-down": {
    severity: "error",
    meaning: "The check is down at the end of the run: `alert-after` consecutive checks failed (the message gives since when and the cause).",
    fix: "Fix the site; the next passing check sends the recovery and closes the issue."
  },
  "uptime-degraded": {
    severity: "warning",
    meaning: "Passing, but slower than `slow-ms` on `slow-after` consecutive checks.",
    fix: "Find the slow dependency; or raise `slow-ms` if the budget was too tight."
  },
  "uptime-recovered": {
    severity: "notice",
    meaning: "A check that was down or degraded passes again; the message gives how long it lasted.",
    fix: "Nothing; it is the incident's record."
  },
  "uptime-alert-failed": {
    severity: "error",
    meaning: "An alert was not delivered: the channel (its URL masked) did not answer 2xx or could not be reached.",
    fix: "Check the secret (a revoked Slack webhook answers 404/410 `no_service`), the receiver, or the token's `issues: write`."
  },
  "uptime-history-failed": {
    severity: "error",
    meaning: "The results could not be appended to the data branch after the retries.",
    fix: "Give the workflow `contents: write`; check branch protection on `history-branch`. The results are in the report's `metrics.results`."
  },
  "uptime-history-corrupt": {
    severity: "warning",
    meaning: "Lines of a month file are not valid records; they were skipped (and kept in the file). Records of a kind this version does not know (written by a newer launchgate) are skipped and counted in the log, not reported.",
    fix: "Fix or remove the lines on the data branch by hand; launchgate never drops them."
  },
  "could-not-check": {
    severity: "error",
    meaning: "The run stopped before it could check (the GitHub API failed, say).",
    fix: "Read the message; nothing passed unchecked."
  }
};
var uptimeFinding = findingsOf(UPTIME_FINDINGS);

// src/checks/uptime/targets.ts
init_define_LAUNCHGATE_GATES();
function urlTarget(url, client, baseUrl) {
  return {
    name: url,
    async probe(at) {
      const r = await checkUrl(client, url, baseUrl);
      const answered = r.status !== void 0 ? `HTTP ${r.status}` : void 0;
      return {
        at,
        ok: r.ok,
        ms: r.ms,
        error: r.ok ? void 0 : r.problem ?? "failed",
        excerpt: r.ok ? void 0 : answered
      };
    }
  };
}
function flowTarget(flow, client, baseUrl, env, onSecret, redact) {
  return {
    name: flow.name,
    async probe(at) {
      const r = await runFlow(flow, { client, baseUrl, env, onSecret, redact });
      const failed = r.steps.find((s) => !s.ok && !s.skipped);
      const answered = r.steps.some((s) => s.status !== void 0);
      let error;
      if (failed) error = `${failed.step}: ${failed.failures.join("; ")}`;
      else if (r.overBudget) error = `took ${Math.round(r.ms)} ms; max-duration-ms is ${flow["max-duration-ms"]}`;
      return {
        at,
        ok: r.ok,
        ms: answered ? r.ms : void 0,
        error,
        excerpt: failed?.status !== void 0 ? `HTTP ${failed.status}${failed.excerpt ? ` ${failed.excerpt}` : ""}` : void 0
      };
    }
  };
}

// src/checks/uptime/watch.ts
init_define_LAUNCHGATE_GATES();
var realClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
async function watch(opts) {
  const { clock, intervalMs, watchMs } = opts;
  const states = /* @__PURE__ */ new Map();
  for (const t of opts.targets) states.set(t.name, opts.initial?.get(t.name) ?? initialState());
  const result = { rounds: 0, probes: [], transitions: [], states, alertErrors: [] };
  const start = clock.now();
  const end = start + watchMs;
  for (; ; ) {
    const at = clock.now();
    const probes = await Promise.all(opts.targets.map((t) => t.probe(at)));
    result.rounds++;
    for (const [i, target] of opts.targets.entries()) {
      const probe = probes[i];
      result.probes.push({ check: target.name, probe });
      opts.onProbe?.(target.name, probe);
      const next = step(target.name, states.get(target.name), probe, opts.thresholds);
      states.set(target.name, next.state);
      if (!next.transition) continue;
      result.transitions.push(next.transition);
      try {
        await opts.onTransition?.(next.transition);
      } catch (error) {
        result.alertErrors.push({ transition: next.transition, error });
      }
    }
    const now = clock.now();
    const nextRound = start + Math.max(result.rounds, Math.floor((now - start) / intervalMs) + 1) * intervalMs;
    if (nextRound >= end) break;
    await clock.sleep(nextRound - now);
  }
  return result;
}

// src/checks/uptime/index.ts
var clockFor = { current: realClock };
var MARGIN_MINUTES = 1;
var oneLine = (s) => s.replace(/[\r\n]+/g, " ");
var iso2 = (ms) => new Date(ms).toISOString().replace(".000Z", "Z");
var uptime = defineCheck({
  name: "uptime",
  section: "uptime",
  impact: {
    default: "access",
    reach: "everyone",
    fix: "Bring the failing check back up; the alert names what failed and since when.",
    byRule: { "uptime-degraded": "speed", "uptime-recovered": "hygiene", "uptime-history-corrupt": "hygiene" }
  },
  readmeTables: { "findings:uptime": () => catalogTable(UPTIME_FINDINGS) },
  title: "launchgate uptime",
  description: "Checks URLs and flows every minute inside a scheduled run, alerts Slack, a webhook or an issue once per outage, keeps the history and renders a status page.",
  branding: { icon: "radio", color: "green" },
  inputs: {
    urls: list("URLs to check, one per line: each must answer 2xx, or 3xx to the same site (the smoke gate rule)."),
    flows: text("Smoke flow file (same format as the smoke gate) whose flows are checked too; empty for none."),
    "base-url": text("Base URL for relative URLs and flows (or the flow file sets base-url)."),
    "watch-minutes": integer(
      "Minutes to keep checking within this run (0 = one round). Match it to the schedule: 5 for */5.",
      "0",
      0,
      355
    ),
    "interval-s": integer("Seconds between rounds of checks while watching (at least 10).", "60", 10, 3600),
    "job-timeout-minutes": integer(
      "The job's timeout-minutes (GitHub's default is 360): watch-minutes plus a minute must fit in it.",
      "360",
      1,
      360
    ),
    "alert-after": integer("Consecutive failed checks before a check is down and an alert is sent.", "2", 1, 100),
    "slow-ms": integer(
      "A passing check slower than this (ms) counts as slow; 0 turns degraded alerts off.",
      "0",
      0,
      6e5
    ),
    "slow-after": integer("Consecutive slow checks before a degraded alert.", "3", 1, 100),
    "timeout-ms": integer("Timeout of each request in milliseconds.", "10000", 1, 12e4),
    retries: integer("Retries per request on network errors and 5xx before a check counts as failed.", "0", 0, 5),
    "ca-file": text("PEM file of an extra CA to trust (private or test CA)."),
    "slack-webhook": text("Slack incoming-webhook URL (pass it from a secret); empty for no Slack alerts.", "", {
      secret: true
    }),
    webhook: text("URL that receives a JSON POST per change of status (pass it from a secret); empty for none.", "", {
      secret: true
    }),
    "webhook-secret": text(
      "Key of the HMAC-SHA256 signature of each webhook body, sent as x-launchgate-signature-256: sha256=<hex>.",
      "",
      { secret: true }
    ),
    "alert-issue": bool(
      "Open a GitHub issue (label launchgate-uptime) on an outage; comment and close it on recovery.",
      "false"
    ),
    ...historyInputs("each result"),
    dashboard: bool("Render the status page (index.html) and SVG badges into dashboard-dir from the history.", "false"),
    "dashboard-dir": text("Folder the status page and badges are written to.", "uptime-dashboard")
  },
  outputs: {
    status: { description: "up, degraded or down: the worst status of any check at the end of the run." },
    checks: { description: "Number of checks made (targets \xD7 rounds)." },
    alerts: { description: "Number of alerts delivered." },
    "dashboard-dir": { description: "Where the status page was written (when dashboard is true)." }
  },
  async run(inputs, ctx) {
    if (inputs["watch-minutes"] + MARGIN_MINUTES > inputs["job-timeout-minutes"])
      throw new UserError(
        `Input 'watch-minutes' is ${inputs["watch-minutes"]} but 'job-timeout-minutes' is ${inputs["job-timeout-minutes"]}: the watch needs ${MARGIN_MINUTES} minute more than it lasts for setup, alerts and history. Watch at most ${inputs["job-timeout-minutes"] - MARGIN_MINUTES} minutes, or raise the job's timeout-minutes and this input.`
      );
    let file;
    if (inputs.flows) {
      const flowsPath = path.resolve(ctx.cwd, inputs.flows);
      if (!existsSync(flowsPath)) throw new UserError(`Input 'flows': cannot read ${inputs.flows} (no such file).`);
      file = readFlowFile(loadYaml(flowsPath, inputs.flows));
    }
    if (inputs.urls.length === 0 && !file)
      throw new UserError(`Nothing to check: give URLs in input 'urls' or a flow file in input 'flows'.`);
    const baseUrl = inputs["base-url"] || file?.baseUrl;
    if (baseUrl && !/^https?:\/\/[^/]/.test(baseUrl))
      throw new UserError(`Input 'base-url' got ${JSON.stringify(baseUrl)}; accepted: an http:// or https:// URL.`);
    const missing = [...envReferences(file?.flows ?? [])].filter((name) => ctx.env[name] === void 0);
    if (missing.length > 0)
      throw new UserError(
        `${inputs.flows}: environment variable(s) ${missing.join(", ")} used by the flows are not set; no request was sent.`
      );
    for (const name of envReferences(file?.flows ?? [])) ctx.secrets.add(ctx.env[name]);
    for (const url of [inputs["slack-webhook"], inputs.webhook])
      if (url && !/^https?:\/\/[^/]/.test(url))
        throw new UserError(
          `A webhook input got a value that is not an http(s) URL (value masked); accepted: https://\u2026.`
        );
    if (inputs["alert-issue"] && !ctx.github)
      throw new UserError(
        `Input 'alert-issue' needs the GitHub API: give 'github-token' (the default \${{ github.token }}) and run in a repository.`
      );
    const store = openHistory(ctx, inputs.history, inputs["history-branch"]);
    const thresholds = {
      alertAfter: inputs["alert-after"],
      slowMs: inputs["slow-ms"],
      slowAfter: inputs["slow-after"]
    };
    const ca = readCaFile(ctx.cwd, inputs["ca-file"]);
    const client = new HttpClient({ timeoutMs: inputs["timeout-ms"], retries: inputs.retries, ca });
    const alertClient = new HttpClient({ timeoutMs: 1e4, retries: 2 });
    const runUrl = runUrlOf(ctx.env);
    const alertCtx = { runUrl, repository: ctx.env.GITHUB_REPOSITORY, secrets: ctx.secrets };
    const channels = [];
    if (inputs["slack-webhook"]) channels.push(slackChannel(inputs["slack-webhook"], alertClient, alertCtx));
    if (inputs.webhook) channels.push(webhookChannel(inputs.webhook, inputs["webhook-secret"], alertClient, alertCtx));
    if (inputs["alert-issue"]) channels.push(issueChannel(ctx.github, alertCtx));
    const targets = [
      ...inputs.urls.map((u) => urlTarget(u, client, baseUrl)),
      ...(file?.flows ?? []).map(
        (f) => flowTarget(
          f,
          client,
          baseUrl,
          ctx.env,
          (v) => ctx.secrets.add(v),
          (t) => ctx.secrets.redact(t)
        )
      )
    ];
    const names = targets.map((t) => t.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new UserError(`Two checks are named ${JSON.stringify(dup)}; give each URL and flow once.`);
    const findings = [];
    const clock = clockFor.current;
    const storedName = (name) => ctx.secrets.redact(historyName(name));
    const earlier = { records: [], corrupt: [], unknownKinds: /* @__PURE__ */ new Map() };
    const initial = /* @__PURE__ */ new Map();
    try {
      if (store) {
        const now = clock.now();
        for (const month of [monthFile(now - 32 * 864e5), monthFile(now)].filter((m, i, a) => a.indexOf(m) === i)) {
          const got = await store.read(month);
          if (!got) continue;
          const parsed = parseHistory(got.text, month);
          mergeParsed(earlier, parsed);
          if (parsed.corrupt.length)
            findings.push(
              corruptFinding(
                month,
                parsed.corrupt.map((c) => c.line)
              )
            );
        }
        if (earlier.unknownKinds.size)
          ctx.log.info(
            `history: skipped records of kinds this version does not know (a newer launchgate wrote them): ${unknownKindsText(earlier.unknownKinds)}`
          );
        const checks = earlier.records.filter(isUptime);
        for (const name of names) {
          const stored = storedName(name);
          const own = checks.filter((r) => r.check === stored).slice(-1e3);
          initial.set(name, replay(name, own.map(toProbe), thresholds).state);
        }
      } else if (inputs["alert-issue"]) {
        for (const [stored, since] of await openOutages(ctx.github))
          for (const name of names.filter((n) => ctx.secrets.redact(n) === stored))
            initial.set(name, {
              status: "down",
              since,
              failStreak: thresholds.alertAfter,
              failStreakStart: since,
              slowStreak: 0,
              cause: "the outage of the open issue"
            });
      }
      const records = [];
      let delivered = 0;
      ctx.log.info(
        `Checking ${names.length} target(s)${inputs["watch-minutes"] ? ` every ${inputs["interval-s"]} s for ${inputs["watch-minutes"]} min` : " once"}.`
      );
      const result = await watch({
        targets,
        clock,
        watchMs: inputs["watch-minutes"] * 6e4,
        intervalMs: inputs["interval-s"] * 1e3,
        thresholds,
        initial,
        onProbe: (check, probe) => {
          records.push(toRecord(check, probe, thresholds.slowMs));
          ctx.log.info(
            `${iso2(probe.at)} ${probe.ok ? "ok  " : "FAIL"} ${check}${probe.ms !== void 0 ? ` ${Math.round(probe.ms)} ms` : ""}${probe.error ? `: ${oneLine(probe.error)}` : ""}`
          );
        },
        onTransition: async (t) => {
          ctx.log.info(`${t.check}: ${t.from} \u2192 ${t.to}`);
          const failures = [];
          for (const channel of channels) {
            try {
              if (await channel.send(t)) delivered++;
            } catch (err) {
              failures.push(`${channel.name}: ${errorMessage(err)}`);
            }
          }
          if (failures.length) throw new Error(failures.join("; "));
        }
      });
      for (const { transition: t, error } of result.alertErrors)
        findings.push(
          uptimeFinding("uptime-alert-failed", {
            title: `Alert not delivered: ${t.check} ${t.to}`,
            message: `The ${t.from} \u2192 ${t.to} alert of ${t.check} at ${iso2(t.at)} was not delivered: ${errorMessage(error)}`
          })
        );
      let historyNote = "history is off";
      if (store) {
        try {
          const corrupt = await store.append(
            records,
            `launchgate uptime: ${records.length} result(s)${runUrl ? ` from ${runUrl}` : ""}`
          );
          historyNote = `${records.length} result(s) appended to ${inputs["history-branch"]}`;
          const fresh = corrupt.filter((c) => !findings.some((f) => f.file === c.file));
          for (const [month, lines] of groupLines(fresh)) findings.push(corruptFinding(month, lines));
        } catch (err) {
          findings.push(
            uptimeFinding("uptime-history-failed", {
              title: "History not written",
              message: `${records.length} result(s) could not be appended to branch ${inputs["history-branch"]}: ${errorMessage(err)}. They are in this report's metrics.`
            })
          );
          historyNote = "history write failed";
        }
      }
      for (const [name, state] of result.states) {
        if (state.status === "down")
          findings.push(
            uptimeFinding("uptime-down", {
              title: `${name} is down`,
              message: `${name} is down since ${iso2(state.since)} (${formatDuration(clock.now() - state.since)}): ${state.cause}`
            })
          );
        else if (state.status === "degraded")
          findings.push(
            uptimeFinding("uptime-degraded", {
              title: `${name} is slow`,
              message: `${name} is degraded since ${iso2(state.since)}: ${state.cause}`
            })
          );
      }
      for (const t of result.transitions.filter((x) => x.to === "up"))
        findings.push(
          uptimeFinding("uptime-recovered", {
            title: `${t.check} recovered`,
            message: `${t.check} was ${t.from} for ${formatDuration(t.durationMs ?? 0)} (${iso2(t.since)} to ${iso2(t.at)}): ${t.cause}`
          })
        );
      const statuses = [...result.states.values()].map((s) => s.status);
      const worst = statuses.includes("down") ? "down" : statuses.includes("degraded") ? "degraded" : "up";
      const sections = [
        { title: "Checks", markdown: checksTable(names, result.probes, result.states) },
        {
          title: "Alerts",
          markdown: result.transitions.length === 0 ? `No change of status; no alert sent (${channels.map((c) => c.name).join(", ") || "no channel configured"}). ${historyNote}.` : table(
            ["Time", "Check", "Change", "Cause"],
            result.transitions.map((t) => [iso2(t.at), t.check, `${t.from} \u2192 ${t.to}`, t.cause])
          ) + `

${delivered} alert(s) delivered; ${historyNote}.`
        }
      ];
      const outputs = {
        status: worst,
        checks: String(result.probes.length),
        alerts: String(delivered)
      };
      if (inputs.dashboard) {
        const dir = path.resolve(ctx.cwd, inputs["dashboard-dir"]);
        mkdirSync(dir, { recursive: true });
        const all = [...earlier.records, ...records];
        const files = writeDashboard(dir, all, { thresholds, now: clock.now(), secrets: ctx.secrets });
        outputs["dashboard-dir"] = dir;
        ctx.log.info(
          `Status page written to ${path.join(dir, "index.html")}, with ${files.length - 1} badge(s) in ${path.join(dir, "badges")}.`
        );
      }
      return {
        findings,
        metrics: {
          rounds: result.rounds,
          status: worst,
          states: Object.fromEntries([...result.states].map(([n, s]) => [n, s.status])),
          transitions: result.transitions.map((t) => ({ ...t, at: iso2(t.at), since: iso2(t.since) })),
          alertsDelivered: delivered,
          results: records
        },
        sections,
        outputs
      };
    } finally {
      await client.close();
      await alertClient.close();
    }
  }
});
function corruptFinding(file, lines) {
  return uptimeFinding("uptime-history-corrupt", {
    title: "Corrupt history lines skipped",
    message: `${lines.length} line(s) of ${file} are not valid records (line ${lines.slice(0, 10).join(", ")}${lines.length > 10 ? ", \u2026" : ""}); they were skipped and left in the file as they are.`,
    file,
    line: lines[0]
  });
}
function groupLines(corrupt) {
  return new Map([...groupBy(corrupt, (c) => c.file)].map(([file, list2]) => [file, list2.map((c) => c.line)]));
}
function checksTable(names, probes, states) {
  return table(
    ["Check", "Status", "Checks", "Failed", "Slowest (ms)"],
    names.map((n) => {
      const own = probes.filter((p) => p.check === n);
      const ms = own.map((p) => p.probe.ms ?? 0);
      return [
        n,
        states.get(n).status,
        own.length,
        own.filter((p) => !p.probe.ok).length,
        Math.round(Math.max(0, ...ms))
      ];
    })
  );
}

export {
  urlTarget,
  flowTarget,
  watch,
  clockFor,
  uptime,
  uptime_exports
};
