import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CookieJar,
  RequestBuildError,
  TemplateError,
  buildRequest,
  captureSchema,
  checkExpectations,
  envReferences,
  expectSchema,
  requestSchema,
  runCaptures
} from "./chunk-MI4DQ7BL.js";
import {
  readCaFile
} from "./chunk-IZBHTE4P.js";
import {
  loadYaml,
  validateYaml
} from "./chunk-ZEFXN3HR.js";
import {
  HttpClient,
  NetworkError,
  sleep
} from "./chunk-MVZ4J7NE.js";
import {
  UserError,
  bool,
  defineCheck,
  errorMessage,
  external_exports,
  integer,
  list,
  table,
  text
} from "./chunk-J37DTVOO.js";

// src/checks/smoke-test/index.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/checks/smoke-test/flow-file.ts
var stepSchema = external_exports.object({
  name: external_exports.string().min(1),
  request: requestSchema,
  expect: expectSchema.optional(),
  capture: captureSchema.optional()
}).strict();
var flowSchema = external_exports.object({
  name: external_exports.string().min(1),
  "max-duration-ms": external_exports.number().positive().optional(),
  steps: external_exports.array(stepSchema).min(1)
}).strict();
var flowFileSchema = external_exports.object({
  "base-url": external_exports.string().url().optional(),
  flows: external_exports.array(flowSchema).min(1)
}).strict();
function readFlowFile(source) {
  const parsed = validateYaml(source, flowFileSchema);
  return {
    baseUrl: parsed["base-url"],
    flows: parsed.flows.map((flow, i) => ({
      ...flow,
      line: source.lineOf(["flows", i]),
      stepLines: flow.steps.map((_, j) => source.lineOf(["flows", i, "steps", j]))
    }))
  };
}

// src/checks/smoke-test/runner.ts
var EXCERPT = 300;
async function runFlow(flow, opts) {
  const jar = new CookieJar();
  const vars = {};
  const steps = [];
  const started = performance.now();
  let failed = false;
  for (const [i, step] of flow.steps.entries()) {
    const base = { flow: flow.name, step: step.name, line: flow.stepLines[i] };
    if (failed) {
      steps.push({
        ...base,
        ok: false,
        ms: 0,
        attempts: 0,
        failures: ["not run: an earlier step failed"],
        skipped: true
      });
      continue;
    }
    let result;
    try {
      const req = buildRequest(step.request, opts.baseUrl, vars, opts.env);
      const res = await opts.client.send(req, { jar, followRedirects: step.request["follow-redirects"] });
      const failures = checkExpectations(step.expect, res);
      const captured = await runCaptures(step.capture, res, jar);
      for (const value of Object.values(captured.vars)) opts.onSecret(value);
      Object.assign(vars, captured.vars);
      failures.push(...captured.failures);
      result = { ...base, ok: failures.length === 0, status: res.status, ms: res.ms, attempts: res.attempts, failures };
      if (!result.ok)
        result.excerpt = res.body.slice(0, EXCERPT) + (res.body.length > EXCERPT || res.truncated ? "\u2026" : "");
    } catch (err) {
      if (err instanceof NetworkError) {
        result = { ...base, ok: false, ms: 0, attempts: 1, failures: [err.message], networkError: err.kind };
      } else if (err instanceof RequestBuildError || err instanceof TemplateError) {
        result = { ...base, ok: false, ms: 0, attempts: 0, failures: [err.message] };
      } else throw err;
    }
    steps.push(result);
    failed = !result.ok;
  }
  const ms = performance.now() - started;
  const overBudget = flow["max-duration-ms"] !== void 0 && ms > flow["max-duration-ms"];
  return { flow, ok: !failed && !overBudget, ms, steps, overBudget };
}

// src/checks/smoke-test/quick-check.ts
function sameSite(a, b) {
  const tail = (h) => h.toLowerCase().split(".").slice(-2).join(".");
  return tail(a) === tail(b);
}
async function checkUrl(client, raw, baseUrl) {
  let url;
  try {
    url = new URL(raw, baseUrl);
    if (!/^https?:$/.test(url.protocol)) throw new Error("not http");
  } catch {
    return { url: raw, ok: false, problem: `invalid URL${baseUrl ? "" : " (relative URLs need base-url)"}` };
  }
  try {
    const res = await client.send({ method: "GET", url: url.href, headers: {} }, { followRedirects: false });
    if (res.status >= 200 && res.status < 300) return { url: raw, ok: true, status: res.status, ms: res.ms };
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.location;
      if (!location)
        return {
          url: raw,
          ok: false,
          status: res.status,
          ms: res.ms,
          problem: `HTTP ${res.status} without a Location header`
        };
      const target = new URL(location, url);
      if (sameSite(target.hostname, url.hostname)) return { url: raw, ok: true, status: res.status, ms: res.ms };
      return {
        url: raw,
        ok: false,
        status: res.status,
        ms: res.ms,
        problem: `HTTP ${res.status} to another site: ${target.origin}`
      };
    }
    return { url: raw, ok: false, status: res.status, ms: res.ms, problem: `HTTP ${res.status}` };
  } catch (err) {
    if (err instanceof NetworkError) return { url: raw, ok: false, problem: err.message };
    throw err;
  }
}

