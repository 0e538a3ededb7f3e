import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  parseYaml,
  require_dist
} from "./chunk-M7BUO5DP.js";
import {
  table
} from "./chunk-DLCS5LTK.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/dns-check/findings.ts
init_define_LAUNCHGATE_GATES();
var DNS_FINDINGS = {
  "domain-missing": {
    title: "Domain does not exist",
    severity: "error",
    meaning: "Every lookup of the domain answered NXDOMAIN; no other rule runs.",
    fix: "Register the domain, or correct `domain`."
  },
  "dns-error": {
    title: "Could not check",
    severity: "error (warning past a limit: more than 10 MX records or report domains; notice for names outside a zone file)",
    meaning: 'A lookup failed (timeout, SERVFAIL, refused), or a limit on lookups was reached, so the rule it served could not be checked: never taken as "missing".',
    fix: "Check `resolver` and the domain's nameservers, then run again."
  },
  "record-mismatch": {
    title: "Record differs from expect",
    severity: "error",
    meaning: "A record listed in `expect` is missing or holds another value (CNAME chains are followed).",
    fix: "Point the record at the expected value at your DNS provider, or correct `expect`."
  },
  "subdomain-missing": {
    title: "Subdomain does not resolve",
    severity: "error",
    meaning: "A name in `subdomains` has no A, AAAA or CNAME.",
    fix: "Add the record, or remove the name from `subdomains`."
  },
  "dangling-cname": {
    title: "Dangling CNAME",
    severity: "error",
    meaning: "A subdomain is a CNAME to a name that does not resolve: whoever claims that name serves your subdomain.",
    fix: "Remove the CNAME, or point it at a live target."
  },
  "mx-missing": {
    title: "MX",
    severity: "error with `require: mx`, else warning",
    meaning: "The domain has no MX record, so replies and bounces to it are lost.",
    fix: "Add your mail provider's MX records, or a null MX (`0 .`) for a domain that takes no mail."
  },
  "mx-target": {
    title: "MX",
    severity: "error",
    meaning: "An MX points at an IP address, at a CNAME, or at a name with no A/AAAA.",
    fix: "Point MX at the host names your mail provider gives."
  },
  "spf-missing": {
    title: "SPF",
    severity: "error with `require: spf`, else warning",
    meaning: "No `v=spf1` TXT record: receivers cannot tell your mail from forgeries.",
    fix: "Publish `v=spf1 include:<provider> -all`; for a domain without MX (parked), `v=spf1 -all`."
  },
  "spf-multiple": {
    title: "SPF",
    severity: "error",
    meaning: "More than one `v=spf1` record: receivers return permerror and SPF fails for all mail.",
    fix: "Merge them into one record."
  },
  "spf-length": {
    title: "SPF",
    severity: "error (a string over 255 bytes), warning (a record over 450 characters)",
    meaning: "A TXT string longer than DNS allows, or a record too long for one UDP answer.",
    fix: "Split the record into quoted strings; flatten or shorten the includes."
  },
  "spf-syntax": {
    title: "SPF",
    severity: "error",
    meaning: "A term does not parse (RFC 7208 section 5); the message gives its character position.",
    fix: "Correct the term."
  },
  "spf-permissive-all": {
    title: "SPF",
    severity: "error",
    meaning: "`+all` or `?all` lets anyone send as the domain.",
    fix: "End with `-all` (or `~all` while testing)."
  },
  "spf-no-all": {
    title: "SPF",
    severity: "warning",
    meaning: "No `all` and no `redirect`: unlisted senders get neutral.",
    fix: "End with `-all` (or `~all` while testing)."
  },
  "spf-ptr": {
    title: "SPF",
    severity: "warning",
    meaning: "`ptr` is deprecated (RFC 7208 section 5.5): slow, and many receivers skip it.",
    fix: "Replace `ptr` with `ip4`/`ip6` or an include."
  },
  "spf-too-many-lookups": {
    title: "SPF",
    severity: "error",
    meaning: "More than 10 DNS-querying terms through includes and redirects: a permerror (RFC 7208 section 4.6.4). The walk stops there.",
    fix: "Remove unused includes, or replace some with `ip4`/`ip6` ranges."
  },
  "spf-void-lookups": {
    title: "SPF",
    severity: "error",
    meaning: "More than 2 lookups that return nothing: a permerror. The walk stops there.",
    fix: "Remove includes and `a`/`mx` terms of names that do not exist."
  },
  "spf-loop": {
    title: "SPF",
    severity: "error",
    meaning: "An include or redirect leads back to a record already on the path.",
    fix: "Remove the include that points back."
  },
  "spf-include-error": {
    title: "SPF",
    severity: "error (notice for names outside a zone file)",
    meaning: "An included domain has no SPF record, several, or could not be looked up.",
    fix: "Check the included domain."
  },
  "spf-sender-not-pass": {
    title: "SPF",
    severity: "error",
    meaning: "An address in `spf-senders` does not get SPF pass from RFC 7208 `check_host()`.",
    fix: "Add its `ip4`/`ip6`, or the sending service's include."
  },
  "dkim-missing": {
    title: "DKIM",
    severity: "error with `require: dkim`; else warning (selectors given) or notice (none found when probing)",
    meaning: "No DKIM key under the selectors given, or under the common providers' selectors.",
    fix: "Publish the selector's key, or set `dkim-selectors` to your provider's selector."
  },
  "dkim-syntax": {
    title: "DKIM",
    severity: "error",
    meaning: "A malformed tag list, `v=` not first, or `v=` other than DKIM1.",
    fix: "Publish the record your mail provider gives, unchanged."
  },
  "dkim-key-type": {
    title: "DKIM",
    severity: "error",
    meaning: "`k=` is neither `rsa` nor `ed25519`.",
    fix: "Use `k=rsa` (or `k=ed25519` beside an RSA key)."
  },
  "dkim-testing": {
    title: "DKIM",
    severity: "warning",
    meaning: "`t=y`: receivers treat the key as a test and may ignore failures.",
    fix: "Remove `t=y` once signing works."
  },
  "dkim-no-key": {
    title: "DKIM",
    severity: "error",
    meaning: "No `p=` tag.",
    fix: "Publish the public key in `p=`."
  },
  "dkim-revoked": {
    title: "DKIM",
    severity: "error",
    meaning: "An empty `p=`: the key is revoked and every signature with it fails.",
    fix: "Publish the current key, or sign with another selector."
  },
  "dkim-bad-key": {
    title: "DKIM",
    severity: "error",
    meaning: "`p=` is not base64, or not a key (often a TXT split in the middle of `p=`).",
    fix: "Copy the key again from the provider."
  },
  "dkim-weak-key": {
    title: "DKIM",
    severity: "error under 1024 bits (RFC 8301), warning under 2048",
    meaning: "An RSA key too short to be trusted.",
    fix: "Rotate to a 2048-bit key."
  },
  "dmarc-missing": {
    title: "DMARC",
    severity: "error with `require: dmarc`, else warning",
    meaning: "No DMARC record at `_dmarc.<domain>`: mailbox providers require one from bulk senders.",
    fix: "Publish `v=DMARC1; p=quarantine; rua=mailto:dmarc@<domain>`."
  },
  "dmarc-multiple": {
    title: "DMARC",
    severity: "error",
    meaning: "More than one DMARC record: receivers then ignore DMARC.",
    fix: "Keep one."
  },
  "dmarc-syntax": {
    title: "DMARC",
    severity: "error",
    meaning: "The record breaks the grammar of RFC 7489 / RFC 9989: `v=DMARC1` not first, a malformed or repeated tag.",
    fix: "Start from `v=DMARC1; p=quarantine; rua=mailto:dmarc@<domain>`."
  },
  "dmarc-policy": {
    title: "DMARC",
    severity: "error (no policy, or weaker than `dmarc-min-policy`), warning (`rua` without `p`: treated as `p=none`), notice (`p=none`)",
    meaning: "The policy is missing, invalid, weaker than required, or only monitors.",
    fix: "Set `p=quarantine` (or `reject` once reports look clean)."
  },
  "dmarc-tag-value": {
    title: "DMARC",
    severity: "error",
    meaning: "A tag with a defined value set (`sp`, `np`, `adkim`, `aspf`, `fo`, `psd`, `t`, `pct`, `ri`, `rf`) has a value outside it; receivers ignore the tag or the record.",
    fix: "Use a value the message lists for that tag."
  },
  "dmarc-unknown-tag": {
    title: "DMARC",
    severity: "notice",
    meaning: "A tag neither RFC 7489 nor RFC 9989 defines (often a typo): receivers ignore it.",
    fix: "Correct or remove the tag."
  },
  "dmarc-report-uri": {
    title: "DMARC",
    severity: "error",
    meaning: "A `rua`/`ruf` destination is not a `mailto:` address.",
    fix: "Use `mailto:dmarc@<domain>`."
  },
  "dmarc-no-reports": {
    title: "DMARC",
    severity: "warning",
    meaning: "No `rua=`: you will not see who sends mail as your domain.",
    fix: "Add `rua=mailto:dmarc@<domain>`."
  },
  "dmarc-removed-tag": {
    title: "DMARC",
    severity: "warning",
    meaning: "`pct`, `rf` and `ri` are removed by RFC 9989 and ignored by receivers that follow it.",
    fix: "Remove them (use `t=y` to test a policy instead of `pct`)."
  },
  "dmarc-report-unauthorized": {
    title: "DMARC",
    severity: "error",
    meaning: "Reports go to another organizational domain (by the Public Suffix List) that has not published `<domain>._report._dmarc.<other>`; receivers drop them.",
    fix: "Ask the report receiver to publish that record with `v=DMARC1`."
  },
  "https-unreachable": {
    title: "HTTPS",
    severity: "error",
    meaning: "No TLS handshake (refused, timed out, not TLS): nothing about the host could be checked.",
    fix: "Serve HTTPS on the port with a certificate for the name."
  },
  "https-no-answer": {
    title: "HTTPS",
    severity: "error",
    meaning: "The handshake worked but the home page sent no HTTP answer in time (or its certificate was refused), so the canonical host, HSTS and mixed content could not be checked.",
    fix: "Make the home page answer (or fix the certificate); check the server and what sits in front of it."
  },
  "https-untrusted": {
    title: "HTTPS",
    severity: "error",
    meaning: "The chain does not lead to a trusted CA (the system CAs, plus `ca-file`).",
    fix: "Serve the full chain from a public CA, or pass `ca-file` for a private one."
  },
  "https-wrong-host": {
    title: "HTTPS",
    severity: "error",
    meaning: "The certificate does not name the host.",
    fix: "Issue a certificate that names the host."
  },
  "https-expired": {
    title: "HTTPS",
    severity: "error",
    meaning: "The certificate has expired.",
    fix: "Renew it now, and check that automatic renewal runs."
  },
  "https-expiring": {
    title: "HTTPS",
    severity: "error under `cert-min-days`, warning under twice that",
    meaning: "The certificate expires soon.",
    fix: "Renew it, and check that automatic renewal runs."
  },
  "https-no-hsts": {
    title: "HTTPS",
    severity: "notice",
    meaning: "No `Strict-Transport-Security` header.",
    fix: "Send `Strict-Transport-Security: max-age=31536000` once HTTPS works everywhere."
  },
  "https-not-canonical": {
    title: "HTTPS",
    severity: "error",
    meaning: "A host other than `canonical-host` does not answer with a 301/308 to it.",
    fix: "Redirect every request to the canonical host with 301 or 308."
  },
  "http-not-redirected": {
    title: "HTTPS",
    severity: "error (no redirect to https), warning (302/307, or port 80 closed)",
    meaning: "Plain `http://` does not send visitors to `https://` for good.",
    fix: "Redirect all plain HTTP to HTTPS with 301 or 308."
  },
  "mixed-content": {
    title: "HTTPS",
    severity: "error",
    meaning: "The home page loads a script, style, image, frame or form target over `http://`; browsers block or warn.",
    fix: "Load it over `https://` (or a relative URL)."
  },
  "edge-bypass": {
    title: "HTTPS",
    severity: "error",
    meaning: "With `expect-proxy: cloudflare`, a host resolves outside the edge's ranges or answers without its headers: visitors reach the origin directly.",
    fix: "Turn the proxy on for the host, and firewall the origin to the proxy's ranges."
  }
};
var FindingList = class {
  findings = [];
  zoneFile;
  constructor(run) {
    this.zoneFile = run.zoneFile;
  }
  /** The zone-file line of an answer's `index`th value, as a finding location. */
  at(answer, index = 0) {
    return this.zoneFile && answer?.lines?.[index] ? { file: this.zoneFile, line: answer.lines[index] } : {};
  }
  add(p, where = {}, subject = "") {
    this.findings.push({
      ruleId: p.rule,
      severity: p.severity,
      title: subject || DNS_FINDINGS[p.rule].title,
      message: `${p.message}. Fix: ${p.fix}`,
      ...where
    });
  }
  /** A failed lookup: an error, or a notice for a name a zone file does not hold. */
  couldNotCheck(answer, what) {
    this.findings.push({
      ruleId: "dns-error",
      severity: answer.outsideZone ? "notice" : "error",
      title: `Could not check ${what}`,
      message: answer.error ?? "DNS error"
    });
  }
};
function notChecked(answer) {
  return answer.outsideZone ? { found: "not checked (outside the zone)", verdict: "\u2014" } : { found: `could not check (${answer.error ?? "DNS error"})`, verdict: "\u274C" };
}
function dnsFindingsTable() {
  const cell = (s) => s.replace(/\|/g, "\\|");
  const rows = ["| Finding | Severity | What it means | Fix |", "| --- | --- | --- | --- |"];
  for (const [id, f] of Object.entries(DNS_FINDINGS))
    rows.push(`| \`${id}\` | ${cell(f.severity)} | ${cell(f.meaning)} | ${cell(f.fix)} |`);
  return rows.join("\n");
}

