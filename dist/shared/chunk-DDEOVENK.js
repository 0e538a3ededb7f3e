import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  oneLine,
  pollUntilReady,
  startApp
} from "./chunk-NIFEQW4C.js";
import {
  checkUrl,
  readFlowFile,
  runFlow
} from "./chunk-MYRYNTSF.js";
import {
  requireEnvReferences
} from "./chunk-XJ7Y7GIU.js";
import {
  addToHistory,
  historyInputs,
  openHistory,
  runUrlOf
} from "./chunk-TPSHQTVP.js";
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
  HttpClient,
  sleep,
  urlCredentials
} from "./chunk-74U225BG.js";
import {
  defineCheck
} from "./chunk-MJ7T7JTD.js";
import {
  bool,
  integer,
  list,
  text,
  url
} from "./chunk-FWQDJEAF.js";
import {
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

// src/checks/smoke-test/index.ts
var smoke_test_exports = {};
__export(smoke_test_exports, {
  smokeTest: () => smokeTest
});
init_define_LAUNCHGATE_GATES();
import { existsSync } from "node:fs";
import path from "node:path";

// src/checks/smoke-test/findings.ts
init_define_LAUNCHGATE_GATES();
var SMOKE_FINDINGS = {
  "smoke-step-failed": {
    severity: "error",
    meaning: "A step's answer missed an expectation; the annotation is on the step's line and says what was expected, what came back, and the first 300 characters of the body (the visible text of an HTML page), secrets masked.",
    fix: "Fix the app (or the expectation if the app changed on purpose)."
  },
  "smoke-signature-not-verified": {
    severity: "error",
    meaning: "A step sent a signed request with one byte changed after signing (`tamper`), without its signature (`unsigned`), or signed with an old timestamp (`timestamp-offset-s`), and the app accepted it (by default anything but 400, 401 or 403).",
    fix: "Verify the signature over the raw body before processing, with a constant-time comparison, and reject timestamps older than a few minutes."
  },
  "smoke-no-rate-limit": {
    severity: "error",
    meaning: "A `burst` step sent all its requests (at most 500, to the base URL only) and none was answered 429 (or its `status-any`): a login or form that accepts unlimited attempts.",
    fix: "Rate-limit the route (per IP and per account), answering 429 with Retry-After and RateLimit headers."
  },
  "smoke-dependency-failed": {
    severity: "error",
    meaning: "A `health: true` step read a health answer (IETF health-check draft or Spring Boot Actuator) in which a dependency fails (fail, down, error, OUT_OF_SERVICE); each dependency has its own row.",
    fix: "Bring the dependency back (database, queue, mail); the row shows what the app said about it."
  },
  "smoke-dependency-warn": {
    severity: "warning",
    meaning: "A health answer reports a dependency as warn (or UNKNOWN).",
    fix: "Look at the dependency before it fails."
  },
  "smoke-header-missing": {
    severity: "warning",
    meaning: "With `expect: { headers-baseline: true }`, a page lacks one of OWASP's basic headers: Strict-Transport-Security (https), X-Content-Type-Options: nosniff, a Content-Security-Policy frame-ancestors or X-Frame-Options against clickjacking; or its Server / X-Powered-By header reveals a version.",
    fix: "The message names the header and the value to send."
  },
  "smoke-unreachable": {
    severity: "error",
    meaning: "No HTTP answer: DNS, connection refused, TLS or timeout, named with the host.",
    fix: "Check the deploy is up and the URL is right; for a private CA pass `ca-file`."
  },
  "smoke-flow-too-slow": {
    severity: "error",
    meaning: "The whole flow took longer than its `max-duration-ms`.",
    fix: "Find the slow step in the summary table."
  },
  "smoke-url-failed": {
    severity: "error",
    meaning: "A quick check in `urls` did not answer 2xx, or redirected to another site.",
    fix: "Open the URL; a redirect to another site is usually a misconfigured canonical host."
  },
  "smoke-not-ready": {
    severity: "error",
    meaning: "`base-url` did not answer within `wait-for-ready`.",
    fix: "Raise `wait-for-ready`, or check the rollout."
  },
  "smoke-app-not-ready": {
    severity: "error",
    meaning: "The app of `start-command` did not answer: it exited, did not answer within `wait-for-ready` (60 s when 0), or another server already held its port.",
    fix: "Read the app log lines in the message; free the port or fix the command."
  },
  "smoke-app-exited": {
    severity: "error",
    meaning: "The app of `start-command` exited while the flows ran.",
    fix: "Read the app log lines in the message."
  },
  "smoke-flaky": {
    severity: "warning",
    meaning: "A check failed, then passed on the `recheck-after-s` recheck.",
    fix: "Look for a dependency that drops requests."
  },
  "smoke-alert-unavailable": {
    severity: "warning",
    meaning: "With `alert-issue`, the outage issue could not be read or written.",
    fix: "Give the job `issues: write` and `actions: read`, and a `github-token`."
  }
};
var smokeFinding = findingsOf(SMOKE_FINDINGS);

// src/checks/smoke-test/uptime.ts
init_define_LAUNCHGATE_GATES();
var OUTAGE_LABEL = "launchgate-outage";
async function updateOutageIssue(ctx, opts) {
  const api = ctx.github;
  if (!api)
    return {
      summary: "No token or repository: the outage issue was not checked.",
      warning: "alert-issue is on but no github-token/GITHUB_REPOSITORY is available."
    };
  const gh = {
    request: (route, params = {}) => api.request(route, ctx.secrets.redactDeep(params))
  };
  try {
    const open = await gh.request("GET /repos/{owner}/{repo}/issues", {
      labels: OUTAGE_LABEL,
      state: "open",
      per_page: 10
    });
    const issue = open.data.find((i) => !i.pull_request);
    if (!opts.failing) {
      if (!issue) return { summary: "Passing; no outage issue is open." };
      await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: issue.number,
        body: `\u2705 Recovered: the smoke test passes again.

${opts.body}`
      });
      await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        issue_number: issue.number,
        state: "closed",
        state_reason: "completed"
      });
      return { summary: `Passing: closed outage issue #${issue.number}.` };
    }
    const failures = 1 + await previousConsecutiveFailures(ctx);
    if (issue) {
      await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: issue.number,
        body: `\u274C Still failing (${failures} consecutive failed runs).

${opts.body}`
      });
      return { summary: `Still failing: commented on outage issue #${issue.number}.` };
    }
    if (failures < opts.alertAfter)
      return { summary: `Failing: ${failures} consecutive failed run(s); an issue is opened at ${opts.alertAfter}.` };
    const created = await gh.request("POST /repos/{owner}/{repo}/issues", {
      title: `Outage: smoke test failing (${failures} consecutive runs)`,
      labels: [OUTAGE_LABEL],
      body: `The scheduled launchgate smoke test failed ${failures} times in a row.

${opts.body}`
    });
    return { summary: `Failing ${failures} times in a row: opened outage issue #${created.data.number}.` };
  } catch (err) {
    return {
      summary: "The outage issue could not be updated.",
      warning: `Could not update the outage issue (needs issues: write and actions: read): ${errorMessage(err)}`
    };
  }
}
async function previousConsecutiveFailures(ctx) {
  const gh = ctx.github;
  if (!gh.runId) return 0;
  const run = await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { run_id: gh.runId });
  const runs = await gh.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
    workflow_id: run.data.workflow_id,
    event: "schedule",
    status: "completed",
    per_page: 100
  });
  let count = 0;
  for (const r of runs.data.workflow_runs) {
    if (r.id === gh.runId) continue;
    if (r.conclusion !== "failure") break;
    count++;
  }
  return count;
}

