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
  exchangeSchema,
  runExchange
} from "./chunk-XJ7Y7GIU.js";
import {
  require_cjs
} from "./chunk-E3YV7GN6.js";
import {
  validateYaml
} from "./chunk-M7BUO5DP.js";
import {
  NetworkError,
  RedirectError,
  sleep
} from "./chunk-74U225BG.js";
import {
  isHttpUrl
} from "./chunk-FWQDJEAF.js";
import {
  external_exports
} from "./chunk-T5YKWYUI.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/smoke-test/flow-file.ts
init_define_LAUNCHGATE_GATES();
var MAX_BURST_REQUESTS = 500;
var burstSchema = external_exports.object({
  requests: external_exports.number().int().min(2).max(MAX_BURST_REQUESTS, `at most ${MAX_BURST_REQUESTS} requests per burst`),
  "within-s": external_exports.number().positive().max(600)
}).strict();
var stepSchema = exchangeSchema.extend({
  name: external_exports.string().min(1),
  request: exchangeSchema.shape.request.optional(),
  replay: external_exports.string().min(1).optional(),
  burst: burstSchema.optional(),
  /** Reads the answer as a health report (IETF health-check draft or Spring Boot Actuator): a row per dependency. */
  health: external_exports.boolean().optional()
}).strict().refine((s) => s.request === void 0 !== (s.replay === void 0), {
  message: "give request or replay (one of them)"
}).refine((s) => !s.burst || s.request !== void 0 && /^\/(?![/\\])/.test(s.request.url), {
  message: "a burst goes to the base URL only: give request.url as a path such as /login",
  path: ["request", "url"]
}).refine((s) => !s.burst || Object.keys(s.expect ?? {}).every((k) => k === "status-any"), {
  message: "a burst step expects only status-any (default [429])",
  path: ["expect"]
});
var flowSchema = external_exports.object({
  name: external_exports.string().min(1),
  "max-duration-ms": external_exports.number().positive().optional(),
  steps: external_exports.array(stepSchema).min(1)
}).strict();
var flowFileSchema = external_exports.object({
  "base-url": external_exports.string().refine(isHttpUrl, "accepted: an http:// or https:// URL").optional(),
  flows: external_exports.array(flowSchema).min(1)
}).strict();
function readFlowFile(source) {
  const parsed = validateYaml(source, flowFileSchema);
  for (const [i, flow] of parsed.flows.entries()) {
    for (const [j, step] of flow.steps.entries()) {
      if (step.replay === void 0) continue;
      if (flow.steps.slice(0, j).some((s) => s.name === step.replay)) continue;
      const elsewhere = parsed.flows.find((f, k) => k !== i && f.steps.some((s) => s.name === step.replay));
      throw new UserError(
        `${source.where(["flows", i, "steps", j, "replay"])}: step '${step.name}' replays '${step.replay}', which ${elsewhere ? `is a step of another flow ('${elsewhere.name}')` : "is not an earlier step of this flow"}; a replay re-sends a request this flow already sent.`
      );
    }
  }
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
init_define_LAUNCHGATE_GATES();

// src/checks/smoke-test/burst.ts
init_define_LAUNCHGATE_GATES();
async function runBurst(spec, burst, opts) {
  const req = buildRequest(spec, opts.baseUrl, opts.vars, opts.env);
  if (!opts.baseUrl || new URL(req.url).origin !== new URL(opts.baseUrl).origin)
    throw new RequestBuildError(`a burst goes to the base URL only; ${new URL(req.url).origin} is another origin`);
  const intervalMs = burst.withinS * 1e3 / burst.requests;
  const started = performance.now();
  let last;
  for (let i = 1; i <= burst.requests; i++) {
    const due = started + (i - 1) * intervalMs;
    await sleep(Math.max(0, due - performance.now()));
    last = await opts.client.send(req, { jar: opts.jar, followRedirects: false, retries: 0 });
    if (burst.stopOn.includes(last.status)) return { sent: i, limitedBy: last, last, ms: performance.now() - started };
  }
  return { sent: burst.requests, last, ms: performance.now() - started };
}
function rateLimitHeaders(res) {
  return Object.entries(res.headers).filter(([k]) => k === "retry-after" || /^(x-)?ratelimit(-|$)/.test(k)).map(([k, v]) => `${k}: ${v}`).join(", ");
}

// src/checks/smoke-test/health.ts
init_define_LAUNCHGATE_GATES();
var STATUS = {
  pass: "pass",
  ok: "pass",
  up: "pass",
  warn: "warn",
  unknown: "warn",
  fail: "fail",
  error: "fail",
  down: "fail",
  out_of_service: "fail"
};
var statusOf = (v) => typeof v === "string" ? STATUS[v.trim().toLowerCase()] : void 0;
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function parseHealth(body) {
  if (!isObject(body)) return void 0;
  const status = statusOf(body.status);
  if (!status) return void 0;
  if (isObject(body.components))
    return { shape: "spring", status, dependencies: springComponents(body.components, "") };
  if (isObject(body.checks) || body.checks === void 0)
    return { shape: "ietf", status, dependencies: ietfChecks(isObject(body.checks) ? body.checks : {}) };
  return void 0;
}
function ietfChecks(checks) {
  const out = [];
  for (const [key, value] of Object.entries(checks)) {
    const entries = Array.isArray(value) ? value : [value];
    for (const entry of entries) {
      if (!isObject(entry)) continue;
      const id = typeof entry.componentId === "string" && entries.length > 1 ? ` (${entry.componentId})` : "";
      const status = statusOf(entry.status) ?? "warn";
      const output = typeof entry.output === "string" && entry.output ? `: ${entry.output}` : "";
      out.push({ name: `${key}${id}`, status, detail: `${String(entry.status ?? "no status")}${output}` });
    }
  }
  return out;
}
function springComponents(components, prefix) {
  const out = [];
  for (const [key, value] of Object.entries(components)) {
    if (!isObject(value)) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (isObject(value.components)) {
      out.push(...springComponents(value.components, name));
      continue;
    }
    const error = isObject(value.details) && typeof value.details.error === "string" ? `: ${value.details.error}` : "";
    out.push({
      name,
      status: statusOf(value.status) ?? "warn",
      detail: `${String(value.status ?? "no status")}${error}`
    });
  }
  return out;
}

// src/checks/http/security-headers.ts
init_define_LAUNCHGATE_GATES();
var VERSION = /\d+\.\d+/;
function headerBaseline(url, headers) {
  const h = (name) => headers[name]?.trim();
  const misses = [];
  if (url.startsWith("https:")) {
    const hsts = h("strict-transport-security");
    const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(hsts ?? "")?.[1] ?? NaN);
    if (!hsts)
      misses.push({
        header: "Strict-Transport-Security",
        problem: "missing on an https page",
        fix: "send Strict-Transport-Security: max-age=31536000; includeSubDomains"
      });
    else if (!(maxAge > 0))
      misses.push({
        header: "Strict-Transport-Security",
        problem: `has no positive max-age (${hsts})`,
        fix: "use max-age=31536000 (one year)"
      });
  }
  if ((h("x-content-type-options") ?? "").toLowerCase() !== "nosniff")
    misses.push({
      header: "X-Content-Type-Options",
      problem: h("x-content-type-options") ? `is ${h("x-content-type-options")}` : "missing",
      fix: "send X-Content-Type-Options: nosniff"
    });
  const csp = h("content-security-policy") ?? "";
  const frameOptions = (h("x-frame-options") ?? "").toUpperCase();
  if (!/(^|;)\s*frame-ancestors\s/i.test(csp) && frameOptions !== "DENY" && frameOptions !== "SAMEORIGIN")
    misses.push({
      header: "Content-Security-Policy",
      problem: `no frame-ancestors directive and no X-Frame-Options${frameOptions ? ` (X-Frame-Options is ${frameOptions})` : ""}: the page can be framed (clickjacking)`,
      fix: "send Content-Security-Policy: frame-ancestors 'self' (or X-Frame-Options: DENY)"
    });
  for (const name of ["server", "x-powered-by"]) {
    const value = h(name);
    if (value && VERSION.test(value))
      misses.push({
        header: name === "server" ? "Server" : "X-Powered-By",
        problem: `reveals a version (${value})`,
        fix: name === "server" ? "hide the version (nginx: server_tokens off)" : 'remove the header (Express: app.disable("x-powered-by"))'
      });
  }
  return misses;
}