// src/checks/dns-check/dkim.ts
init_define_LAUNCHGATE_GATES();
import { createPublicKey } from "node:crypto";
function parseTags(record, opts = {}) {
  const tags = /* @__PURE__ */ new Map();
  const order = [];
  for (const raw of record.split(";")) {
    const part = raw.trim();
    if (!part) continue;
    const eq = part.indexOf("=");
    if (eq <= 0) return { tags, order, error: `malformed tag '${part}' (expected name=value)` };
    const written = part.slice(0, eq).trim();
    const name = opts.lowerNames ? written.toLowerCase() : written;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return { tags, order, error: `malformed tag name '${name}'` };
    if (tags.has(name)) return { tags, order, error: `tag '${name}' appears twice` };
    tags.set(name, part.slice(eq + 1).trim());
    order.push(name);
  }
  return { tags, order };
}
function checkDkim(record) {
  const problems = [];
  const { tags, order, error } = parseTags(record);
  if (error)
    return {
      problems: [
        {
          severity: "error",
          rule: "dkim-syntax",
          message: error,
          fix: "Publish the record your mail provider gives, unchanged."
        }
      ]
    };
  if (tags.has("v") && order[0] !== "v")
    problems.push({
      severity: "error",
      rule: "dkim-syntax",
      message: "v= must be the first tag",
      fix: "Start the record with v=DKIM1;"
    });
  if (tags.has("v") && tags.get("v") !== "DKIM1")
    problems.push({
      severity: "error",
      rule: "dkim-syntax",
      message: `v=${tags.get("v")} is not DKIM1`,
      fix: "Use v=DKIM1."
    });
  const k = (tags.get("k") ?? "rsa").toLowerCase();
  if (k !== "rsa" && k !== "ed25519")
    problems.push({
      severity: "error",
      rule: "dkim-key-type",
      message: `k=${k} is not rsa or ed25519`,
      fix: "Use k=rsa (or k=ed25519 alongside an RSA key)."
    });
  if (tags.get("t")?.split(":").includes("y"))
    problems.push({
      severity: "warning",
      rule: "dkim-testing",
      message: "t=y: receivers treat this key as a test and may ignore failures",
      fix: "Remove t=y once signing works."
    });
  if (!tags.has("p")) {
    problems.push({
      severity: "error",
      rule: "dkim-no-key",
      message: "no p= tag",
      fix: "Publish the public key in p=."
    });
    return { problems };
  }
  const p = (tags.get("p") ?? "").replace(/\s+/g, "");
  if (p === "") {
    problems.push({
      severity: "error",
      rule: "dkim-revoked",
      message: "p= is empty: the key is revoked, every signature with it fails",
      fix: "Publish the current key, or sign with another selector."
    });
    return { problems };
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(p)) {
    problems.push({
      severity: "error",
      rule: "dkim-bad-key",
      message: "p= is not base64",
      fix: "Copy the key again from the provider."
    });
    return { problems };
  }
  const der = Buffer.from(p, "base64");
  if (k === "ed25519") {
    if (der.length !== 32)
      problems.push({
        severity: "error",
        rule: "dkim-bad-key",
        message: `an Ed25519 key is 32 bytes, this one is ${der.length}`,
        fix: "Copy the key again from the provider."
      });
    return { problems, keyType: "ed25519", keyBits: 256 };
  }
  let bits;
  try {
    const key = createPublicKey({ key: der, format: "der", type: "spki" });
    bits = key.asymmetricKeyDetails?.modulusLength;
  } catch {
    try {
      bits = createPublicKey({ key: der, format: "der", type: "pkcs1" }).asymmetricKeyDetails?.modulusLength;
    } catch (err) {
      problems.push({
        severity: "error",
        rule: "dkim-bad-key",
        message: `the key does not parse (${err.message})`,
        fix: "Copy the key again from the provider; a TXT split in the middle of p= must be joined."
      });
      return { problems, keyType: "rsa" };
    }
  }
  if (bits !== void 0 && bits < 1024)
    problems.push({
      severity: "error",
      rule: "dkim-weak-key",
      message: `RSA key of ${bits} bits: under 1024 bits receivers treat the signature as absent (RFC 8301)`,
      fix: "Rotate to a 2048-bit key."
    });
  else if (bits !== void 0 && bits < 2048)
    problems.push({
      severity: "warning",
      rule: "dkim-weak-key",
      message: `RSA key of ${bits} bits; 2048 is recommended`,
      fix: "Rotate to a 2048-bit key."
    });
  return { problems, keyType: "rsa", keyBits: bits };
}
var COMMON_DKIM_SELECTORS = [
  "google",
  "selector1",
  "selector2",
  "k1",
  "k2",
  "s1",
  "s2",
  "default",
  "dkim",
  "mail",
  "smtp",
  "fm1",
  "fm2",
  "fm3",
  "zoho",
  "protonmail",
  "protonmail2",
  "resend",
  "pm",
  "mailo",
  "mg",
  "mta"
];
async function dkimSection(run, given, required) {
  const { dns, domain } = run;
  const out = new FindingList(run);
  const selectors = given.length ? given : COMMON_DKIM_SELECTORS;
  const rows = [];
  const answers = await Promise.all(
    selectors.map(async (s) => ({ s, a: await dns.query(`${s}._domainkey.${domain}`, "TXT") }))
  );
  let found = 0;
  for (const { s, a } of answers) {
    if (a.status === "error") {
      if (given.length) out.couldNotCheck(a, `DKIM ${s}`);
      continue;
    }
    const rec = a.values.find((v) => /(^|;)\s*(v=DKIM1|p=|k=)/i.test(v)) ?? a.values[0];
    if (!rec) {
      if (given.length)
        out.add({
          severity: required ? "error" : "warning",
          rule: "dkim-missing",
          message: `no DKIM key at ${s}._domainkey.${domain}`,
          fix: "Publish the selector's key from your mail provider."
        });
      continue;
    }
    found++;
    const res = checkDkim(rec);
    rows.push([
      s,
      `${res.keyType ?? "?"}${res.keyBits ? ` ${res.keyBits} bits` : ""}`,
      res.problems.some((p) => p.severity === "error") ? "\u274C" : res.problems.length ? "\u26A0\uFE0F" : "\u2705"
    ]);
    for (const p of res.problems) out.add(p, out.at(a, a.values.indexOf(rec)), `DKIM ${s}`);
  }
  if (!given.length && found === 0)
    out.add({
      severity: required ? "error" : "notice",
      rule: "dkim-missing",
      message: `no DKIM key under the common selectors (${selectors.join(", ")})`,
      fix: "Set dkim-selectors to the selector your provider uses, or publish its key."
    });
  return {
    findings: out.findings,
    found,
    section: rows.length ? { title: "DKIM", markdown: table(["Selector", "Key", "Verdict"], rows) } : void 0
  };
}