// src/checks/smoke-test/starter.ts
init_define_LAUNCHGATE_GATES();
function starter() {
  return { values: { "base-url": "https://staging.example.com", urls: ["/"] }, needsUserValues: true };
}

// src/checks/smoke-test/history.ts
init_define_LAUNCHGATE_GATES();
var SMOKE_HISTORY_INPUTS = historyInputs("the deploy's verdict (commit, ref, failed flows, run link)");
var SMOKE_HISTORY_FINDINGS = {
  "smoke-history-failed": {
    severity: "error",
    meaning: "With `history: true`, the deploy record could not be appended to the data branch after the retries. The flows' own findings are reported beside it.",
    fix: "Give the workflow `contents: write`; check branch protection on `history-branch`. The record is in the report's `metrics.history`."
  }
};
var historyFinding = findingsOf(SMOKE_HISTORY_FINDINGS);
var SHA = /^[0-9a-f]{7,64}$/i;
function deployRecord(result, failedChecks, ctx, at) {
  const deployment = ctx.event.payload?.deployment;
  const sha = typeof deployment?.sha === "string" ? deployment.sha : ctx.env.GITHUB_SHA;
  const ref = typeof deployment?.ref === "string" ? deployment.ref : ctx.env.GITHUB_REF_NAME || ctx.env.GITHUB_REF;
  const record = {
    t: at.toISOString(),
    kind: "deploy",
    verdict: result.findings.some((f) => f.severity === "error") ? "fail" : "pass",
    failed: failedChecks
  };
  if (sha && SHA.test(sha)) record.sha = sha.toLowerCase();
  if (ref) record.ref = oneLine(ref, 300);
  const runUrl = runUrlOf(ctx.env);
  if (runUrl) record.runUrl = runUrl;
  return record;
}
function writeDeployHistory(result, store, failedChecks, ctx) {
  const record = deployRecord(result, failedChecks, ctx, /* @__PURE__ */ new Date());
  return addToHistory(result, store, [record], {
    message: `launchgate smoke: deploy ${record.sha?.slice(0, 7) ?? ""} ${record.verdict}${record.runUrl ? ` from ${record.runUrl}` : ""}`,
    log: ctx.log,
    failed: (title, message) => historyFinding("smoke-history-failed", { title, message })
  });
}

