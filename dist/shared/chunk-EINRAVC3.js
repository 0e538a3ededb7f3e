import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  COMMON_DKIM_SELECTORS,
  FindingList,
  LOOKUP_TERMS,
  LiveDns,
  ZoneDns,
  ZoneFileError,
  bare,
  checkHost,
  dkimSection,
  dnsFindingsTable,
  edgeProblems,
  expectedRecordsSection,
  findMixedContent,
  isSpfRecord,
  parseCidr,
  parseExpect,
  parseNameserver,
  parseOctodns,
  parseSpf,
  parseTags,
  parseZoneFile,
  subdomainsSection
} from "./chunk-O2NPYISY.js";
import {
  readCaFile
} from "./chunk-IJEZSMNN.js";
import {
  require_cjs
} from "./chunk-E3YV7GN6.js";
import {
  HttpClient,
  NetworkError
} from "./chunk-74U225BG.js";
import {
  defineCheck
} from "./chunk-MJ7T7JTD.js";
import {
  choice,
  integer,
  list,
  text
} from "./chunk-FWQDJEAF.js";
import {
  table
} from "./chunk-DLCS5LTK.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  __export,
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/dns-check/index.ts
var dns_check_exports = {};
__export(dns_check_exports, {
  COMMON_DKIM_SELECTORS: () => COMMON_DKIM_SELECTORS,
  dnsCheck: () => dnsCheck
});
init_define_LAUNCHGATE_GATES();
import { readFileSync } from "node:fs";
import path from "node:path";

// src/checks/dns-check/dmarc.ts
init_define_LAUNCHGATE_GATES();
var import_tldts = __toESM(require_cjs(), 1);