// src/checks/dns-check/dns-source.ts
init_define_LAUNCHGATE_GATES();
import { Resolver } from "node:dns/promises";
import { isIP } from "node:net";
var CODES = { ENOTFOUND: "nxdomain", ENODATA: "nodata" };
var LiveDns = class _LiveDns {
  constructor(servers, timeoutMs) {
    this.servers = servers;
    this.resolver = new Resolver({ timeout: timeoutMs, tries: 2 });
    if (servers.length) this.resolver.setServers(servers);
  }
  servers;
  kind = "live";
  resolver;
  cache = /* @__PURE__ */ new Map();
  /** Lookups run in parallel, but at most this many at once, so a resolver is not flooded. */
  static MAX_IN_FLIGHT = 8;
  inFlight = 0;
  waiting = [];
  describe() {
    return this.servers.length ? `nameservers ${this.servers.join(", ")}` : "the system resolver";
  }
  query(name, type) {
    const key = `${type} ${name.toLowerCase()}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.run(name, type);
      this.cache.set(key, hit);
    }
    return hit;
  }
  async run(name, type) {
    if (this.inFlight >= _LiveDns.MAX_IN_FLIGHT) await new Promise((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    try {
      return await this.ask(name, type);
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }
  async ask(name, type) {
    try {
      switch (type) {
        case "A":
          return { status: "ok", values: await this.resolver.resolve4(name) };
        case "AAAA":
          return { status: "ok", values: await this.resolver.resolve6(name) };
        case "CNAME":
          return { status: "ok", values: (await this.resolver.resolveCname(name)).map(fqdn) };
        case "NS":
          return { status: "ok", values: (await this.resolver.resolveNs(name)).map(fqdn) };
        case "PTR":
          return { status: "ok", values: (await this.resolver.resolvePtr(name)).map(fqdn) };
        case "MX":
          return {
            status: "ok",
            values: (await this.resolver.resolveMx(name)).map((m) => `${m.priority} ${fqdn(m.exchange)}`)
          };
        case "CAA":
          return { status: "ok", values: (await this.resolver.resolveCaa(name)).map((c) => JSON.stringify(c)) };
        case "TXT": {
          const records = await this.resolver.resolveTxt(name);
          return { status: "ok", values: records.map((r) => r.join("")), txtStrings: records };
        }
      }
    } catch (err) {
      const status = CODES[err?.code];
      if (status) return { status, values: [] };
      return {
        status: "error",
        values: [],
        error: `${err?.code ?? "error"} asking ${this.describe()} for ${type} ${name}`
      };
    }
  }
};
function fqdn(name) {
  return name.endsWith(".") ? name.toLowerCase() : `${name.toLowerCase()}.`;
}
function bare(name) {
  return name.replace(/\.$/, "").toLowerCase();
}
function parseNameserver(value) {
  const v6 = /^\[([0-9a-fA-F:]+)\](?::(\d{1,5}))?$/.exec(value);
  if (v6 && isIP(v6[1]) === 6) return v6[2] ? `[${v6[1]}]:${v6[2]}` : v6[1];
  const m = /^([\d.]+)(?::(\d{1,5}))?$/.exec(value);
  if (m && isIP(m[1]) === 4 && (!m[2] || Number(m[2]) < 65536)) return value;
  if (isIP(value) === 6) return value;
  return void 0;
}

// src/checks/dns-check/records.ts
init_define_LAUNCHGATE_GATES();
async function resolveFollowing(dns, host, type) {
  const chain = [];
  let name = host;
  for (let hop = 0; hop < 8; hop++) {
    const answer = await dns.query(name, type);
    if (type === "CNAME" || answer.values.length || answer.status === "error")
      return { values: answer.values, answer, chain };
    const cname = await dns.query(name, "CNAME");
    if (cname.status === "error") return { values: [], answer: cname, chain };
    if (!cname.values.length) return { values: [], answer, chain };
    name = cname.values[0];
    chain.push(name);
  }
  return {
    values: [],
    answer: { status: "error", values: [], error: `CNAME chain from ${host} is longer than 8` },
    chain
  };
}
var EXPECT_LINE = /^(\S+)\s+(A|AAAA|CNAME|MX|TXT|NS)\s+(.+)$/i;
function parseExpect(lines, domain) {
  return lines.map((line) => {
    const m = EXPECT_LINE.exec(line);
    if (!m)
      throw new UserError(
        `Input 'expect' got ${JSON.stringify(line)}; accepted: lines of \`host TYPE value\` (TYPE one of A, AAAA, CNAME, MX, TXT, NS).`
      );
    const host = m[1] === "@" ? domain : m[1].endsWith(".") ? bare(m[1]) : `${m[1]}.${domain}`;
    return { host, type: m[2].toUpperCase(), want: m[3].trim() };
  });
}
async function expectedRecordsSection(run, expected) {
  const out = new FindingList(run);
  const rows = [];
  for (const { host, type, want } of expected) {
    const { values, answer, chain } = await resolveFollowing(run.dns, host, type);
    const norm = (v) => type === "CNAME" || type === "NS" ? fqdn(v) : type === "MX" ? v.toLowerCase().replace(/\.?$/, ".") : v.toLowerCase();
    const ok = values.some((v) => norm(v) === norm(want) || type === "MX" && norm(v).endsWith(` ${fqdn(want)}`));
    if (answer.status === "error") {
      const { found, verdict } = notChecked(answer);
      rows.push([host, type, want, found, verdict]);
      out.couldNotCheck(answer, `${type} ${host}`);
      continue;
    }
    rows.push([host, type, want, values.join(", ") || answer.status, ok ? "\u2705" : "\u274C"]);
    if (!ok)
      out.findings.push({
        ruleId: "record-mismatch",
        severity: "error",
        title: `${host} ${type}`,
        message: `${host} ${type} should be ${want}, but ${values.length ? `is ${values.join(", ")}` : `has none (${answer.status})`}${chain.length ? ` (via ${chain.join(" \u2192 ")})` : ""}. Fix: point ${host} at ${want} at your DNS provider.`,
        ...out.at(answer)
      });
  }
  return {
    findings: out.findings,
    section: rows.length ? { title: "Expected records", markdown: table(["Host", "Type", "Expected", "Found", "Verdict"], rows) } : void 0
  };
}
async function subdomainsSection(run, subdomains) {
  const out = new FindingList(run);
  const rows = [];
  for (const sub of subdomains) {
    const host = `${sub}.${run.domain}`;
    const { values, answer, chain } = await resolveFollowing(run.dns, host, "A");
    const aaaa = values.length ? { values: [] } : await resolveFollowing(run.dns, host, "AAAA");
    const resolved = values.length > 0 || aaaa.values.length > 0;
    const via = chain.length ? chain.join(" \u2192 ") : "\u2014";
    if (answer.status === "error" && !resolved) {
      const { found, verdict } = notChecked(answer);
      rows.push([host, via, found, verdict]);
      out.couldNotCheck(answer, host);
      continue;
    }
    rows.push([host, via, resolved ? [...values, ...aaaa.values].join(", ") : answer.status, resolved ? "\u2705" : "\u274C"]);
    if (!resolved && chain.length)
      out.add({
        severity: "error",
        rule: "dangling-cname",
        message: `${host} is a CNAME to ${chain[chain.length - 1]}, which does not resolve: anyone who claims that name can serve pages on ${host}`,
        fix: `Remove the CNAME for ${host}, or point it at a live target.`
      });
    else if (!resolved)
      out.add({
        severity: "error",
        rule: "subdomain-missing",
        message: `${host} does not resolve (${answer.status})`,
        fix: `Add an A/AAAA or CNAME record for ${host}.`
      });
  }
  return {
    findings: out.findings,
    section: rows.length ? { title: "Subdomains", markdown: table(["Host", "CNAME chain", "Addresses", "Verdict"], rows) } : void 0
  };
}