// src/checks/smoke-test/index.ts
var DEFAULT_FLOWS = ".github/smoke.yml";
var smokeTest = defineCheck({
  name: "smoke-test",
  section: "smoke",
  impact: {
    default: "access",
    reach: "everyone",
    byRule: {
      "smoke-flow-too-slow": {
        class: "speed",
        fix: "Find the slow step in the flow log and speed it up, or raise max-duration-ms."
      },
      "smoke-flaky": {
        class: "hygiene",
        reach: "some",
        fix: "Find the dependency that failed once and make it retry or wait for readiness."
      },
      "smoke-signature-not-verified": {
        class: "data",
        fix: "Verify the webhook signature over the raw body before processing, and reject stale timestamps."
      },
      "smoke-no-rate-limit": {
        class: "data",
        fix: "Rate-limit the route (per account and per address), answering 429 with Retry-After."
      },
      "smoke-header-missing": { class: "hygiene", reach: "few" },
      "smoke-alert-unavailable": {
        class: "hygiene",
        reach: "few",
        fix: "Fix the alert channel settings so a failure reaches someone."
      },
      "smoke-history-failed": "hygiene"
    }
  },
  starter,
  readmeTables: { "findings:smoke-test": () => catalogTable({ ...SMOKE_FINDINGS, ...SMOKE_HISTORY_FINDINGS }) },
  title: "launchgate smoke test",
  description: "After a deploy, proves the home page loads, login works and a critical workflow completes in time.",
  branding: { icon: "activity", color: "green" },
  inputs: {
    "base-url": url(
      "Base URL of the deployed app (required unless the flow file sets base-url). Credentials in it (https://user:pw@host) are masked and sent as Basic auth."
    ),
    flows: text("YAML flow file.", DEFAULT_FLOWS),
    urls: list("Quick checks, one URL per line: each must answer 2xx, or 3xx to the same site."),
    "timeout-ms": integer("Timeout of each request in milliseconds.", "10000", 1, 6e5),
    retries: integer("Retries per request on network errors and 5xx, with exponential backoff and jitter.", "2", 0, 10),
    "wait-for-ready": integer("Seconds to poll base-url until it answers before the flows start.", "0", 0, 3600),
    "ca-file": text("PEM file of an extra CA to trust (private or test CA)."),
    "alert-after": integer("Consecutive failed runs before an outage alert is raised.", "1", 1, 100),
    "alert-issue": bool(
      "On schedule, open (and later close) one GitHub issue labelled launchgate-outage when alert-after is reached.",
      "false"
    ),
    "recheck-after-s": integer(
      "When a run fails, wait this long and run the failing flows once more before failing.",
      "0",
      0,
      600
    ),
    "start-command": text(
      "Command that starts the app in the background before the flows (base-url must be free until then). Give latency-budget the same command: the app is started once per run and stopped when the run ends."
    ),
    ...SMOKE_HISTORY_INPUTS
  },
  outputs: {
    passed: { description: "Number of passing steps." },
    failed: { description: "Number of failing steps." },
    "duration-ms": { description: "Total time of all flows in milliseconds." }
  },
  async run(inputs, ctx) {
    const started = performance.now();
    const store = openHistory(ctx, inputs.history, inputs["history-branch"]);
    const finish = (result, failedChecks) => store ? writeDeployHistory(result, store, failedChecks, ctx) : result;
    const flowsPath = path.resolve(ctx.cwd, inputs.flows);
    let file;
    if (existsSync(flowsPath)) file = readFlowFile(loadYaml(flowsPath, inputs.flows));
    else if (inputs.urls.length === 0 || inputs.flows !== DEFAULT_FLOWS) {
      throw new UserError(
        `Input 'flows': cannot read ${inputs.flows} (no such file); give a flow file, or quick checks in input 'urls'.`
      );
    }
    const baseUrl = inputs["base-url"] || file?.baseUrl;
    const shown = registerUrlCredentials([baseUrl ?? "", ...inputs.urls], ctx);
    requireEnvReferences(file?.flows ?? [], ctx, inputs.flows);
    const ca = readCaFile(ctx.cwd, inputs["ca-file"]);
    const client = new HttpClient({
      timeoutMs: inputs["timeout-ms"],
      retries: inputs.retries,
      ca,
      onRetry: (attempt, reason) => ctx.log.info(`retry ${attempt}/${inputs.retries}: ${oneLine(reason)}`)
    });
    const notReady = (finding) => finish(
      {
        findings: [finding],
        metrics: { ready: false },
        outputs: { passed: "0", failed: "0", "duration-ms": String(Math.round(performance.now() - started)) }
      },
      (file?.flows.length ?? 0) + inputs.urls.length
    );
    let app;
    try {
      const findings = [];
      if (inputs["start-command"]) {
        if (!baseUrl) throw new UserError(`Input 'start-command' needs a base-url to wait for.`);
        const launched = await startApp({
          command: inputs["start-command"],
          cwd: ctx.cwd,
          env: ctx.env,
          readyUrl: baseUrl,
          timeoutS: inputs["wait-for-ready"] || 60
        });
        if (!launched.ok)
          return notReady(
            smokeFinding("smoke-app-not-ready", {
              title: "The app did not start",
              message: `${launched.problem}.${logTail(launched.lastLines)}`
            })
          );
        app = launched.app;
        if (launched.reused) ctx.log.info(`Using the app this run already started with: ${oneLine(app.command)}`);
      } else if (inputs["wait-for-ready"] > 0) {
        if (!baseUrl) throw new UserError(`Input 'wait-for-ready' needs a base-url to poll.`);
        const ready = await pollUntilReady(client, baseUrl, { seconds: inputs["wait-for-ready"], intervalMs: 1e3 });
        ctx.log.info(
          ready.ok ? `${shown(baseUrl)} answered after ${ready.seconds.toFixed(1)} s` : `${shown(baseUrl)} did not answer within ${inputs["wait-for-ready"]} s`
        );
        if (!ready.ok)
          return notReady(
            smokeFinding("smoke-not-ready", {
              title: "App not ready",
              message: `${shown(baseUrl)} did not answer within wait-for-ready (${inputs["wait-for-ready"]} s): ${ready.last}`
            })
          );
      }
      const attempt = () => runAll(inputs.urls, file, baseUrl, client, ctx, shown);
      const first = await attempt();
      let recheck;
      if (inputs["recheck-after-s"] > 0 && !first.ok) {
        ctx.log.info(`Smoke test failed; checking again in ${inputs["recheck-after-s"]} s before calling it.`);
        await sleep(inputs["recheck-after-s"] * 1e3);
        const failingFlows = file ? { ...file, flows: first.flows.filter((f) => !f.ok).map((f) => f.flow) } : void 0;
        const failingUrls = first.urls.filter((u) => !u.ok).map((u) => u.url);
        recheck = await runAll(failingUrls, failingFlows, baseUrl, client, ctx, shown);
      }
      const final = recheck ?? first;
      findings.push(...attemptFindings(final, inputs.flows, shown));
      if (app?.exited)
        findings.push(
          smokeFinding("smoke-app-exited", {
            title: "The app exited",
            message: `The app of start-command ${app.exited} while the flows ran.${logTail(app.lastLines)}`
          })
        );
      if (recheck && first !== final) findings.push(...recheckNotes(first, recheck));
      const passed = tally(first).passed + (recheck ? tally(recheck).passed : 0);
      const failedCount = tally(final).failed;
      const durationMs = Math.round(performance.now() - started);
      const sections = [{ title: "Steps", markdown: stepsTable(first, recheck) }];
      const outage = final.ok ? "passing" : "failing";
      if (inputs["alert-issue"] && ctx.event.name === "schedule") {
        const alert = await updateOutageIssue(ctx, {
          failing: !final.ok,
          alertAfter: inputs["alert-after"],
          body: ctx.secrets.redact(sections[0].markdown)
        });
        sections.push({ title: "Outage alert", markdown: alert.summary });
        if (alert.warning)
          findings.push(
            smokeFinding("smoke-alert-unavailable", { title: "Outage alert not updated", message: alert.warning })
          );
      } else if (inputs["alert-issue"]) {
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
            flows: first.flows.map((f) => ({ name: f.flow.name, ok: f.ok, ms: Math.round(f.ms) }))
          },
          sections,
          outputs: { passed: String(passed), failed: String(failedCount), "duration-ms": String(durationMs) }
        },
        failedChecks
      );
    } finally {
      await client.close();
    }
  }
});
function registerUrlCredentials(urls, ctx) {
  for (const u of urls) for (const secret of urlCredentials(u).secrets) ctx.secrets.add(secret);
  return (u) => oneLine(urlCredentials(u).url);
}
function logTail(lines) {
  return lines.length ? ` Last log lines:
${lines.slice(-15).join("\n")}` : "";
}
async function runAll(urls, file, baseUrl, client, ctx, shown) {
  const urlResults = [];
  for (const u of urls) urlResults.push({ ...await checkUrl(client, u, baseUrl), url: shown(u) });
  const flows = [];
  for (const flow of file?.flows ?? []) {
    const result = await runFlow(flow, {
      client,
      baseUrl,
      env: ctx.env,
      onSecret: (v) => ctx.secrets.add(v),
      redact: (t) => ctx.secrets.redact(t)
    });
    ctx.log.info(`${result.ok ? "PASS" : "FAIL"} ${oneLine(flow.name)} (${Math.round(result.ms)} ms)`);
    flows.push(result);
  }
  return { ok: urlResults.every((u) => u.ok) && flows.every((f) => f.ok), urls: urlResults, flows };
}
function tally(attempt) {
  const results = [
    ...attempt.urls.map((u) => u.ok),
    ...attempt.flows.flatMap((f) => f.steps.filter((s) => !s.skipped).map((s) => s.ok))
  ];
  return { passed: results.filter(Boolean).length, failed: results.filter((ok) => !ok).length };
}
function attemptFindings(attempt, flowsFile, shown) {
  const findings = [];
  for (const u of attempt.urls.filter((x) => !x.ok)) {
    findings.push(
      smokeFinding("smoke-url-failed", { title: `Quick check ${shown(u.url)}`, message: u.problem ?? "failed" })
    );
  }
  for (const f of attempt.flows) {
    for (const s of f.steps.filter((x) => !x.ok && !x.skipped)) {
      const got = s.status !== void 0 ? ` Got HTTP ${s.status} in ${Math.round(s.ms)} ms${s.attempts > 1 ? ` after ${s.attempts} attempts` : ""}.` : "";
      const body = s.excerpt !== void 0 ? ` Body: ${JSON.stringify(s.excerpt)}` : "";
      findings.push(
        smokeFinding(
          s.networkError ? "smoke-unreachable" : s.unverified ? "smoke-signature-not-verified" : s.unlimited ? "smoke-no-rate-limit" : s.health && s.failures.some((x) => x.startsWith("dependency ")) ? "smoke-dependency-failed" : "smoke-step-failed",
          {
            title: `${f.flow.name} \u203A ${s.step}`,
            message: `${s.failures.join("; ")}.${got}${body}`,
            file: flowsFile,
            line: s.line
          }
        )
      );
    }
    for (const s of f.steps) {
      for (const m of s.headerMisses ?? [])
        findings.push(
          smokeFinding("smoke-header-missing", {
            title: `${f.flow.name} \u203A ${s.step}: ${m.header}`,
            message: `${m.header} ${m.problem}; ${m.fix}.`,
            file: flowsFile,
            line: s.line
          })
        );
      for (const d of s.health?.dependencies.filter((x) => x.status === "warn") ?? [])
        findings.push(
          smokeFinding("smoke-dependency-warn", {
            title: `${f.flow.name} \u203A ${s.step} \u203A ${d.name}`,
            message: `The health answer reports ${d.name} as ${d.detail}.`,
            file: flowsFile,
            line: s.line
          })
        );
    }
    if (f.overBudget) {
      findings.push(
        smokeFinding("smoke-flow-too-slow", {
          title: `${f.flow.name} too slow`,
          message: `The flow took ${Math.round(f.ms)} ms; its max-duration-ms is ${f.flow["max-duration-ms"]}.`,
          file: flowsFile,
          line: f.flow.line
        })
      );
    }
  }
  return findings;
}
function recheckNotes(first, recheck) {
  if (!recheck.ok) return [];
  const failed = first.flows.filter((f) => !f.ok).length + first.urls.filter((u) => !u.ok).length;
  return [
    smokeFinding("smoke-flaky", {
      title: "Passed on recheck",
      message: `${failed} check(s) failed on the first attempt and passed on the recheck: a flaky dependency or a slow rollout.`
    })
  ];
}
var HEALTH_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function stepsTable(first, recheck) {
  const rows = [];
  const add = (attempt, label) => {
    for (const u of attempt.urls)
      rows.push([
        label,
        "quick check",
        u.url,
        u.status ?? "\u2014",
        u.ms !== void 0 ? Math.round(u.ms) : "\u2014",
        u.ok ? "\u2705 pass" : `\u274C ${u.problem}`
      ]);
    for (const f of attempt.flows) {
      for (const s of f.steps) {
        rows.push([
          label,
          f.flow.name,
          s.step,
          s.status ?? "\u2014",
          s.skipped ? "\u2014" : Math.round(s.ms),
          s.ok ? `\u2705 ${s.note ?? "pass"}` : s.skipped ? "\u23ED not run" : `\u274C ${s.failures[0]}`
        ]);
        for (const d of s.health?.dependencies ?? [])
          rows.push([label, f.flow.name, `${s.step} \u203A ${d.name}`, "\u2014", "\u2014", `${HEALTH_ICON[d.status]} ${d.detail}`]);
      }
      if (f.flow["max-duration-ms"] !== void 0)
        rows.push([
          label,
          f.flow.name,
          "(whole flow)",
          "\u2014",
          Math.round(f.ms),
          f.overBudget ? `\u274C over ${f.flow["max-duration-ms"]} ms` : `\u2705 within ${f.flow["max-duration-ms"]} ms`
        ]);
    }
  };
  add(first, recheck ? "first" : "1");
  if (recheck) add(recheck, "recheck");
  const header = ["Attempt", "Flow", "Step", "Status", "Time (ms)", "Result"];
  return recheck ? table(header, rows) : table(
    header.slice(1),
    rows.map((r) => r.slice(1))
  );
}

export {
  smokeTest,
  smoke_test_exports
};