// src/checks/http/visible-text.ts
init_define_LAUNCHGATE_GATES();
var HIDDEN = ["head", "script", "style", "template", "noscript", "svg"];
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function looksLikeHtml(contentType, body) {
  if (contentType && /\bhtml\b/i.test(contentType)) return true;
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(body.slice(0, 200));
}
function visibleText(html) {
  const out = [];
  let i = 0;
  const lower = html.toLowerCase();
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    const name = /^<\s*([a-zA-Z][\w-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)))?.[1]?.toLowerCase();
    i = gt + 1;
    if (name && HIDDEN.includes(name) && html[gt - 1] !== "/") {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : Math.max(i, lower.indexOf(">", close) + 1 || html.length);
    }
    out.push(" ");
  }
  return decodeEntities(out.join("")).replace(/\s+/g, " ").trim();
}
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, e) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
  });
}

// src/checks/smoke-test/runner.ts
var EXCERPT = 300;
async function runFlow(flow, opts) {
  const jar = new CookieJar();
  const vars = {};
  const steps = [];
  const sent = /* @__PURE__ */ new Map();
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
      if (step.burst && step.request) {
        result = { ...base, ...await burstStep(step.request, step.burst, step.expect, { ...opts, vars, jar }) };
        steps.push(result);
        failed = !result.ok;
        continue;
      }
      const negative = negativeCheck(step.request);
      const defaultStatus = negative ? REJECTED : step.health ? HEALTH_ANSWERS : void 0;
      const exchange = defaultStatus && step.expect?.status === void 0 && step.expect?.["status-any"] === void 0 ? { ...step, expect: { ...step.expect, status: defaultStatus } } : step;
      const prepared = step.replay !== void 0 ? sent.get(step.replay) : void 0;
      const { req, res, failures, vars: captured } = await runExchange(exchange, { ...opts, vars, jar, prepared });
      sent.set(step.name, req);
      Object.assign(vars, captured);
      const health = step.health ? readHealth(res, failures) : void 0;
      const accepted = negative && failures.some((f) => f.startsWith("status:")) ? negative : void 0;
      if (accepted) failures.unshift(`accepted ${accepted} (HTTP ${res.status}): the signature is not verified`);
      result = {
        ...base,
        ok: failures.length === 0,
        status: res.status,
        ms: res.ms,
        attempts: res.attempts,
        failures,
        ...accepted ? { unverified: accepted } : {},
        ...health ? { health } : {},
        ...step.expect?.["headers-baseline"] ? { headerMisses: headerBaseline(res.url, res.headers) } : {}
      };
      if (!result.ok) result.excerpt = bodyExcerpt(res, opts.redact);
    } catch (err) {
      if (err instanceof NetworkError) {
        result = { ...base, ok: false, ms: 0, attempts: 1, failures: [err.message], networkError: err.kind };
      } else if (err instanceof RequestBuildError || err instanceof TemplateError || err instanceof RedirectError) {
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
function bodyExcerpt(res, redact) {
  const text = redact(looksLikeHtml(res.headers["content-type"], res.body) ? visibleText(res.body) : res.body);
  const cut = text.length > EXCERPT ? text.slice(0, /[\ud800-\udbff]/.test(text[EXCERPT - 1]) ? EXCERPT - 1 : EXCERPT) : text;
  return cut + (text.length > EXCERPT || res.truncated ? "\u2026" : "");
}
var REJECTED = [400, 401, 403];
function negativeCheck(req) {
  if (!req?.sign) return void 0;
  if (req.tamper) return "a tampered webhook";
  if (req.unsigned) return "an unsigned webhook";
  if (req["timestamp-offset-s"] !== void 0) return `a webhook signed ${Math.abs(req["timestamp-offset-s"])} s off`;
  return void 0;
}
async function burstStep(request, burst, expect, opts) {
  const stopOn = expect?.["status-any"] ?? [429];
  const out = await runBurst(request, { requests: burst.requests, withinS: burst["within-s"], stopOn }, opts);
  const common = { status: out.last?.status, ms: out.ms, attempts: out.sent };
  if (out.limitedBy) {
    const headers = rateLimitHeaders(out.limitedBy);
    return {
      ...common,
      ok: true,
      failures: [],
      note: `limited after ${out.sent} of ${burst.requests} requests (HTTP ${out.limitedBy.status}${headers ? `; ${headers}` : ""})`
    };
  }
  return {
    ...common,
    ok: false,
    unlimited: true,
    failures: [
      `no rate limit: ${burst.requests} requests in ${burst["within-s"]} s were all accepted (none answered ${stopOn.join(" or ")}; last HTTP ${out.last?.status})`
    ]
  };
}
var HEALTH_ANSWERS = [200, 207, 503];
function readHealth(res, failures) {
  let body;
  try {
    body = JSON.parse(res.body);
  } catch {
    body = void 0;
  }
  const report = parseHealth(body);
  if (!report) {
    failures.push(
      "health: not a health answer (expected the IETF health-check draft's status and checks, or Spring Boot Actuator's status and components)"
    );
    return void 0;
  }
  for (const d of report.dependencies.filter((x) => x.status === "fail"))
    failures.push(`dependency ${d.name} is failing (${d.detail})`);
  if (report.status === "fail" && !report.dependencies.some((d) => d.status === "fail"))
    failures.push("health: the overall status is failing");
  return report;
}

// src/checks/smoke-test/quick-check.ts
init_define_LAUNCHGATE_GATES();
var import_tldts = __toESM(require_cjs(), 1);
function sameSite(a, b) {
  const site = (h) => (0, import_tldts.getDomain)(h, { allowPrivateDomains: true }) ?? h.toLowerCase();
  return site(a) === site(b);
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

export {
  readFlowFile,
  runFlow,
  checkUrl
};