// src/checks/dns-check/spf.ts
init_define_LAUNCHGATE_GATES();
import { isIP as isIP2 } from "node:net";
var MECHANISMS = /* @__PURE__ */ new Set(["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"]);
var LOOKUP_TERMS = /* @__PURE__ */ new Set(["include", "a", "mx", "ptr", "exists", "redirect"]);
var MACRO = /%(?:\{([slodiphcrtvSLODIPHCRTV])(\d*)(r?)([.\-+,/_=]*)\}|[%_-])/g;
function isSpfRecord(txt) {
  return /^v=spf1(?: |$)/i.test(txt);
}
function validMacroString(s, allowExpOnly = false) {
  const stripped = s.replace(
    MACRO,
    (m, letter) => letter && !allowExpOnly && /[crtCRT]/.test(letter) ? "\0" : ""
  );
  return !stripped.includes("%") && !stripped.includes("\0");
}
function validDomainSpec(spec) {
  if (!validMacroString(spec)) return false;
  if (/%\{[^}]*\}$|%[%_-]$/.test(spec) && spec.replace(MACRO, "").length === 0) return true;
  if (/%\{[^}]*\}\.?$/.test(spec)) return true;
  const labels = spec.replace(/\.$/, "").split(".");
  const top = labels[labels.length - 1];
  return labels.length >= 2 && /^(?=.*[a-zA-Z])[a-zA-Z0-9-]+$/.test(top) && !top.startsWith("-") && !top.endsWith("-");
}
function parseSpf(record) {
  const terms = [];
  if (!isSpfRecord(record)) return { terms, error: { position: 1, message: "the record does not start with v=spf1" } };
  if (/[^\x20-\x7e]/.test(record))
    return {
      terms,
      error: { position: record.search(/[^\x20-\x7e]/) + 1, message: "SPF records are 7-bit ASCII only" }
    };
  let pos = 6;
  for (const text of record.slice(6).split(" ")) {
    pos += 1;
    const position = pos;
    pos += text.length;
    if (!text) continue;
    const modifier = /^([a-zA-Z][a-zA-Z0-9_.-]*)=(.*)$/.exec(text);
    if (modifier) {
      const name2 = modifier[1].toLowerCase();
      if (name2 === "redirect" && !validDomainSpec(modifier[2]) || name2 === "exp" && !validDomainSpec(modifier[2]) || !validMacroString(modifier[2], true)) {
        return { terms, error: { position, message: `invalid ${name2}= value '${modifier[2]}'` } };
      }
      if ((name2 === "redirect" || name2 === "exp") && terms.some((t) => t.name === name2))
        return { terms, error: { position, message: `${name2}= appears twice` } };
      terms.push({ text, position, kind: "modifier", name: name2, qualifier: "+", value: modifier[2] });
      continue;
    }
    const m0 = /^([+\-~?]?)([a-zA-Z][a-zA-Z0-9]*)(.*)$/.exec(text);
    const rest = m0?.[3] ?? "";
    const suffix = /((?:\/\d+)?(?:\/\/\d+)?)$/.exec(rest)[1];
    const body = rest.slice(0, rest.length - suffix.length);
    const m = m0 && (body === "" || body.startsWith(":")) ? [text, m0[1], m0[2], body === "" ? void 0 : body.slice(1), suffix] : void 0;
    if (!m || !MECHANISMS.has(m[2].toLowerCase()))
      return { terms, error: { position, message: `unknown term '${text}'` } };
    if (/\/0\d/.test(suffix)) return { terms, error: { position, message: `CIDR with a leading zero in '${text}'` } };
    const name = m[2].toLowerCase();
    const qualifier = m[1] || "+";
    const value = m[3];
    const cidr = /^(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(m[4]);
    const term = { text, position, kind: "mechanism", name, qualifier, value };
    if (cidr[1] !== void 0) term.cidr4 = Number(cidr[1]);
    if (cidr[2] !== void 0) term.cidr6 = Number(cidr[2]);
    const bad = (message) => ({ terms, error: { position, message } });
    if (name === "all" && (value !== void 0 || m[4])) return bad(`'all' takes no argument`);
    if ((name === "include" || name === "exists") && (!value || m[4]))
      return bad(`'${name}' needs a domain and takes no CIDR`);
    if (name === "ptr" && m[4]) return bad(`'ptr' takes no CIDR`);
    if (value !== void 0 && (name === "a" || name === "mx" || name === "ptr" || name === "include" || name === "exists") && !validDomainSpec(value))
      return bad(`invalid domain '${value}' in '${text}'`);
    if (name === "ip4") {
      if (!value || isIP2(value) !== 4 || term.cidr6 !== void 0 || (term.cidr4 ?? 32) > 32)
        return bad(`invalid ip4 network '${text}'`);
    }
    if (name === "ip6") {
      const v6 = /^([^/]*)(?:\/(\d+))?$/.exec(`${value ?? ""}${m[4]}`);
      if (!value || isIP2(value) !== 6 || term.cidr6 !== void 0) {
        if (!(v6 && isIP2(v6[1]) === 6)) return bad(`invalid ip6 network '${text}'`);
      }
      term.cidr6 = term.cidr4;
      term.cidr4 = void 0;
      if ((term.cidr6 ?? 128) > 128) return bad(`invalid ip6 prefix in '${text}'`);
    }
    if ((name === "a" || name === "mx") && ((term.cidr4 ?? 32) > 32 || (term.cidr6 ?? 128) > 128))
      return bad(`invalid CIDR in '${text}'`);
    terms.push(term);
  }
  return { terms };
}
function v4ToBigInt(ip) {
  return ip.split(".").reduce((acc, o) => (acc << 8n) + BigInt(Number(o)), 0n);
}
function v6ToBigInt(ip) {
  let addr = ip;
  const v4tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (v4tail) {
    const n = v4ToBigInt(v4tail[1]);
    addr = addr.slice(0, -v4tail[1].length) + `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, tail] = addr.split("::");
  const h = head ? head.split(":") : [];
  const t = tail !== void 0 ? tail ? tail.split(":") : [] : [];
  const groups = tail !== void 0 ? [...h, ...Array(8 - h.length - t.length).fill("0"), ...t] : h;
  return groups.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g || "0", 16)), 0n);
}
function normalizeIp(ip) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return { version: 4, value: v4ToBigInt(mapped[1]), text: mapped[1] };
  if (isIP2(ip) === 4) return { version: 4, value: v4ToBigInt(ip), text: ip };
  return { version: 6, value: v6ToBigInt(ip), text: ip };
}
function inNetwork(ip, network, prefix) {
  const net = normalizeIp(network);
  if (net.version !== ip.version) return false;
  const bits = ip.version === 4 ? 32 : 128;
  if (prefix === 0) return true;
  const shift = BigInt(bits - prefix);
  return ip.value >> shift === net.value >> shift;
}
function parseCidr(value) {
  const [network, p] = value.split("/");
  const version = isIP2(network);
  if (!version) return void 0;
  const prefix = p === void 0 ? version === 4 ? 32 : 128 : Number(p);
  if (!/^\d*$/.test(p ?? "") || prefix > (version === 4 ? 32 : 128)) return void 0;
  return { network, prefix };
}
var SpfError = class extends Error {
  constructor(result, message) {
    super(message);
    this.result = result;
  }
  result;
};
function reverseName(ip) {
  if (ip.version === 4) return `${ip.text.split(".").reverse().join(".")}.in-addr.arpa`;
  return `${ip.value.toString(16).padStart(32, "0").split("").reverse().join(".")}.ip6.arpa`;
}
function expand(spec, domain, st) {
  const [local, senderDomain] = splitSender(st.sender, st.helo);
  const ipText = st.ip.version === 4 ? st.ip.text : st.ip.value.toString(16).padStart(32, "0").split("").join(".");
  const out = spec.replace(
    MACRO,
    (whole, letter, digits, reverse, delims) => {
      if (!letter) return whole === "%%" ? "%" : whole === "%_" ? " " : "%20";
      const values = {
        s: `${local}@${senderDomain}`,
        l: local,
        o: senderDomain,
        d: domain,
        i: ipText,
        p: "unknown",
        v: st.ip.version === 4 ? "in-addr" : "ip6",
        h: st.helo,
        c: st.ip.text,
        r: "unknown",
        t: String(Math.floor(Date.now() / 1e3))
      };
      let parts = values[letter.toLowerCase()].split(new RegExp(`[${(delims || ".").replace(/[-\\\]^/]/g, "\\$&")}]`));
      if (reverse) parts = parts.reverse();
      if (digits) {
        const n = Number(digits);
        if (n === 0) throw new SpfError("permerror", "macro transformer of 0");
        parts = parts.slice(-n);
      }
      const value = parts.join(".");
      return letter === letter.toUpperCase() ? encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : value;
    }
  );
  let target = out;
  while (target.length > 253 && target.includes(".")) target = target.slice(target.indexOf(".") + 1);
  return target;
}
function splitSender(sender, helo) {
  if (!sender) return ["postmaster", helo];
  const at = sender.lastIndexOf("@");
  if (at < 0) return ["postmaster", sender];
  return [sender.slice(0, at) || "postmaster", sender.slice(at + 1)];
}
function validDomain(domain) {
  const d = domain.replace(/\.$/, "");
  if (!d.includes(".") || d.length > 253) return false;
  return d.split(".").every((l) => l.length > 0 && l.length <= 63);
}
async function ask(st, name, type, countVoid = true) {
  const a = await st.lookup(name, type);
  if (a.status === "error") throw new SpfError("temperror", a.error ?? `DNS error for ${type} ${name}`);
  if (countVoid && (a.status === "nxdomain" || a.status === "nodata" || a.values.length === 0)) {
    st.voids++;
    if (st.voids > 2) throw new SpfError("permerror", "more than 2 void lookups");
  }
  return a;
}
function countLookup(st) {
  st.lookups++;
  if (st.lookups > 10) throw new SpfError("permerror", "more than 10 DNS-querying terms");
}
async function addresses(st, name, countVoid = true) {
  return (await ask(st, name, st.ip.version === 4 ? "A" : "AAAA", countVoid)).values;
}
async function evaluate(domain, st, depth) {
  if (depth > 20) throw new SpfError("permerror", "include/redirect loop");
  if (!validDomain(domain)) return "none";
  const txt = await st.lookup(domain, "TXT");
  if (txt.status === "error") throw new SpfError("temperror", txt.error ?? "DNS error");
  const records = txt.values.filter(isSpfRecord);
  if (records.length === 0) return "none";
  if (records.length > 1) throw new SpfError("permerror", `${domain} has ${records.length} SPF records`);
  const parsed = parseSpf(records[0]);
  if (parsed.error) throw new SpfError("permerror", parsed.error.message);
  const target = (t) => t.value ? expand(t.value, domain, st) : domain;
  for (const term of parsed.terms.filter((t) => t.kind === "mechanism")) {
    let match = false;
    switch (term.name) {
      case "all":
        match = true;
        break;
      case "ip4":
      case "ip6":
        match = inNetwork(st.ip, term.value, term.name === "ip4" ? term.cidr4 ?? 32 : term.cidr6 ?? 128);
        break;
      case "a": {
        countLookup(st);
        const prefix = st.ip.version === 4 ? term.cidr4 ?? 32 : term.cidr6 ?? 128;
        match = (await addresses(st, target(term))).some((a) => inNetwork(st.ip, a, prefix));
        break;
      }
      case "mx": {
        countLookup(st);
        const mx = await ask(st, target(term), "MX");
        if (mx.values.length > 10) throw new SpfError("permerror", "more than 10 MX records");
        const prefix = st.ip.version === 4 ? term.cidr4 ?? 32 : term.cidr6 ?? 128;
        for (const v of mx.values) {
          const exchange = v.split(" ")[1];
          if (!exchange || exchange === ".") continue;
          if ((await addresses(st, exchange)).some((a) => inNetwork(st.ip, a, prefix))) {
            match = true;
            break;
          }
        }
        break;
      }
      case "ptr": {
        countLookup(st);
        const want = bare(target(term));
        let names = [];
        try {
          names = (await ask(st, reverseName(st.ip), "PTR")).values.slice(0, 10);
        } catch (err) {
          if (!(err instanceof SpfError && err.result === "temperror")) throw err;
        }
        for (const n of names) {
          let addrs = [];
          try {
            addrs = await addresses(st, n, false);
          } catch (err) {
            if (err instanceof SpfError && err.result === "temperror") continue;
            throw err;
          }
          const validated = addrs.some((a) => normalizeIp(a).value === st.ip.value);
          const name = bare(n);
          if (validated && (name === want || name.endsWith(`.${want}`))) {
            match = true;
            break;
          }
        }
        break;
      }
      case "exists": {
        countLookup(st);
        match = (await ask(st, target(term), "A")).values.length > 0;
        break;
      }
      case "include": {
        countLookup(st);
        const r = await evaluate(target(term), st, depth + 1);
        if (r === "temperror") throw new SpfError("temperror", "include: temperror");
        if (r === "permerror" || r === "none")
          throw new SpfError(
            "permerror",
            `include:${term.value} has ${r === "none" ? "no SPF record" : "a permanent error"}`
          );
        match = r === "pass";
        break;
      }
    }
    if (match) return { "+": "pass", "-": "fail", "~": "softfail", "?": "neutral" }[term.qualifier];
  }
  const redirect = parsed.terms.find((t) => t.name === "redirect");
  if (redirect && !parsed.terms.some((t) => t.name === "all")) {
    countLookup(st);
    const r = await evaluate(expand(redirect.value, domain, st), st, depth + 1);
    if (r === "none") throw new SpfError("permerror", `redirect=${redirect.value} has no SPF record`);
    return r;
  }
  return "neutral";
}
async function checkHost(ip, domain, sender, helo, lookup) {
  const st = { ip: normalizeIp(ip), sender, helo, lookups: 0, voids: 0, lookup };
  try {
    return { result: await evaluate(bare(domain), st, 0) };
  } catch (err) {
    if (err instanceof SpfError) return { result: err.result, reason: err.message };
    throw err;
  }
}

// src/checks/dns-check/zone-file.ts
init_define_LAUNCHGATE_GATES();
var ZoneFileError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};
var RECORD_TYPES = new Set(
  "A NS MD MF CNAME SOA MB MG MR NULL WKS PTR HINFO MINFO MX TXT RP AFSDB X25 ISDN RT NSAP NSAP-PTR SIG KEY PX GPOS AAAA LOC NXT EID NIMLOC SRV ATMA NAPTR KX CERT A6 DNAME SINK APL DS SSHFP IPSECKEY RRSIG NSEC DNSKEY DHCID NSEC3 NSEC3PARAM TLSA SMIMEA HIP NINFO RKEY TALINK CDS CDNSKEY OPENPGPKEY CSYNC ZONEMD SVCB HTTPS DSYNC HHIT BRID SPF UINFO UID GID UNSPEC NID L32 L64 LP EUI48 EUI64 NXNAME URI CAA AVC DOA AMTRELAY RESINFO WALLET CLA IPN TA DLV".split(" ")
);
var isType = (token) => RECORD_TYPES.has(token.toUpperCase()) || /^TYPE\d{1,5}$/i.test(token);
var isClass = (token) => /^(IN|CH|HS|CS|CLASS\d{1,5})$/i.test(token);
var FIELD_END = new Set([...' 	\r\n\v\f;()"'].map((c) => c.charCodeAt(0)));
function tokenize(line, lineNo, tokens, quoted) {
  let open = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ";") break;
    if (c === " " || c === "	") {
      i++;
    } else if (c === "(") {
      open++;
      i++;
    } else if (c === ")") {
      open--;
      i++;
    } else if (c === '"') {
      const parts = [];
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === "\\" && i + 1 < line.length) {
          const d = line.charCodeAt(i + 1) - 48;
          if (d >= 0 && d <= 9 && /^\d{3}$/.test(line.substr(i + 1, 3))) {
            parts.push(String.fromCharCode(Number(line.substr(i + 1, 3))));
            i += 4;
            continue;
          }
          parts.push(line[i + 1]);
          i += 2;
          continue;
        }
        let j = i;
        while (j < line.length && line[j] !== '"' && line[j] !== "\\") j++;
        parts.push(line.slice(i, j));
        i = j;
      }
      if (line[i] !== '"') throw new ZoneFileError(lineNo, "unterminated quoted string");
      i++;
      tokens.push(parts.join(""));
      quoted.push(true);
    } else {
      const start = i;
      while (i < line.length && !FIELD_END.has(line.charCodeAt(i))) i++;
      tokens.push(line.slice(start, i));
      quoted.push(false);
    }
  }
  return open;
}
function parseZoneFile(text, defaultOrigin) {
  let origin = fqdn(defaultOrigin);
  let last = origin;
  const records = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    const leadingBlank = /^[ \t]/.test(lines[i]);
    const tokens = [];
    const quoted = [];
    let open = tokenize(lines[i], startLine, tokens, quoted);
    while (open > 0) {
      i++;
      if (i >= lines.length) throw new ZoneFileError(startLine, "unclosed parenthesis");
      open += tokenize(lines[i], i + 1, tokens, quoted);
    }
    if (tokens.length === 0) continue;
    if (tokens[0].startsWith("$")) {
      const directive = tokens[0].toUpperCase();
      if (directive === "$ORIGIN") origin = fqdn(tokens[1] ?? "");
      else if (directive !== "$TTL") throw new ZoneFileError(startLine, `unsupported directive ${tokens[0]}`);
      continue;
    }
    let k = 0;
    let name = last;
    if (!leadingBlank) {
      const raw = tokens[k++];
      name = raw === "@" ? origin : raw.endsWith(".") ? raw.toLowerCase() : `${raw.toLowerCase()}.${origin}`;
    }
    while (k < tokens.length && (/^\d+[smhdw]?$/i.test(tokens[k]) || /^(\d+[smhdw])+$/i.test(tokens[k]) || isClass(tokens[k])) && !isType(tokens[k]))
      k++;
    const type = (tokens[k++] ?? "").toUpperCase();
    if (!isType(type))
      throw new ZoneFileError(
        startLine,
        `unknown or missing record type '${tokens[k - 1] ?? ""}' (accepted: a type IANA lists, such as A, MX or TXT, or TYPE<n> as RFC 3597 writes any other)`
      );
    const data = tokens.slice(k);
    if (data.length === 0) throw new ZoneFileError(startLine, `${type} record for ${name} has no data`);
    if (type === "TXT" || type === "SPF") {
      if (quoted.slice(k).some((q) => !q) && data.some((d) => /\s/.test(d)))
        throw new ZoneFileError(startLine, "TXT data must be quoted");
    }
    const absolute = (n) => n === "@" ? origin : n.endsWith(".") ? n.toLowerCase() : `${n.toLowerCase()}.${origin}`;
    let rdata = data;
    if (type === "CNAME" || type === "NS" || type === "PTR") rdata = [absolute(data[0])];
    if (type === "MX") {
      if (data.length < 2 || !/^\d+$/.test(data[0]))
        throw new ZoneFileError(startLine, `MX record for ${name} needs "priority exchange"`);
      rdata = [data[0], data[1] === "." ? "." : absolute(data[1])];
    }
    records.push({ name, type, data: rdata, line: startLine });
    last = name;
  }
  return records;
}
var ZoneDns = class {
  constructor(records, origin, file) {
    this.origin = origin;
    this.file = file;
    for (const r of records) {
      const list = this.byName.get(r.name);
      if (list) list.push(r);
      else this.byName.set(r.name, [r]);
    }
  }
  origin;
  file;
  kind = "zone";
  /** Records by owner name, so a query costs the same in a zone of ten records or a million. */
  byName = /* @__PURE__ */ new Map();
  describe() {
    return `zone file ${this.file}`;
  }
  inZone(name) {
    const n = fqdn(name);
    return n === fqdn(this.origin) || n.endsWith(`.${fqdn(this.origin)}`);
  }
  async query(name, type) {
    const n = fqdn(name);
    if (!this.inZone(n))
      return { status: "error", values: [], error: `${n} is outside ${this.file}; not checked`, outsideZone: true };
    const atName = this.byName.get(n) ?? [];
    const matching = atName.filter((r) => r.type === type);
    if (matching.length === 0) return { status: atName.length ? "nodata" : "nxdomain", values: [] };
    const values = matching.map(
      (r) => type === "MX" ? `${r.data[0]} ${r.data[1]}` : type === "TXT" ? r.data.join("") : r.data.join(" ")
    );
    return {
      status: "ok",
      values,
      txtStrings: type === "TXT" ? matching.map((r) => r.data) : void 0,
      lines: matching.map((r) => r.line)
    };
  }
};

// src/checks/dns-check/octodns.ts
init_define_LAUNCHGATE_GATES();
var import_yaml = __toESM(require_dist(), 1);
var TYPES = /* @__PURE__ */ new Set([...RECORD_TYPES, "ALIAS", "URLFWD"]);
function parseOctodns(text, domain, file) {
  const source = parseYaml(file, text);
  const root = source.doc.contents;
  if (!(0, import_yaml.isMap)(root))
    throw new ZoneFileError(source.lineOf([]) ?? 1, "an OctoDNS zone file is a mapping of record names");
  const origin = fqdn(domain);
  const records = [];
  const data = source.value;
  for (const [name, entry] of Object.entries(data)) {
    const owner = name === "" ? origin : `${name.toLowerCase()}.${origin}`;
    const list = Array.isArray(entry) ? entry : [entry];
    list.forEach((rec, i) => {
      const path = Array.isArray(entry) ? [name, i] : [name];
      const line = source.lineOf(path) ?? 1;
      if (!rec || typeof rec !== "object")
        throw new ZoneFileError(line, `record '${name}' must be a mapping with type and value`);
      const type = String(rec.type ?? "").toUpperCase();
      if (!TYPES.has(type))
        throw new ZoneFileError(
          line,
          `record '${name}' has unknown type '${rec.type ?? ""}' (accepted: OctoDNS's types, such as A, MX, TXT, SPF or ALIAS)`
        );
      const values = rec.values ?? (rec.value !== void 0 ? [rec.value] : []);
      if (values.length === 0) throw new ZoneFileError(line, `record '${name}' (${type}) has no value or values`);
      const abs = (n) => n.endsWith(".") ? n.toLowerCase() : `${n.toLowerCase()}.${origin}`;
      for (const v of values) {
        let rdata;
        if (type === "MX") {
          const exchange = v?.exchange ?? v?.value;
          const preference = v?.preference ?? v?.priority;
          if (exchange === void 0 || preference === void 0)
            throw new ZoneFileError(line, `MX record '${name}' needs exchange and preference`);
          rdata = [String(preference), exchange === "." ? "." : abs(String(exchange))];
        } else if (type === "TXT" || type === "SPF") rdata = [String(v).replace(/\\;/g, ";")];
        else if (type === "CNAME" || type === "NS" || type === "PTR" || type === "ALIAS") rdata = [abs(String(v))];
        else rdata = [typeof v === "object" ? JSON.stringify(v) : String(v)];
        records.push({ name: owner, type: type === "ALIAS" ? "CNAME" : type, data: rdata, line });
      }
    });
  }
  return records;
}

