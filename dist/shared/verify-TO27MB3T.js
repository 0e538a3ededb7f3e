import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  HttpClient,
  NetworkError
} from "./chunk-74U225BG.js";
import {
  escapeText,
  formatLocation,
  table
} from "./chunk-DLCS5LTK.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/verify/index.ts
init_define_LAUNCHGATE_GATES();

// src/checks/secret-scan/verify/verify.ts
init_define_LAUNCHGATE_GATES();

// src/checks/secret-scan/verify/base-urls.ts
init_define_LAUNCHGATE_GATES();

// src/checks/secret-scan/verify/providers.ts
init_define_LAUNCHGATE_GATES();

// src/checks/secret-scan/verify/sigv4.ts
init_define_LAUNCHGATE_GATES();
import { createHash, createHmac } from "node:crypto";
var sha256Hex = (text) => createHash("sha256").update(text, "utf8").digest("hex");
var hmac = (key, text) => createHmac("sha256", key).update(text, "utf8").digest();
function awsEncode(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function decode(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, "%20"));
  } catch {
    return text;
  }
}
function canonicalRequest(req) {
  const q = req.path.indexOf("?");
  const rawPath = q >= 0 ? req.path.slice(0, q) : req.path;
  const rawQuery = q >= 0 ? req.path.slice(q + 1) : "";
  const uri = rawPath.split("/").map((segment) => awsEncode(decode(segment))).join("/") || "/";
  const query = rawQuery.split("&").filter(Boolean).map((pair) => {
    const eq = pair.indexOf("=");
    const key = eq >= 0 ? pair.slice(0, eq) : pair;
    const value = eq >= 0 ? pair.slice(eq + 1) : "";
    return [awsEncode(decode(key)), awsEncode(decode(value))];
  }).sort(([ak, av], [bk, bv]) => ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0).map(([k, v]) => `${k}=${v}`).join("&");
  const byName = /* @__PURE__ */ new Map();
  for (const [name, value] of req.headers) {
    const key = name.toLowerCase().trim();
    const values = byName.get(key) ?? [];
    values.push(value.trim().replace(/\s+/g, " "));
    byName.set(key, values);
  }
  const names = [...byName.keys()].sort();
  const headers = names.map((n) => `${n}:${byName.get(n).join(",")}
`).join("");
  const signedHeaders = names.join(";");
  return {
    canonical: [req.method.toUpperCase(), uri, query, headers, signedHeaders, sha256Hex(req.body)].join("\n"),
    signedHeaders
  };
}
function credentialScope(s) {
  return `${s.amzDate.slice(0, 8)}/${s.region}/${s.service}/aws4_request`;
}
function stringToSign(canonical, s) {
  return ["AWS4-HMAC-SHA256", s.amzDate, credentialScope(s), sha256Hex(canonical)].join("\n");
}
function signingKey(secretAccessKey, date, region, service) {
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), "aws4_request");
}
function authorization(req, s) {
  const { canonical, signedHeaders } = canonicalRequest(req);
  const key = signingKey(s.secretAccessKey, s.amzDate.slice(0, 8), s.region, s.service);
  const signature = createHmac("sha256", key).update(stringToSign(canonical, s), "utf8").digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${s.accessKeyId}/${credentialScope(s)}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
function amzDate(date) {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

// src/checks/secret-scan/verify/providers.ts
var url = (base, path) => new URL(path, base).href;
var bearer = (secret) => ({ authorization: `Bearer ${secret}`, accept: "application/json" });
function json(body) {
  try {
    return JSON.parse(body);
  } catch {
    return void 0;
  }
}
function code(value) {
  return typeof value === "string" && /^[A-Za-z0-9_.-]{1,48}$/.test(value) ? value : void 0;
}
var live = (name, what) => ({ status: "live", reason: `${name} accepted it (${what})` });
var revoked = (name, what) => ({
  status: "revoked",
  reason: `${name} refused it (${what})`
});
var unknown = (reason) => ({ status: "unknown", reason });
var garbage = (name, status, expected) => unknown(`${name} answered HTTP ${status} without ${expected}, so its answer proves nothing`);
function standard(name, res, opts) {
  const body = json(res.body);
  if (res.status >= 200 && res.status < 300)
    return opts.valid(body) ? live(name, `HTTP ${res.status} from ${opts.endpoint}`) : garbage(name, res.status, opts.expected);
  if (res.status === 401) return revoked(name, `HTTP 401 from ${opts.endpoint}`);
  if (res.status === 403)
    return opts.forbidden === "live" ? live(name, `HTTP 403 from ${opts.endpoint}: the key authenticated but may not read that endpoint`) : unknown(`${name} answered HTTP 403 from ${opts.endpoint}, which does not say whether the key works`);
  return unknown(`${name} answered HTTP ${res.status} from ${opts.endpoint}`);
}
var isObject = (b) => b !== null && typeof b === "object" && !Array.isArray(b);
var PROVIDERS = [
  {
    id: "github",
    name: "GitHub",
    baseUrl: "https://api.github.com/",
    rules: ["github-pat", "github-fine-grained-pat", "github-oauth", "github-app-token"],
    // A refresh token (ghr_) is exchanged for an access token, never sent to the API: GitHub would answer 401.
    unsupported: (s) => /^(?:ghp|gho|ghu|ghs)_|^github_pat_/.test(s) ? void 0 : s.startsWith("ghr_") ? "a GitHub refresh token cannot be checked by a call" : "not a GitHub token",
    request: (base, { secret }) => ({
      method: "GET",
      url: url(base, "user"),
      headers: { authorization: `Bearer ${secret}`, accept: "application/vnd.github+json" }
    }),
    interpret(res) {
      if (res.status === 403 && (res.headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(res.body)))
        return unknown("GitHub rate-limited the check (HTTP 403)");
      return standard("GitHub", res, {
        endpoint: "GET /user",
        valid: (b) => isObject(b) && (typeof b.login === "string" || typeof b.id === "number"),
        expected: "a user",
        forbidden: "live"
      });
    }
  },
  {
    id: "gitlab",
    name: "GitLab",
    baseUrl: "https://gitlab.com/",
    rules: ["gitlab-pat", "gitlab-pat-routable"],
    unsupported: (s) => s.startsWith("glpat-") ? void 0 : "not a GitLab personal access token",
    request: (base, { secret }) => ({
      method: "GET",
      url: url(base, "api/v4/personal_access_tokens/self"),
      headers: { "private-token": secret, accept: "application/json" }
    }),
    interpret(res) {
      const body = json(res.body);
      if (res.status === 200 && isObject(body) && (body.revoked === true || body.active === false))
        return revoked("GitLab", "the token is listed as revoked or inactive");
      const outcome = standard("GitLab", res, {
        endpoint: "GET /api/v4/personal_access_tokens/self",
        valid: (b) => isObject(b) && (typeof b.id === "number" || typeof b.name === "string"),
        expected: "a token record",
        forbidden: "live"
      });
      return outcome.status === "revoked" ? { ...outcome, reason: `${outcome.reason}; a token of a self-managed GitLab is refused there too` } : outcome;
    }
  },
  {
    id: "slack",
    name: "Slack",
    baseUrl: "https://slack.com/",
    rules: [
      "slack-bot-token",
      "slack-user-token",
      "slack-legacy-bot-token",
      "slack-legacy-token",
      "slack-legacy-workspace-token",
      "slack-token"
    ],
    // Refresh tokens (xoxr, xoxe) only buy access tokens; auth.test would call them invalid.
    unsupported: (s) => /^xox[abpos]-/.test(s) ? void 0 : /^xox[re]-/.test(s) ? "a Slack refresh token cannot be checked by a call" : "not a Slack token",
    request: (base, { secret }) => ({
      method: "POST",
      url: url(base, "api/auth.test"),
      headers: { ...bearer(secret), "content-type": "application/x-www-form-urlencoded" },
      body: ""
    }),
    interpret(res) {
      const body = json(res.body);
      if (res.status !== 200) return standard("Slack", res, slackNotOk("POST /api/auth.test"));
      if (!isObject(body) || typeof body.ok !== "boolean") return garbage("Slack", 200, "an auth.test answer");
      if (body.ok) return live("Slack", "auth.test answered ok");
      const error = code(body.error) ?? "an unreadable error";
      if (["invalid_auth", "account_inactive", "token_revoked", "token_expired"].includes(error))
        return revoked("Slack", `auth.test answered ${error}`);
      return unknown(`Slack's auth.test answered ${error}`);
    }
  },
  {
    id: "stripe",
    name: "Stripe",
    baseUrl: "https://api.stripe.com/",
    rules: ["stripe-access-token", "stripe-secret-key"],
    unsupported: (s) => /^[sr]k_(?:live|test|prod)_/.test(s) ? void 0 : "not a Stripe secret or restricted key",
    request: (base, { secret }) => ({ method: "GET", url: url(base, "v1/balance"), headers: bearer(secret) }),
    interpret: (res) => (
      // Stripe refuses a bad key with 401; 403 is a restricted key without the balance permission, still working.
      standard("Stripe", res, {
        endpoint: "GET /v1/balance",
        valid: (b) => isObject(b) && b.object === "balance",
        expected: "a balance",
        forbidden: "live"
      })
    )
  },
  {
    id: "aws",
    name: "AWS",
    baseUrl: "https://sts.amazonaws.com/",
    rules: ["aws-access-token", "aws-access-key-id"],
    // ASIA… keys are temporary and need their session token, which a scan does not pair; the other prefixes are
    // not IAM user keys that STS answers for.
    unsupported: (s) => /^AKIA[A-Z2-7]{16}$/.test(s) ? void 0 : s.startsWith("ASIA") ? "temporary credentials (ASIA\u2026) need their session token, which is not checked" : "only long-term IAM access keys (AKIA\u2026) are checked",
    request(base, cred, now) {
      const target = new URL(base);
      const body = "Action=GetCallerIdentity&Version=2011-06-15";
      const date = amzDate(now);
      const headers = [
        ["content-type", "application/x-www-form-urlencoded; charset=utf-8"],
        ["host", target.host],
        ["x-amz-date", date]
      ];
      const auth = authorization(
        { method: "POST", path: target.pathname, headers, body },
        {
          accessKeyId: cred.secret,
          secretAccessKey: cred.awsSecretAccessKey ?? "",
          region: "us-east-1",
          service: "sts",
          amzDate: date
        }
      );
      return {
        method: "POST",
        url: target.href,
        headers: { ...Object.fromEntries(headers.filter(([k]) => k !== "host")), authorization: auth },
        body
      };
    },
    interpret(res) {
      const errorCode = code(/<Code>([^<]{1,64})<\/Code>/.exec(res.body)?.[1]);
      if (res.status === 200)
        return /<GetCallerIdentityResult>[\s\S]*<Arn>/.test(res.body) ? live("AWS STS", "GetCallerIdentity answered with an identity") : garbage("AWS STS", 200, "a GetCallerIdentity result");
      if (errorCode === "SignatureDoesNotMatch")
        return unknown(
          "AWS STS knows the access key ID but refused the secret paired with it (SignatureDoesNotMatch); the real secret may be elsewhere"
        );
      if (res.status === 403 || res.status === 401)
        return revoked("AWS STS", `GetCallerIdentity answered ${errorCode ?? `HTTP ${res.status}`}`);
      return unknown(`AWS STS answered HTTP ${res.status}${errorCode ? ` (${errorCode})` : ""}`);
    }
  },
  {
    id: "openai",
    name: "OpenAI",
    baseUrl: "https://api.openai.com/",
    rules: ["openai-api-key"],
    unsupported: (s) => /^sk-[\w-]*T3BlbkFJ/.test(s) ? void 0 : "not an OpenAI API key",
    request: (base, { secret }) => ({ method: "GET", url: url(base, "v1/models"), headers: bearer(secret) }),
    interpret(res) {
      if (res.status === 401 && /insufficient permissions|missing scopes/i.test(res.body))
        return live("OpenAI", "HTTP 401 for missing scopes: the key authenticated but may not list models");
      return standard("OpenAI", res, {
        endpoint: "GET /v1/models",
        valid: (b) => isObject(b) && Array.isArray(b.data),
        expected: "a model list",
        // OpenAI's 403 is about the caller (an unsupported region), not the key.
        forbidden: "unknown"
      });
    }
  },
  {
    id: "anthropic",
    name: "Anthropic",
    baseUrl: "https://api.anthropic.com/",
    rules: ["anthropic-api-key", "anthropic-admin-api-key"],
    unsupported: (s) => /^sk-ant-(?:api03|admin01)-/.test(s) ? void 0 : "not an Anthropic API or admin key",
    request: (base, { secret }) => ({
      method: "GET",
      // An admin key reads the Admin API only; an API key lists models.
      url: url(base, secret.startsWith("sk-ant-admin01-") ? "v1/organizations/me" : "v1/models"),
      headers: { "x-api-key": secret, "anthropic-version": "2023-06-01", accept: "application/json" }
    }),
    interpret: (res) => standard("Anthropic", res, {
      endpoint: "the Anthropic API",
      valid: (b) => isObject(b) && (Array.isArray(b.data) || typeof b.id === "string"),
      expected: "a model list or an organization",
      // permission_error: the key authenticated.
      forbidden: "live"
    })
  },
  {
    id: "sendgrid",
    name: "SendGrid",
    baseUrl: "https://api.sendgrid.com/",
    rules: ["sendgrid-api-token", "sendgrid-api-key"],
    unsupported: (s) => s.startsWith("SG.") ? void 0 : "not a SendGrid API key",
    request: (base, { secret }) => ({ method: "GET", url: url(base, "v3/scopes"), headers: bearer(secret) }),
    interpret: (res) => standard("SendGrid", res, {
      endpoint: "GET /v3/scopes",
      valid: (b) => isObject(b) && Array.isArray(b.scopes),
      expected: "a scope list",
      forbidden: "unknown"
    })
  },
  {
    id: "npm",
    name: "npm",
    baseUrl: "https://registry.npmjs.org/",
    rules: ["npm-access-token"],
    unsupported: (s) => /^npm_/i.test(s) ? void 0 : "not an npm access token",
    request: (base, { secret }) => ({ method: "GET", url: url(base, "-/whoami"), headers: bearer(secret) }),
    interpret: (res) => standard("npm", res, {
      endpoint: "GET /-/whoami",
      valid: (b) => isObject(b) && typeof b.username === "string",
      expected: "a user name",
      forbidden: "unknown"
    })
  }
];
function slackNotOk(endpoint) {
  return { endpoint, valid: () => false, expected: "an auth.test answer", forbidden: "unknown" };
}
var BY_RULE = new Map(PROVIDERS.flatMap((p) => p.rules.map((r) => [r, p])));
function providerForRule(ruleId) {
  return BY_RULE.get(ruleId);
}
var AWS_SECRET_RULES = ["aws-secret-access-key"];
var AWS_SECRET_SHAPE = /^[A-Za-z0-9/+]{40}$/;

// src/checks/secret-scan/verify/base-urls.ts
var BASE_URLS_ENV = "LAUNCHGATE_VERIFY_BASE_URLS";
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function baseUrlsFromEnv(env) {
  const raw = env[BASE_URLS_ENV];
  if (!raw) return {};
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = void 0;
  }
  const accepted = `a JSON object mapping providers (${PROVIDERS.map((p) => p.id).join(", ")}) to https://127.0.0.1:<port>/ URLs (test only)`;
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new UserError(`${BASE_URLS_ENV}: ${JSON.stringify(raw.slice(0, 200))} is not ${accepted}.`);
  const out = {};
  for (const [id, value] of Object.entries(parsed)) {
    if (!PROVIDERS.some((p) => p.id === id))
      throw new UserError(`${BASE_URLS_ENV}: unknown provider ${JSON.stringify(id)}; expected ${accepted}.`);
    out[id] = checkBaseUrl(id, value, accepted);
  }
  return out;
}
function checkBaseUrl(id, value, accepted = "an https://127.0.0.1:<port>/ URL") {
  let u;
  try {
    u = typeof value === "string" ? new URL(value) : void 0;
  } catch {
    u = void 0;
  }
  if (!u || u.protocol !== "https:" || !LOOPBACK.has(u.hostname) || u.username || u.password || u.search || u.hash)
    throw new UserError(
      `${BASE_URLS_ENV}: ${id} = ${JSON.stringify(String(value).slice(0, 200))} is refused; expected ${accepted}.`
    );
  if (!u.pathname.endsWith("/")) u.pathname += "/";
  return u.href;
}

// src/checks/secret-scan/verify/verify.ts
var DEFAULT_MAX_CALLS = 25;
var DEFAULT_TIMEOUT_MS = 1e4;
var CONCURRENCY = 4;
var MAX_BODY_BYTES = 64 * 1024;
var AWS_PAIR_LINES = 5;
async function verifyFindings(findings, opts) {
  const maxCalls = Math.max(0, Math.floor(opts.maxCalls ?? DEFAULT_MAX_CALLS));
  const results = /* @__PURE__ */ new Map();
  const secrets = /* @__PURE__ */ new Set();
  const secretOf = (f) => {
    const s = opts.secretOf(f);
    if (s) secrets.add(s);
    return s || void 0;
  };
  const jobs = /* @__PURE__ */ new Map();
  const awsSecretFindings = [];
  const unsupported = /* @__PURE__ */ new Set();
  const notChecked = (f, reason, provider) => results.set(f, { status: "unknown", reason, provider, called: false });
  for (const f of findings) {
    const secret = secretOf(f);
    if (AWS_SECRET_RULES.includes(f.ruleId)) {
      awsSecretFindings.push(f);
      continue;
    }
    const provider = providerForRule(f.ruleId);
    if (!provider) {
      unsupported.add(f);
      notChecked(f, `no provider check for rule ${f.ruleId}`);
      continue;
    }
    if (!secret) {
      notChecked(f, "the matched value was not available to check", provider.id);
      continue;
    }
    const why = /^[\x21-\x7e]{8,1024}$/.test(secret) ? provider.unsupported(secret) : "the matched value is not a token";
    if (why) {
      unsupported.add(f);
      notChecked(f, why, provider.id);
      continue;
    }
    const cred = { secret };
    const paired = [];
    if (provider.id === "aws") {
      const pair = pairAwsSecret(f, findings, secretOf);
      if (!pair) {
        notChecked(
          f,
          `no AWS secret access key (40 characters) was found within ${AWS_PAIR_LINES} lines of it in the same file`,
          "aws"
        );
        continue;
      }
      cred.awsSecretAccessKey = pair.secret;
      paired.push(pair.finding);
    }
    const key = `${provider.id}
${secret}
${cred.awsSecretAccessKey ?? ""}`;
    const job = jobs.get(key) ?? { provider, cred, findings: [], paired: [], called: false };
    job.findings.push(f);
    job.paired.push(...paired);
    jobs.set(key, job);
  }
  const queue = [...jobs.values()];
  const toCall = queue.slice(0, maxCalls);
  let capped = 0;
  for (const job of queue.slice(maxCalls)) {
    capped += job.findings.length;
    job.outcome = {
      status: "unknown",
      reason: `not checked: the limit of ${maxCalls} verification call(s) per run was reached`
    };
  }
  if (toCall.length > 0) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const client = new HttpClient({ timeoutMs, retries: 0, ca: opts.ca, maxBodyBytes: MAX_BODY_BYTES });
    const now = opts.now ?? (() => /* @__PURE__ */ new Date());
    let next = 0;
    const worker = async () => {
      while (next < toCall.length) {
        const job = toCall[next++];
        job.called = true;
        job.outcome = scrub(await call(client, job, opts.baseUrls ?? {}, now()), secrets);
        opts.log?.debug(
          `verify ${job.provider.id}: ${job.findings.map(where).join(", ")} \u2192 ${job.outcome.status} (${job.outcome.reason})`
        );
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, toCall.length) }, worker));
    } finally {
      await client.close().catch(() => void 0);
    }
  }
  for (const job of queue) {
    const outcome = job.outcome;
    for (const f of job.findings)
      results.set(f, { status: outcome.status, reason: outcome.reason, provider: job.provider.id, called: job.called });
    for (const f of job.paired) {
      const definite = outcome.status !== "unknown";
      if (!definite && !AWS_SECRET_RULES.includes(f.ruleId)) continue;
      unsupported.delete(f);
      results.set(f, {
        status: outcome.status,
        reason: `${outcome.reason}, with the access key ID at ${job.findings.map(where).join(", ")}`,
        provider: "aws",
        called: job.called
      });
    }
  }
  for (const f of awsSecretFindings)
    if (!results.has(f))
      notChecked(
        f,
        `no AWS access key ID (AKIA\u2026) was found within ${AWS_PAIR_LINES} lines of it in the same file`,
        "aws"
      );
  const counts = {
    findings: findings.length,
    verified: 0,
    live: 0,
    revoked: 0,
    unknown: 0,
    unsupported: unsupported.size,
    capped,
    calls: toCall.length,
    maxCalls
  };
  for (const f of findings) counts[results.get(f).status]++;
  counts.verified = counts.live + counts.revoked;
  opts.log?.info(verificationLine(counts));
  return { results, counts };
}
function verificationLine(c) {
  const parts = [`${c.live} live`, `${c.revoked} revoked`, `${c.unknown} unknown`];
  const notes = [
    c.unsupported ? `${c.unsupported} of a kind no provider check covers` : "",
    c.capped ? `${c.capped} over the limit of ${c.maxCalls} calls` : ""
  ].filter(Boolean);
  return `Live-key verification: ${c.verified} of ${c.findings} finding(s) verified with ${c.calls} provider call(s): ${parts.join(", ")}${notes.length ? ` (${notes.join("; ")})` : ""}.`;
}
var where = (f) => f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : f.ruleId;
async function call(client, job, overrides, now) {
  const { provider } = job;
  let res;
  let base;
  try {
    const override = overrides[provider.id];
    base = new URL(override ? checkBaseUrl(provider.id, override) : provider.baseUrl);
    const req = provider.request(base, job.cred, now);
    const target = new URL(req.url);
    if (target.protocol !== "https:" || target.origin !== base.origin)
      return { status: "unknown", reason: `refused to send a ${provider.name} key to ${target.origin}` };
    res = await client.send(req, { followRedirects: false });
  } catch (err) {
    if (err instanceof NetworkError || err instanceof UserError)
      return { status: "unknown", reason: `${provider.name}: ${err.message}` };
    return { status: "unknown", reason: `${provider.name}: the check failed (${errorName(err)})` };
  }
  if (res.status >= 300 && res.status < 400) {
    let to = "nowhere";
    try {
      if (res.headers.location) to = new URL(res.headers.location, base).host.replace(/[^A-Za-z0-9.:[\]-]/g, "");
    } catch {
      to = "an unreadable address";
    }
    return {
      status: "unknown",
      reason: `${provider.name} answered HTTP ${res.status} redirecting to ${to}; not followed (a key goes to its provider's host only)`
    };
  }
  if (res.status === 429) return { status: "unknown", reason: `${provider.name} rate-limited the check (HTTP 429)` };
  if (res.status >= 500) return { status: "unknown", reason: `${provider.name} answered HTTP ${res.status}` };
  if (res.truncated)
    return { status: "unknown", reason: `${provider.name} answered more than ${MAX_BODY_BYTES} bytes; not read` };
  try {
    return provider.interpret(res);
  } catch (err) {
    return { status: "unknown", reason: `${provider.name}: its answer could not be read (${errorName(err)})` };
  }
}
var errorName = (err) => err instanceof Error ? err.name : typeof err;
function scrub(outcome, secrets) {
  let reason = outcome.reason;
  for (const s of secrets) if (s.length >= 4) reason = reason.split(s).join("***");
  return { ...outcome, reason };
}
function pairAwsSecret(keyId, findings, secretOf) {
  const origin = originOf(keyId);
  let best;
  for (const f of findings) {
    if (f === keyId || f.file !== keyId.file || originOf(f) !== origin) continue;
    if (providerForRule(f.ruleId)?.id === "aws") continue;
    const distance = Math.abs((f.line ?? 0) - (keyId.line ?? 0));
    if (distance > AWS_PAIR_LINES) continue;
    const secret = secretOf(f);
    if (!secret || !AWS_SECRET_SHAPE.test(secret)) continue;
    const rank = [AWS_SECRET_RULES.includes(f.ruleId) ? 0 : 1, distance, (f.line ?? 0) >= (keyId.line ?? 0) ? 0 : 1];
    if (!best || compareRanks(rank, best.rank) < 0) best = { finding: f, secret, rank };
  }
  return best && { finding: best.finding, secret: best.secret };
}
function compareRanks(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
function originOf(f) {
  const tail = `:${f.ruleId}:${f.line ?? ""}`;
  if (f.fingerprint?.endsWith(tail)) return f.fingerprint.slice(0, -tail.length);
  return f.file ?? "";
}

// src/checks/secret-scan/verify/apply.ts
init_define_LAUNCHGATE_GATES();
var PREFIX = {
  live: (v) => `LIVE: this key works right now \u2014 ${v.reason}. Revoke it at the provider first: deleting it from the code does not stop it working. `,
  // Where it still is (a commit, the working tree, a served page) is said by the message that follows.
  revoked: (v) => `Revoked: ${v.reason}. It no longer works; remove it all the same. `,
  unknown: (v) => `Not verified: ${v.reason}. `
};
function applyVerification(findings, summary, opts) {
  return findings.map((f) => {
    const v = summary.results.get(f);
    if (!v) return f;
    const severity = v.status === "live" ? "error" : opts.failsOnlyLive ? "warning" : f.severity;
    return {
      ...f,
      severity,
      message: PREFIX[v.status](v) + f.message,
      verification: { status: v.status, reason: v.reason }
    };
  });
}
function verificationSection(summary) {
  const live2 = [...summary.results].filter(([, v]) => v.status === "live");
  const parts = [verificationLine(summary.counts)];
  if (live2.length)
    parts.push(
      table(
        ["Rule", "Location", "Why it is live"],
        // File names come from the repository and reasons from the provider: shown as text, never as markdown.
        live2.map(([f, v]) => [f.ruleId, formatLocation(f) || "\u2014", v.reason].map(escapeText))
      )
    );
  return { title: "Live-key verification", markdown: parts.join("\n\n") };
}
function verificationMetrics(summary) {
  const { verified, live: live2, revoked: revoked2, unknown: unknown2, unsupported, capped, calls, maxCalls } = summary.counts;
  return { verified, live: live2, revoked: revoked2, unknown: unknown2, unsupported, capped, calls, maxCalls };
}
export {
  AWS_PAIR_LINES,
  BASE_URLS_ENV,
  DEFAULT_MAX_CALLS,
  DEFAULT_TIMEOUT_MS,
  PROVIDERS,
  applyVerification,
  baseUrlsFromEnv,
  pairAwsSecret,
  providerForRule,
  verificationLine,
  verificationMetrics,
  verificationSection,
  verifyFindings
};