// src/checks/dns-check/summary-text.ts
init_define_LAUNCHGATE_GATES();
function codeSpan(text2) {
  const longest = Math.max(0, ...(text2.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest ? " " : "";
  return `${fence}${pad}${text2}${pad}${fence}`;
}
function preformatted(lines) {
  const text2 = lines.join("\n").replace(/[&<>"'`*_~[\]#|\\!]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<pre>${text2}</pre>`;
}

// src/checks/dns-check/dmarc.ts
var POLICIES = ["none", "quarantine", "reject"];
var VALUE_SETS = {
  p: { valid: (v) => POLICIES.includes(v), accepted: "none, quarantine or reject" },
  sp: { valid: (v) => POLICIES.includes(v), accepted: "none, quarantine or reject" },
  np: { valid: (v) => POLICIES.includes(v), accepted: "none, quarantine or reject" },
  adkim: { valid: (v) => v === "r" || v === "s", accepted: "r (relaxed) or s (strict)" },
  aspf: { valid: (v) => v === "r" || v === "s", accepted: "r (relaxed) or s (strict)" },
  fo: { valid: (v) => /^[01ds](\s*:\s*[01ds])*$/.test(v), accepted: "a colon-separated list of 0, 1, d and s" },
  psd: { valid: (v) => v === "y" || v === "n" || v === "u", accepted: "y, n or u" },
  t: { valid: (v) => v === "y" || v === "n", accepted: "y or n" },
  pct: { valid: (v) => /^\d{1,3}$/.test(v) && Number(v) <= 100, accepted: "an integer from 0 to 100" },
  ri: { valid: (v) => /^\d{1,10}$/.test(v) && Number(v) <= 4294967295, accepted: "a number of seconds (32 bits)" },
  rf: { valid: (v) => /^afrf(\s*:\s*afrf)*$/.test(v), accepted: "afrf, the one registered format" }
};
var OTHER_TAGS = /* @__PURE__ */ new Set(["v", "rua", "ruf"]);
var MAX_REPORT_DOMAINS = 10;
var REMOVED_TAGS = ["pct", "rf", "ri"];
function isDmarcRecord(txt) {
  return /^v\s*=\s*DMARC1\s*(;|$)/i.test(txt);
}
function sameOrganization(a, b) {
  const org = (name) => (0, import_tldts.getDomain)(name, { allowPrivateDomains: true }) ?? name.toLowerCase();
  return org(a) === org(b);
}
function checkDmarc(record, domain, minPolicy) {
  const problems = [];
  const external = /* @__PURE__ */ new Set();
  const { tags, order, error } = parseTags(record, { lowerNames: true });
  if (error)
    return {
      problems: [
        {
          severity: "error",
          rule: "dmarc-syntax",
          message: error,
          fix: "Start from v=DMARC1; p=quarantine; rua=mailto:dmarc@yourdomain"
        }
      ],
      externalReportDomains: []
    };
  if (order[0] !== "v" || tags.get("v")?.toUpperCase() !== "DMARC1")
    problems.push({
      severity: "error",
      rule: "dmarc-syntax",
      message: "the record must start with v=DMARC1",
      fix: "Start the record with v=DMARC1;"
    });
  const value = (tag) => tags.get(tag)?.toLowerCase();
  for (const [tag, set] of Object.entries(VALUE_SETS)) {
    const v = value(tag);
    if (v === void 0 || tag === "p" || set.valid(v)) continue;
    problems.push({
      severity: "error",
      rule: "dmarc-tag-value",
      message: `${tag}=${tags.get(tag)} is not valid; ${tag} accepts ${set.accepted}`,
      fix: `Correct ${tag}= (or remove it to get its default).`
    });
  }
  for (const tag of order)
    if (!(tag in VALUE_SETS) && !OTHER_TAGS.has(tag))
      problems.push({
        severity: "notice",
        rule: "dmarc-unknown-tag",
        message: `${tag}= is not a DMARC tag (RFC 7489, RFC 9989); receivers ignore it`,
        fix: `Correct or remove ${tag}=.`
      });
  let policy = value("p");
  if (policy === void 0 && tags.has("rua")) {
    policy = "none";
    problems.push({
      severity: "warning",
      rule: "dmarc-policy",
      message: "no p= tag: receivers treat the record as p=none, which only monitors",
      fix: "Add p=none explicitly, then move to p=quarantine once the rua reports show only your senders."
    });
  }
  if (!policy || !VALUE_SETS.p.valid(policy)) {
    problems.push({
      severity: "error",
      rule: "dmarc-policy",
      message: policy ? `p=${policy} is not none, quarantine or reject` : "no p= policy",
      fix: "Set p=quarantine (or reject once reports look clean)."
    });
    policy = void 0;
  } else if (POLICIES.indexOf(policy) < POLICIES.indexOf(minPolicy)) {
    problems.push({
      severity: "error",
      rule: "dmarc-policy",
      message: `p=${policy} is weaker than the required ${minPolicy}`,
      fix: `Set p=${minPolicy}.`
    });
  } else if (policy === "none" && tags.has("p")) {
    problems.push({
      severity: "notice",
      rule: "dmarc-policy",
      message: "p=none only monitors: spoofed mail is still delivered",
      fix: "Move to p=quarantine once the rua reports show only your senders."
    });
  }
  for (const t of ["rua", "ruf"]) {
    const v = tags.get(t);
    if (v === void 0) continue;
    for (const uri of v.split(",").map((s) => s.trim())) {
      const m = /^mailto:([^@\s!]+)@([^\s!]+?)(?:!\d+[kmgt]?)?$/i.exec(uri);
      if (!m) {
        problems.push({
          severity: "error",
          rule: "dmarc-report-uri",
          message: `${t} URI '${uri}' is not a mailto: address`,
          fix: `Use ${t}=mailto:dmarc@${domain}`
        });
        continue;
      }
      const target = m[2].toLowerCase();
      if (!sameOrganization(target, domain)) external.add(target);
    }
  }
  if (!tags.has("rua"))
    problems.push({
      severity: "warning",
      rule: "dmarc-no-reports",
      message: "no rua=: you will not see who sends mail as your domain",
      fix: `Add rua=mailto:dmarc@${domain}`
    });
  for (const t of REMOVED_TAGS) {
    if (tags.has(t))
      problems.push({
        severity: "warning",
        rule: "dmarc-removed-tag",
        message: `${t}= is removed by RFC 9989 and ignored by receivers that follow it`,
        fix: `Remove ${t}=${t === "pct" ? " (use t=y to test a policy instead)" : ""}.`
      });
  }
  return { problems, policy, externalReportDomains: [...external] };
}
async function dmarcSection(run, minPolicy, required) {
  const { dns, domain } = run;
  const out = new FindingList(run);
  const name = `_dmarc.${domain}`;
  const answer = await dns.query(name, "TXT");
  const records = answer.values.map((v, i) => ({ v, i })).filter(({ v }) => isDmarcRecord(v));
  const rows = [];
  if (answer.status === "error") out.couldNotCheck(answer, "DMARC");
  else if (records.length === 0) {
    const near = answer.values.find((v) => /dmarc/i.test(v));
    out.add(
      {
        severity: required ? "error" : "warning",
        rule: near ? "dmarc-syntax" : "dmarc-missing",
        message: near ? `the TXT at ${name} is not a DMARC record: ${near}` : `no DMARC record at ${name}: mailbox providers now require one for bulk senders`,
        fix: `Publish TXT ${name} "v=DMARC1; p=quarantine; rua=mailto:dmarc@${domain}".`
      },
      out.at(answer)
    );
  } else if (records.length > 1) {
    out.add(
      {
        severity: "error",
        rule: "dmarc-multiple",
        message: `${records.length} DMARC records at ${name}; receivers then ignore DMARC`,
        fix: "Keep one."
      },
      out.at(answer, records[1].i)
    );
  } else {
    const { v, i } = records[0];
    const info = checkDmarc(v, domain, minPolicy);
    rows.push(["record", codeSpan(v)], ["policy", info.policy ?? "\u2014"]);
    for (const p of info.problems) out.add(p, out.at(answer, i), "DMARC");
    const external = info.externalReportDomains;
    if (external.length > MAX_REPORT_DOMAINS)
      out.findings.push({
        ruleId: "dns-error",
        severity: "warning",
        title: "Could not check every report destination",
        message: `reports go to ${external.length} other domains; only the first ${MAX_REPORT_DOMAINS} were checked for authorization. Fix: send reports to one or two destinations.`
      });
    for (const other of external.slice(0, MAX_REPORT_DOMAINS)) {
      const authName = `${domain}._report._dmarc.${other}`;
      const auth = await dns.query(authName, "TXT");
      const ok = auth.values.some(isDmarcRecord);
      rows.push([
        `reports to ${other}`,
        ok ? "authorized" : auth.status === "error" ? "could not check" : "NOT authorized"
      ]);
      if (auth.status === "error") out.couldNotCheck(auth, authName);
      else if (!ok)
        out.add(
          {
            severity: "error",
            rule: "dmarc-report-unauthorized",
            message: `reports go to ${other}, which has not authorized them (no v=DMARC1 at ${authName}); receivers drop those reports`,
            fix: `Ask ${other} to publish TXT ${authName} "v=DMARC1".`
          },
          out.at(answer, i)
        );
    }
  }
  return {
    findings: out.findings,
    found: records.length === 1,
    section: rows.length ? { title: "DMARC", markdown: table(["Check", "Value"], rows) } : void 0
  };
}

// src/checks/dns-check/https-check.ts
init_define_LAUNCHGATE_GATES();
import { connect, rootCertificates, checkServerIdentity } from "node:tls";
function splitHostPort(entry) {
  const m = /^(.+?)(?::(\d+))?$/.exec(entry);
  return { host: m[1], port: m[2] ? Number(m[2]) : 443 };
}
function oneLineError(text2) {
  return text2.replace(/\b[0-9A-F]{8,}:error:[0-9A-F]+:[^:\n]*:[^:\n]*:([^:\n]+):[^\s]*/g, "$1").replace(/\s+/g, " ").trim();
}
async function handshake(host, port, ca, timeoutMs) {
  return new Promise((resolve, reject) => {
    const socket = connect(
      {
        host,
        port,
        servername: /^[\d.]+$/.test(host) ? void 0 : host,
        ca: ca ? [...rootCertificates, ca] : void 0,
        rejectUnauthorized: false,
        timeout: timeoutMs
      },
      () => {
        const cert = socket.getPeerCertificate();
        resolve({
          cert,
          authorized: socket.authorized,
          error: socket.authorizationError ? String(socket.authorizationError) : void 0
        });
        socket.end();
      }
    );
    socket.on("timeout", () => {
      socket.destroy();
      reject(new Error(`TLS handshake with ${host}:${port} timed out`));
    });
    socket.on("error", (err) => reject(err));
  });
}
function certificateProblems(hs, host, daysLeft, minDays) {
  const problems = [];
  const { cert } = hs;
  if (!hs.authorized && hs.error !== "CERT_HAS_EXPIRED")
    problems.push({
      severity: "error",
      rule: "https-untrusted",
      message: `the certificate chain is not trusted (${oneLineError(hs.error ?? "unknown")})`,
      fix: "Serve the full chain from a public CA (or pass ca-file for a private CA)."
    });
  const identity = checkServerIdentity(host, cert);
  if (identity)
    problems.push({
      severity: "error",
      rule: "https-wrong-host",
      message: `the certificate is not valid for ${host}: ${oneLineError(identity.message)}`,
      fix: `Issue a certificate that names ${host}.`
    });
  if (daysLeft < 0)
    problems.push({
      severity: "error",
      rule: "https-expired",
      message: `the certificate expired on ${cert.valid_to}`,
      fix: "Renew it now, and check that automatic renewal runs."
    });
  else if (daysLeft < minDays)
    problems.push({
      severity: "error",
      rule: "https-expiring",
      message: `the certificate expires in ${daysLeft} day(s) (${cert.valid_to}); at least ${minDays} are required`,
      fix: "Renew it, and check that automatic renewal runs."
    });
  else if (daysLeft < minDays * 2)
    problems.push({
      severity: "warning",
      rule: "https-expiring",
      message: `the certificate expires in ${daysLeft} day(s) (${cert.valid_to})`,
      fix: "Check that automatic renewal runs."
    });
  return problems;
}
async function homePageProblems(client, entry, host, canonical) {
  const origin = `https://${entry}`;
  const problems = [];
  let res;
  try {
    res = await client.send({ method: "GET", url: `${origin}/`, headers: {} }, { followRedirects: false });
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err;
    const why = err.kind === "tls" ? `${origin}/ was not fetched, because the client refuses its certificate` : `${origin}/ sent no HTTP answer after the TLS handshake`;
    problems.push({
      severity: "error",
      rule: "https-no-answer",
      message: `could not check the canonical host, HSTS and mixed content: ${why} (${oneLineError(err.message)})`,
      fix: err.kind === "tls" ? "Fix the certificate (see the other findings for this host)." : "Make the home page answer; check the server and any proxy in front of it."
    });
    return { problems, answered: false };
  }
  const hsts = res.headers["strict-transport-security"];
  if (res.status >= 200 && res.status < 300)
    for (const mc of findMixedContent(res.body))
      problems.push({
        severity: "error",
        rule: "mixed-content",
        message: `${origin}/ loads ${mc.element} over plain HTTP; browsers block or warn on it`,
        fix: `Load ${mc.url.replace(/^http:/, "https:")} instead (or a relative URL).`
      });
  if (!hsts)
    problems.push({
      severity: "notice",
      rule: "https-no-hsts",
      message: "no Strict-Transport-Security header",
      fix: "Send Strict-Transport-Security: max-age=31536000 once HTTPS works everywhere."
    });
  if (canonical && host !== canonical) {
    const location = res.headers.location ? new URL(res.headers.location, origin) : void 0;
    if (![301, 308].includes(res.status) || location?.hostname !== canonical)
      problems.push({
        severity: "error",
        rule: "https-not-canonical",
        message: `${origin}/ answers ${res.status}${location ? ` to ${location.href}` : ""}, not a 301/308 to the canonical host ${canonical}`,
        fix: `Redirect every request to https://${canonical} with 301 or 308.`
      });
  }
  return { problems, headers: res.headers, hsts, answered: true };
}
async function plainHttpProblems(client, host, httpPort) {
  const httpUrl = `http://${host}${httpPort === 80 ? "" : `:${httpPort}`}/`;
  try {
    const res = await client.send({ method: "GET", url: httpUrl, headers: {} }, { followRedirects: false });
    const location = res.headers.location ? new URL(res.headers.location, httpUrl) : void 0;
    if (!(res.status >= 300 && res.status < 400) || location?.protocol !== "https:")
      return [
        {
          severity: "error",
          rule: "http-not-redirected",
          message: `${httpUrl} answers ${res.status}${location ? ` to ${location.href}` : ""} instead of redirecting to https://`,
          fix: "Redirect all plain HTTP to HTTPS with 301 or 308."
        }
      ];
    if (![301, 308].includes(res.status))
      return [
        {
          severity: "warning",
          rule: "http-not-redirected",
          message: `${httpUrl} redirects with ${res.status}; browsers and crawlers treat only 301/308 as permanent`,
          fix: "Use 301 or 308."
        }
      ];
    return [];
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err;
    return [
      {
        severity: "warning",
        rule: "http-not-redirected",
        message: `plain HTTP on ${httpUrl} does not answer (${oneLineError(err.message)}); visitors typing the name get an error instead of a redirect`,
        fix: "Answer on port 80 with a 301 to https://."
      }
    ];
  }
}
async function checkHttps(entry, opts) {
  const { host, port } = splitHostPort(entry);
  const result = { host: entry, problems: [] };
  let hs;
  try {
    hs = await handshake(host, port, opts.ca, opts.timeoutMs);
  } catch (err) {
    const detail = oneLineError(`${err?.code ?? ""}: ${err?.message ?? err}`.replace(/^: /, ""));
    result.problems.push({
      severity: "error",
      rule: "https-unreachable",
      message: `could not check: no TLS handshake with ${host}:${port} (${detail})`,
      fix: "Serve HTTPS on port 443 with a certificate for this name."
    });
    return result;
  }
  result.issuer = [hs.cert.issuer?.CN ?? hs.cert.issuer?.O].flat()[0];
  result.validTo = hs.cert.valid_to;
  result.daysLeft = Math.floor((new Date(hs.cert.valid_to).getTime() - (opts.now ?? /* @__PURE__ */ new Date()).getTime()) / 864e5);
  result.problems.push(...certificateProblems(hs, host, result.daysLeft, opts.minDays));
  const client = new HttpClient({ timeoutMs: opts.timeoutMs, retries: 0, ca: opts.ca });
  try {
    const home = await homePageProblems(client, entry, host, opts.canonical);
    result.problems.push(...home.problems);
    result.headers = home.headers;
    result.hsts = home.hsts;
    result.answered = home.answered;
    result.problems.push(...await plainHttpProblems(client, host, opts.httpPort));
  } finally {
    await client.close();
  }
  return result;
}
function verdict(problems) {
  if (problems.some((p) => p.severity === "error")) return "\u274C";
  return problems.some((p) => p.severity === "warning") ? "\u26A0\uFE0F" : "\u2705";
}
async function httpsSection(run, hosts, opts) {
  const out = new FindingList(run);
  const rows = [];
  for (const host of hosts) {
    const r = await checkHttps(host, opts);
    const edge = opts.proxy === "cloudflare" ? await edgeProblems(run.dns, host, r.headers, opts.proxyRanges) : [];
    const problems = [...r.problems, ...edge];
    const hsts = r.answered === false ? "could not check" : r.hsts ?? (r.answered ? "none" : "\u2014");
    rows.push([
      host,
      r.issuer ?? "\u2014",
      r.validTo ?? "\u2014",
      r.daysLeft !== void 0 ? String(r.daysLeft) : "\u2014",
      hsts,
      verdict(problems)
    ]);
    for (const p of problems) out.add(p, {}, host);
  }
  return {
    findings: out.findings,
    section: rows.length ? { title: "HTTPS", markdown: table(["Host", "Issuer", "Valid to", "Days left", "HSTS", "Verdict"], rows) } : void 0
  };
}

// src/checks/dns-check/mx.ts
init_define_LAUNCHGATE_GATES();
var MAX_MX_CHECKED = 10;
async function mxSection(run, required) {
  const { dns, domain } = run;
  const out = new FindingList(run);
  const mx = await dns.query(domain, "MX");
  const rows = [];
  const nullMx = mx.values.length === 1 && mx.values[0].split(" ")[1] === ".";
  if (mx.status === "error") out.couldNotCheck(mx, "MX");
  else if (mx.values.length === 0)
    out.add({
      severity: required ? "error" : "warning",
      rule: "mx-missing",
      message: `${domain} has no MX record: replies and bounces to it are lost`,
      fix: "Add the MX records of your mail provider, or a null MX (0 .) if the domain sends and receives no mail."
    });
  else if (nullMx) rows.push(["0 .", "null MX: this domain receives no mail", "\u2705"]);
  else {
    const byPreference = mx.values.map((v, i) => ({ v, i })).sort((a, b) => parseInt(a.v) - parseInt(b.v));
    for (const { v, i } of byPreference.slice(0, MAX_MX_CHECKED)) {
      const exchange = v.split(" ")[1];
      const problems = [];
      if (/^[\d.]+\.?$/.test(exchange) || /^[0-9a-f:]+$/i.test(exchange))
        problems.push("points at an IP address, not a host name");
      else if (dns.inZone && !dns.inZone(exchange)) {
        rows.push([v, "not checked (outside the zone)", "\u2014"]);
        continue;
      } else {
        const cname = await dns.query(exchange, "CNAME");
        if (cname.status === "ok" && cname.values.length)
          problems.push(`is a CNAME (to ${cname.values[0]}); MX targets must have their own A/AAAA`);
        const [a, aaaa] = await Promise.all([dns.query(exchange, "A"), dns.query(exchange, "AAAA")]);
        if (a.status === "error" && aaaa.status === "error") {
          rows.push([v, `could not check (${a.error})`, "\u274C"]);
          out.couldNotCheck(a, `MX ${exchange}`);
          continue;
        } else if (!a.values.length && !aaaa.values.length && !cname.values.length)
          problems.push("has no A or AAAA record");
      }
      rows.push([v, problems.join("; ") || "resolves", problems.length ? "\u274C" : "\u2705"]);
      if (problems.length)
        out.add(
          {
            severity: "error",
            rule: "mx-target",
            message: `MX ${exchange} ${problems.join("; ")}`,
            fix: "Point MX at the host names your mail provider gives."
          },
          out.at(mx, i)
        );
    }
    const unchecked = byPreference.slice(MAX_MX_CHECKED);
    for (const { v } of unchecked) rows.push([v, `not checked (only the ${MAX_MX_CHECKED} most preferred are)`, "\u2014"]);
    if (unchecked.length)
      out.findings.push({
        ruleId: "dns-error",
        severity: "warning",
        title: "Could not check every MX",
        message: `${domain} has ${mx.values.length} MX records; only the ${MAX_MX_CHECKED} most preferred were checked. Fix: keep the MX records your provider gives (rarely more than five).`
      });
  }
  return {
    findings: out.findings,
    parked: nullMx || mx.status !== "error" && mx.values.length === 0,
    section: rows.length ? { title: "MX", markdown: table(["Record", "Check", "Verdict"], rows) } : void 0
  };
}

// src/checks/dns-check/starter.ts
init_define_LAUNCHGATE_GATES();
function starter() {
  return {
    values: { domain: "example.com", https: ["example.com", "www.example.com"], "canonical-host": "www.example.com" },
    needsUserValues: true
  };
}

// src/checks/dns-check/spf-section.ts
init_define_LAUNCHGATE_GATES();
var MAX_LOOKUPS = 10;
var MAX_VOIDS = 2;
async function spfTree(domain, dns) {
  const tree = { lookups: 0, voids: 0, lines: [], errors: [] };
  const over = () => tree.lookups > MAX_LOOKUPS || tree.voids > MAX_VOIDS;
  const walk = async (name, depth, stack) => {
    const indent = "  ".repeat(depth);
    if (stack.includes(name)) {
      tree.loop ??= [...stack, name].join(" \u2192 ");
      tree.lines.push(`${indent}${name} (loop)`);
      return;
    }
    const txt = await dns.query(name, "TXT");
    if (txt.status === "error") {
      tree.errors.push({ message: `could not check ${name}: ${txt.error}`, outsideZone: txt.outsideZone });
      tree.lines.push(`${indent}${name} (could not check)`);
      return;
    }
    const records = txt.values.filter(isSpfRecord);
    if (records.length !== 1) {
      if (depth > 0) {
        tree.voids += txt.values.length === 0 ? 1 : 0;
        tree.errors.push({ message: `${name} has ${records.length} SPF records` });
      }
      tree.lines.push(`${indent}${name} (${records.length} SPF records)`);
      return;
    }
    tree.lines.push(`${indent}${name}: ${records[0]}`);
    for (const term of parseSpf(records[0]).terms) {
      if (over()) return;
      if (!LOOKUP_TERMS.has(term.name)) continue;
      tree.lookups++;
      if (over()) {
        tree.stoppedAt = `${term.text} in ${name}`;
        tree.lines.push(
          `${indent}  (stopped: ${term.text} is lookup ${tree.lookups}, over the limit of ${MAX_LOOKUPS})`
        );
        return;
      }
      const target = term.value && !term.value.includes("%") ? bare(term.value) : name;
      if (term.name === "include" || term.name === "redirect") await walk(target, depth + 1, [...stack, name]);
      else if (term.name === "a" || term.name === "mx") {
        const answer = await dns.query(target, term.name === "a" ? "A" : "MX");
        if (answer.status === "nxdomain" || answer.status === "nodata") {
          if (term.name === "a") {
            const v6 = await dns.query(target, "AAAA");
            if (v6.values.length) continue;
          }
          tree.voids++;
          if (tree.voids > MAX_VOIDS) {
            tree.stoppedAt = `${term.text} in ${name}`;
            tree.lines.push(
              `${indent}  (stopped: ${term.text} is void lookup ${tree.voids}, over the limit of ${MAX_VOIDS})`
            );
          }
        }
      }
    }
  };
  await walk(domain, 0, []);
  return tree;
}
async function spfSection(run, opts) {
  const { dns, domain } = run;
  const out = new FindingList(run);
  const txt = await dns.query(domain, "TXT");
  const spfRecords = txt.values.map((v, i2) => ({ v, i: i2 })).filter(({ v }) => isSpfRecord(v));
  const rows = [];
  const result = () => ({
    findings: out.findings,
    records: spfRecords.length,
    section: rows.length ? { title: "SPF", markdown: table(["Check", "Value"], rows) } : void 0
  });
  if (txt.status === "error") {
    out.couldNotCheck(txt, "SPF");
    return result();
  }
  if (spfRecords.length === 0) {
    out.add({
      severity: opts.required ? "error" : "warning",
      rule: "spf-missing",
      message: `${domain} has no SPF record: receivers cannot tell your mail from forgeries`,
      fix: opts.parked ? `Publish TXT "v=spf1 -all": ${domain} takes no mail, so no one may send as it (if it does send, "v=spf1 include:<your provider> -all").` : 'Publish TXT "v=spf1 include:<your provider> -all".'
    });
    return result();
  }
  if (spfRecords.length > 1) {
    out.add(
      {
        severity: "error",
        rule: "spf-multiple",
        message: `${domain} has ${spfRecords.length} SPF records; receivers then return permerror and SPF fails for all mail`,
        fix: "Merge them into one record."
      },
      out.at(txt, spfRecords[1].i)
    );
    return result();
  }
  const { v: record, i } = spfRecords[0];
  const where = out.at(txt, i);
  rows.push(["record", codeSpan(record)]);
  for (const s of txt.txtStrings?.[i] ?? [])
    if (Buffer.byteLength(s) > 255)
      out.add(
        {
          severity: "error",
          rule: "spf-length",
          message: `a TXT string of ${Buffer.byteLength(s)} bytes; one string holds at most 255`,
          fix: "Split the record into several quoted strings."
        },
        where
      );
  if (record.length > 450)
    out.add(
      {
        severity: "warning",
        rule: "spf-length",
        message: `the record is ${record.length} characters; over about 450 the answer may not fit one UDP packet`,
        fix: "Flatten or shorten the includes."
      },
      where
    );
  const parsed = parseSpf(record);
  if (parsed.error) {
    out.add(
      {
        severity: "error",
        rule: "spf-syntax",
        message: `at character ${parsed.error.position}: ${parsed.error.message}`,
        fix: "Correct the term; see RFC 7208 section 5."
      },
      where
    );
    return result();
  }
  const all = parsed.terms.find((t) => t.name === "all");
  if (all && (all.qualifier === "+" || all.qualifier === "?"))
    out.add(
      {
        severity: "error",
        rule: "spf-permissive-all",
        message: `${all.text} lets anyone send as ${domain}`,
        fix: "End with -all (or ~all while testing)."
      },
      where
    );
  if (!all && !parsed.terms.some((t) => t.name === "redirect"))
    out.add(
      {
        severity: "warning",
        rule: "spf-no-all",
        message: "the record has no all mechanism, so unlisted senders get neutral",
        fix: "End with -all (or ~all while testing)."
      },
      where
    );
  if (parsed.terms.some((t) => t.name === "ptr"))
    out.add(
      {
        severity: "warning",
        rule: "spf-ptr",
        message: "ptr is deprecated (RFC 7208 5.5): slow, and many receivers skip it",
        fix: "Replace ptr with ip4/ip6 or include."
      },
      where
    );
  const tree = await spfTree(domain, dns);
  const stopped = tree.stoppedAt ? ` (the walk stopped at ${tree.stoppedAt})` : "";
  rows.push(
    [
      `DNS-querying terms (limit ${MAX_LOOKUPS})`,
      tree.lookups > MAX_LOOKUPS ? `over ${MAX_LOOKUPS}${stopped}` : String(tree.lookups)
    ],
    [`void lookups (limit ${MAX_VOIDS})`, tree.voids > MAX_VOIDS ? `over ${MAX_VOIDS}${stopped}` : String(tree.voids)],
    ["include tree", preformatted(tree.lines)]
  );
  if (tree.lookups > MAX_LOOKUPS)
    out.add(
      {
        severity: "error",
        rule: "spf-too-many-lookups",
        message: `more than ${MAX_LOOKUPS} DNS-querying terms through includes and redirects${stopped}; that is a permerror and SPF fails for all mail`,
        fix: "Remove unused includes, or replace some with ip4/ip6 ranges."
      },
      where
    );
  if (tree.voids > MAX_VOIDS)
    out.add(
      {
        severity: "error",
        rule: "spf-void-lookups",
        message: `more than ${MAX_VOIDS} lookups return nothing${stopped}; that is a permerror`,
        fix: "Remove includes and a/mx terms of names that do not exist."
      },
      where
    );
  if (tree.loop)
    out.add(
      {
        severity: "error",
        rule: "spf-loop",
        message: `include/redirect loop: ${tree.loop}`,
        fix: "Remove the include that points back."
      },
      where
    );
  for (const e of tree.errors)
    out.add(
      {
        severity: e.outsideZone ? "notice" : "error",
        rule: "spf-include-error",
        message: e.message,
        fix: "Check the included domain."
      },
      where
    );
  const lookup = (name, type) => dns.query(name, type);
  for (const sender of opts.senders) {
    const cidr = parseCidr(sender);
    if (!cidr)
      throw new UserError(
        `Input 'spf-senders' got ${JSON.stringify(sender)}; accepted: IP addresses or CIDRs, comma-separated.`
      );
    const { result: spf, reason } = await checkHost(cidr.network, domain, `postmaster@${domain}`, domain, lookup);
    rows.push([`sender ${sender}`, spf]);
    if (spf !== "pass")
      out.add(
        {
          severity: "error",
          rule: "spf-sender-not-pass",
          message: `mail from ${sender} gets SPF ${spf}${reason ? ` (${reason})` : ""}`,
          fix: `Add ip${cidr.network.includes(":") ? "6" : "4"}:${sender} or the sending service's include to the record.`
        },
        where
      );
  }
  return result();
}

// src/checks/dns-check/index.ts
var DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
var REQUIRABLE = ["mx", "spf", "dkim", "dmarc"];
function openZoneFile(cwd, file, domain) {
  let text2;
  try {
    text2 = readFileSync(path.resolve(cwd, file), "utf8");
  } catch (err) {
    const why = err?.code === "ENOENT" ? "no such file" : err?.code === "EISDIR" ? "a directory" : err?.code ?? err;
    throw new UserError(
      `Input 'zone-file': cannot read ${file} (${why}); accepted: a BIND zone file or an OctoDNS .yaml zone.`
    );
  }
  try {
    const records = /\.ya?ml$/i.test(file) ? parseOctodns(text2, domain, file) : parseZoneFile(text2, domain);
    return new ZoneDns(records, domain, file);
  } catch (err) {
    if (err instanceof ZoneFileError) throw new UserError(`${file}:${err.line}: ${err.message}`);
    throw err;
  }
}
async function existenceFinding(run) {
  const { dns, domain } = run;
  const probes = await Promise.all(["NS", "A", "MX", "TXT"].map((t) => dns.query(domain, t)));
  if (probes.every((a) => a.status === "nxdomain"))
    return {
      ruleId: "domain-missing",
      severity: "error",
      title: "Domain does not exist",
      message: `${domain} does not exist (NXDOMAIN from ${dns.describe()}). Register it or fix the name.`
    };
  if (probes.every((a) => a.status === "error"))
    return {
      ruleId: "dns-error",
      severity: "error",
      title: "Could not check",
      message: `every lookup for ${domain} failed: ${probes[0].error}`
    };
  return void 0;
}
var dnsCheck = defineCheck({
  name: "dns-check",
  section: "dns",
  impact: {
    default: "access",
    reach: "everyone",
    byRule: {
      "spf-*": "delivery",
      "dkim-*": "delivery",
      "dmarc-*": "delivery",
      "mx-*": "delivery",
      "subdomain-missing": { class: "access", reach: "some" },
      "https-no-hsts": "hygiene",
      "mixed-content": { class: "hygiene", reach: "some" }
    }
  },
  shortTitle: "DNS/email/TLS",
  starter,
  readmeTables: { "findings:dns-check": dnsFindingsTable },
  title: "launchgate DNS, email and TLS check",
  description: "Fails when names point to the wrong place, SPF/DKIM/DMARC would send mail to spam, or HTTPS is broken or expiring.",
  branding: { icon: "globe", color: "purple" },
  inputs: {
    domain: { ...text("The domain to check, e.g. example.com."), required: true },
    expect: list("Expected records, one per line: `host TYPE value` (e.g. `www CNAME example.com.`)."),
    "dkim-selectors": list("DKIM selectors to check; empty probes the common providers' selectors.", "", "comma"),
    require: list("Records that must exist: any of mx, spf, dkim, dmarc.", "spf,dmarc", "comma"),
    "dmarc-min-policy": choice("Weakest DMARC policy accepted.", "none", ["none", "quarantine", "reject"]),
    resolver: list("Nameservers to ask, IP[:port], comma-separated; empty uses the system's.", "", "comma"),
    https: list("Hosts whose HTTPS is checked, comma-separated (host or host:port).", "", "comma"),
    "cert-min-days": integer("Fewest days a certificate may have left.", "14", 0, 3650),
    "canonical-host": text("The one host the others and http:// must redirect to (301/308)."),
    "zone-file": text("Zone file to validate instead of live DNS: BIND format, or OctoDNS YAML (.yaml/.yml)."),
    "spf-senders": list("IPs or CIDRs that send mail for the domain; each must get SPF pass.", "", "comma"),
    subdomains: list(
      "Subdomains that must resolve (e.g. app,api,admin); a CNAME to nothing is a takeover risk.",
      "",
      "comma"
    ),
    "ca-file": text("PEM file of an extra CA to trust for the HTTPS checks."),
    "http-port": integer("Port of the plain-HTTP redirect check.", "80", 1, 65535),
    "expect-proxy": choice("Edge proxy every https host must sit behind: cloudflare, or none.", "none", [
      "none",
      "cloudflare"
    ]),
    "proxy-ranges": list(
      "CIDRs that replace the shipped edge-proxy ranges (Cloudflare's, dated in the code), comma-separated.",
      "",
      "comma"
    ),
    "timeout-ms": integer("Timeout of each DNS query in milliseconds.", "3000", 100, 6e4)
  },
  outputs: {},
  async run(inputs, ctx) {
    const domain = bare(inputs.domain);
    if (!DOMAIN.test(domain))
      throw new UserError(
        `Input 'domain' got ${JSON.stringify(inputs.domain)}; accepted: a domain name such as example.com.`
      );
    const servers = inputs.resolver.map((r) => {
      const parsed = parseNameserver(r);
      if (!parsed)
        throw new UserError(
          `Input 'resolver' got ${JSON.stringify(r)}; accepted: nameserver addresses IP[:port], comma-separated.`
        );
      return parsed;
    });
    for (const r of inputs.require)
      if (!REQUIRABLE.includes(r))
        throw new UserError(`Input 'require' got ${JSON.stringify(r)}; accepted: ${REQUIRABLE.join(", ")}.`);
    for (const sender of inputs["spf-senders"])
      if (!parseCidr(sender))
        throw new UserError(
          `Input 'spf-senders' got ${JSON.stringify(sender)}; accepted: IP addresses or CIDRs, comma-separated.`
        );
    const expected = parseExpect(inputs.expect, domain);
    const ca = readCaFile(ctx.cwd, inputs["ca-file"]);
    const required = new Set(inputs.require);
    const zoneFile = inputs["zone-file"] || void 0;
    const dns = zoneFile ? openZoneFile(ctx.cwd, zoneFile, domain) : new LiveDns(servers, inputs["timeout-ms"]);
    const run = { domain, dns, zoneFile };
    const missing = await existenceFinding(run);
    if (missing)
      return { findings: [missing], metrics: { exists: missing.ruleId === "dns-error" ? "unknown" : false } };
    const records = await expectedRecordsSection(run, expected);
    const mx = await mxSection(run, required.has("mx"));
    const spf = await spfSection(run, {
      senders: inputs["spf-senders"],
      required: required.has("spf"),
      parked: mx.parked
    });
    const dkim = await dkimSection(run, inputs["dkim-selectors"], required.has("dkim"));
    const dmarc = await dmarcSection(run, inputs["dmarc-min-policy"], required.has("dmarc"));
    const subdomains = await subdomainsSection(run, inputs.subdomains);
    const https = await httpsSection(run, inputs.https, {
      ca,
      minDays: inputs["cert-min-days"],
      canonical: inputs["canonical-host"] || void 0,
      httpPort: inputs["http-port"],
      timeoutMs: Math.max(inputs["timeout-ms"], 5e3),
      proxy: inputs["expect-proxy"],
      proxyRanges: inputs["proxy-ranges"]
    });
    const parts = [records, mx, spf, dkim, dmarc, subdomains, https];
    return {
      findings: parts.flatMap((p) => p.findings),
      metrics: {
        domain,
        source: dns.describe(),
        spfRecords: spf.records,
        dkimFound: dkim.found,
        dmarc: dmarc.found
      },
      sections: [
        { title: "Source", markdown: `Checked ${domain} against ${dns.describe()}.` },
        ...parts.flatMap((p) => p.section ? [p.section] : [])
      ]
    };
  }
});

export {
  dnsCheck,
  dns_check_exports
};