// src/checks/dns-check/edge.ts
init_define_LAUNCHGATE_GATES();
var CLOUDFLARE_RANGES = {
  date: "2026-11-01",
  cidrs: [
    "173.245.48.0/20",
    "103.21.244.0/22",
    "103.22.200.0/22",
    "103.31.4.0/22",
    "141.101.64.0/18",
    "108.162.192.0/18",
    "190.93.240.0/20",
    "188.114.96.0/20",
    "197.234.240.0/22",
    "198.41.128.0/17",
    "162.158.0.0/15",
    "104.16.0.0/13",
    "104.24.0.0/14",
    "172.64.0.0/13",
    "131.0.72.0/22",
    "2400:cb00::/32",
    "2606:4700::/32",
    "2803:f800::/32",
    "2405:b500::/32",
    "2405:8100::/32",
    "2a06:98c0::/29",
    "2c0f:f248::/32"
  ]
};
function outsideRanges(addresses2, cidrs) {
  const nets = cidrs.map((c) => parseCidr(c)).filter((c) => Boolean(c));
  return addresses2.filter((a) => !nets.some((n) => inNetwork(normalizeIp(a), n.network, n.prefix)));
}
async function edgeProblems(dns, entry, headers, proxyRanges) {
  const problems = [];
  const name = entry.replace(/:\d+$/, "");
  const ranges = proxyRanges.length ? proxyRanges : CLOUDFLARE_RANGES.cidrs;
  const addrs = [
    ...(await resolveFollowing(dns, name, "A")).values,
    ...(await resolveFollowing(dns, name, "AAAA")).values
  ];
  const outside = outsideRanges(addrs, ranges);
  if (addrs.length === 0)
    problems.push({
      severity: "error",
      rule: "edge-bypass",
      message: `${name} has no address to check against the proxy ranges`,
      fix: "Proxy the record through Cloudflare (orange cloud)."
    });
  else if (outside.length)
    problems.push({
      severity: "error",
      rule: "edge-bypass",
      message: `${name} resolves to ${outside.join(", ")}, outside Cloudflare's ranges (list of ${proxyRanges.length ? "proxy-ranges" : CLOUDFLARE_RANGES.date}): visitors reach the origin directly, without the edge's TLS, cache and protection`,
      fix: `Turn the proxy on for ${name}, and firewall the origin to the proxy's ranges.`
    });
  if (headers && !headers["cf-ray"] && !/cloudflare/i.test(headers.server ?? ""))
    problems.push({
      severity: "error",
      rule: "edge-bypass",
      message: `https://${entry}/ answered without Cloudflare's headers (cf-ray, server: cloudflare)`,
      fix: "Proxy the host through Cloudflare."
    });
  return problems;
}
function findMixedContent(html) {
  const out = [];
  const tag = /<(script|link|img|iframe|frame|audio|video|source|embed|object|form|input)\b([^>]*)>/gi;
  for (const m of html.matchAll(tag)) {
    const name = m[1].toLowerCase();
    const attrs = m[2];
    if (name === "link" && !/\brel\s*=\s*["']?(?:stylesheet|icon|preload|modulepreload|manifest)/i.test(attrs))
      continue;
    for (const a of attrs.matchAll(
      /\b(src|href|action|data|poster|srcset|formaction)\s*=\s*["']?(http:\/\/[^"'\s>]+)/gi
    )) {
      out.push({ element: `<${name} ${a[1].toLowerCase()}="${a[2]}">`, url: a[2] });
    }
  }
  return out;
}

export {
  FindingList,
  dnsFindingsTable,
  parseTags,
  COMMON_DKIM_SELECTORS,
  dkimSection,
  LiveDns,
  bare,
  parseNameserver,
  resolveFollowing,
  parseExpect,
  expectedRecordsSection,
  subdomainsSection,
  LOOKUP_TERMS,
  isSpfRecord,
  parseSpf,
  normalizeIp,
  inNetwork,
  parseCidr,
  checkHost,
  CLOUDFLARE_RANGES,
  edgeProblems,
  findMixedContent,
  ZoneFileError,
  parseZoneFile,
  ZoneDns,
  parseOctodns
};