// src/checks/smoke-test/ready.ts
async function waitForReady(client, url, seconds) {
  const started = performance.now();
  const deadline = started + seconds * 1e3;
  let last = "no attempt";
  while (performance.now() < deadline) {
    try {
      const res = await client.send({ method: "GET", url, headers: {} }, { followRedirects: false });
      if (res.status < 500)
        return { ok: true, seconds: (performance.now() - started) / 1e3, last: `HTTP ${res.status}` };
      last = `HTTP ${res.status}`;
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      last = err.message;
    }
    await sleep(Math.min(1e3, Math.max(0, deadline - performance.now())));
  }
  return { ok: false, seconds, last };
}

// src/checks/smoke-test/uptime.ts
var OUTAGE_LABEL = "launchgate-outage";
async function updateOutageIssue(ctx, opts) {
  const gh = ctx.github;
  if (!gh)
    return {
      summary: "No token or repository: the outage issue was not checked.",
      warning: "alert-issue is on but no github-token/GITHUB_REPOSITORY is available."
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

// src/checks/smoke-test/index.ts
var DEFAULT_FLOWS = ".github/smoke.yml";
var smokeTest = defineCheck({
  name: "smoke-test",
  section: "smoke",
  title: "launchgate smoke test",
  description: "After a deploy, proves the home page loads, login works and a critical workflow completes in time.",
  branding: { icon: "activity", color: "green" },
  inputs: {
    "base-url": text("Base URL of the deployed app (required unless the flow file sets base-url)."),
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
    )
  },
  outputs: {
    passed: { description: "Number of passing steps." },
    failed: { description: "Number of failing steps." },
    "duration-ms": { description: "Total time of all flows in milliseconds." }
  },
  async run(inputs, ctx) {
    const started = performance.now();
    const flowsPath = path.resolve(ctx.cwd, inputs.flows);
    let file;
    if (existsSync(flowsPath)) file = readFlowFile(loadYaml(flowsPath, inputs.flows));
    else if (inputs.urls.length === 0 || inputs.flows !== DEFAULT_FLOWS) {
      throw new UserError(
        `Input 'flows': cannot read ${inputs.flows} (no such file); give a flow file, or quick checks in input 'urls'.`
      );
    }
    const baseUrl = inputs["base-url"] || file?.baseUrl;
    if (baseUrl) {
      let parsed;
      try {
        parsed = new URL(baseUrl);
      } catch {
        parsed = void 0;
      }
      if (!parsed || !/^https?:$/.test(parsed.protocol))
        throw new UserError(`Input 'base-url' got ${JSON.stringify(baseUrl)}; accepted: an http:// or https:// URL.`);
    }
    const missing = [...envReferences(file?.flows ?? [])].filter((name) => ctx.env[name] === void 0);
    if (missing.length > 0) {
      throw new UserError(
        `${inputs.flows}: environment variable(s) ${missing.join(", ")} used by the flows are not set; no request was sent.`
      );
    }
    for (const name of envReferences(file?.flows ?? [])) ctx.secrets.add(ctx.env[name]);
    const ca = readCaFile(ctx.cwd, inputs["ca-file"]);
    const client = new HttpClient({
      timeoutMs: inputs["timeout-ms"],
      retries: inputs.retries,
      ca,
      onRetry: (attempt, reason) => ctx.log.info(`retry ${attempt}/${inputs.retries}: ${reason}`)
    });
    try {
      const findings = [];
      if (inputs["wait-for-ready"] > 0) {
        if (!baseUrl) throw new UserError(`Input 'wait-for-ready' needs a base-url to poll.`);
        const ready = await waitForReady(client, baseUrl, inputs["wait-for-ready"]);
        ctx.log.info(
          ready.ok ? `${baseUrl} answered after ${ready.seconds.toFixed(1)} s` : `${baseUrl} did not answer within ${inputs["wait-for-ready"]} s`
        );
        if (!ready.ok) {
          findings.push({
            ruleId: "smoke-not-ready",
            severity: "error",
            title: "App not ready",
            message: `${baseUrl} did not answer within wait-for-ready (${inputs["wait-for-ready"]} s): ${ready.last}`
          });
          return {
            findings,
            metrics: { ready: false },
            outputs: { passed: "0", failed: "0", "duration-ms": String(Math.round(performance.now() - started)) }
          };
        }
      }
      const attempt = () => runAll(inputs.urls, file, baseUrl, client, ctx);
      const first = await attempt();
      let recheck;
      if (inputs["recheck-after-s"] > 0 && !first.ok) {
        ctx.log.info(`Smoke test failed; checking again in ${inputs["recheck-after-s"]} s before calling it.`);
        await sleep(inputs["recheck-after-s"] * 1e3);
        const failingFlows = file ? { ...file, flows: first.flows.filter((f) => !f.ok).map((f) => f.flow) } : void 0;
        const failingUrls = first.urls.filter((u) => !u.ok).map((u) => u.url);
        recheck = await runAll(failingUrls, failingFlows, baseUrl, client, ctx);
      }
      const final = recheck ?? first;
      findings.push(...attemptFindings(final, inputs.flows));
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
          body: sections[0].markdown
        });
        sections.push({ title: "Outage alert", markdown: alert.summary });
        if (alert.warning)
          findings.push({
            ruleId: "smoke-alert-unavailable",
            severity: "warning",
            title: "Outage alert not updated",
            message: alert.warning
          });
      } else if (inputs["alert-issue"]) {
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
          flows: first.flows.map((f) => ({ name: f.flow.name, ok: f.ok, ms: Math.round(f.ms) }))
        },
        sections,
        outputs: { passed: String(passed), failed: String(failedCount), "duration-ms": String(durationMs) }
      };
    } finally {
      await client.close();
    }
  }
});
async function runAll(urls, file, baseUrl, client, ctx) {
  const urlResults = [];
  for (const url of urls) urlResults.push(await checkUrl(client, url, baseUrl));
  const flows = [];
  for (const flow of file?.flows ?? []) {
    const result = await runFlow(flow, { client, baseUrl, env: ctx.env, onSecret: (v) => ctx.secrets.add(v) });
    ctx.log.info(`${result.ok ? "PASS" : "FAIL"} ${flow.name} (${Math.round(result.ms)} ms)`);
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
function attemptFindings(attempt, flowsFile) {
  const findings = [];
  for (const u of attempt.urls.filter((x) => !x.ok)) {
    findings.push({
      ruleId: "smoke-url-failed",
      severity: "error",
      title: `Quick check ${u.url}`,
      message: u.problem ?? "failed"
    });
  }
  for (const f of attempt.flows) {
    for (const s of f.steps.filter((x) => !x.ok && !x.skipped)) {
      const got = s.status !== void 0 ? ` Got HTTP ${s.status} in ${Math.round(s.ms)} ms${s.attempts > 1 ? ` after ${s.attempts} attempts` : ""}.` : "";
      const body = s.excerpt !== void 0 ? ` Body: ${JSON.stringify(s.excerpt)}` : "";
      findings.push({
        ruleId: s.networkError ? "smoke-unreachable" : "smoke-step-failed",
        severity: "error",
        title: `${f.flow.name} \u203A ${s.step}`,
        message: `${s.failures.join("; ")}.${got}${body}`,
        file: flowsFile,
        line: s.line
      });
    }
    if (f.overBudget) {
      findings.push({
        ruleId: "smoke-flow-too-slow",
        severity: "error",
        title: `${f.flow.name} too slow`,
        message: `The flow took ${Math.round(f.ms)} ms; its max-duration-ms is ${f.flow["max-duration-ms"]}.`,
        file: flowsFile,
        line: f.flow.line
      });
    }
  }
  return findings;
}
function recheckNotes(first, recheck) {
  if (!recheck.ok) return [];
  const failed = first.flows.filter((f) => !f.ok).length + first.urls.filter((u) => !u.ok).length;
  return [
    {
      ruleId: "smoke-flaky",
      severity: "warning",
      title: "Passed on recheck",
      message: `${failed} check(s) failed on the first attempt and passed on the recheck: a flaky dependency or a slow rollout.`
    }
  ];
}
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
      for (const s of f.steps)
        rows.push([
          label,
          f.flow.name,
          s.step,
          s.status ?? "\u2014",
          s.skipped ? "\u2014" : Math.round(s.ms),
          s.ok ? "\u2705 pass" : s.skipped ? "\u23ED not run" : `\u274C ${s.failures[0]}`
        ]);
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
  smokeTest
};
