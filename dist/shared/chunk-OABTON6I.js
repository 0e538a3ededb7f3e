import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  readCaFile
} from "./chunk-IZBHTE4P.js";
import {
  parseYaml,
  require_dist
} from "./chunk-ZEFXN3HR.js";
import {
  HttpClient,
  NetworkError
} from "./chunk-MVZ4J7NE.js";
import {
  UserError,
  choice,
  defineCheck,
  integer,
  list,
  table,
  text
} from "./chunk-J37DTVOO.js";
import {
  __toESM
} from "./chunk-ITIM5DDX.js";

// src/checks/dns-check/index.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/checks/dns-check/dns-source.ts
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

// src/checks/dns-check/https-check.ts
import { connect, rootCertificates, checkServerIdentity } from "node:tls";

// src/checks/dns-check/spf.ts
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
  for (const text2 of record.slice(6).split(" ")) {
    pos += 1;
    const position = pos;
    pos += text2.length;
    if (!text2) continue;
    const modifier = /^([a-zA-Z][a-zA-Z0-9_.-]*)=(.*)$/.exec(text2);
    if (modifier) {
      const name2 = modifier[1].toLowerCase();
      if (name2 === "redirect" && !validDomainSpec(modifier[2]) || name2 === "exp" && !validDomainSpec(modifier[2]) || !validMacroString(modifier[2], true)) {
        return { terms, error: { position, message: `invalid ${name2}= value '${modifier[2]}'` } };
      }
      if ((name2 === "redirect" || name2 === "exp") && terms.some((t) => t.name === name2))
        return { terms, error: { position, message: `${name2}= appears twice` } };
      terms.push({ text: text2, position, kind: "modifier", name: name2, qualifier: "+", value: modifier[2] });
      continue;
    }
    const m0 = /^([+\-~?]?)([a-zA-Z][a-zA-Z0-9]*)(.*)$/.exec(text2);
    const rest = m0?.[3] ?? "";
    const suffix = /((?:\/\d+)?(?:\/\/\d+)?)$/.exec(rest)[1];
    const body = rest.slice(0, rest.length - suffix.length);
    const m = m0 && (body === "" || body.startsWith(":")) ? [text2, m0[1], m0[2], body === "" ? void 0 : body.slice(1), suffix] : void 0;
    if (!m || !MECHANISMS.has(m[2].toLowerCase()))
      return { terms, error: { position, message: `unknown term '${text2}'` } };
    if (/\/0\d/.test(suffix)) return { terms, error: { position, message: `CIDR with a leading zero in '${text2}'` } };
    const name = m[2].toLowerCase();
    const qualifier = m[1] || "+";
    const value = m[3];
    const cidr = /^(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(m[4]);
    const term = { text: text2, position, kind: "mechanism", name, qualifier, value };
    if (cidr[1] !== void 0) term.cidr4 = Number(cidr[1]);
    if (cidr[2] !== void 0) term.cidr6 = Number(cidr[2]);
    const bad = (message) => ({ terms, error: { position, message } });
    if (name === "all" && (value !== void 0 || m[4])) return bad(`'all' takes no argument`);
    if ((name === "include" || name === "exists") && (!value || m[4]))
      return bad(`'${name}' needs a domain and takes no CIDR`);
    if (name === "ptr" && m[4]) return bad(`'ptr' takes no CIDR`);
    if (value !== void 0 && (name === "a" || name === "mx" || name === "ptr" || name === "include" || name === "exists") && !validDomainSpec(value))
      return bad(`invalid domain '${value}' in '${text2}'`);
    if (name === "ip4") {
      if (!value || isIP2(value) !== 4 || term.cidr6 !== void 0 || (term.cidr4 ?? 32) > 32)
        return bad(`invalid ip4 network '${text2}'`);
    }
    if (name === "ip6") {
      const v6 = /^([^/]*)(?:\/(\d+))?$/.exec(`${value ?? ""}${m[4]}`);
      if (!value || isIP2(value) !== 6 || term.cidr6 !== void 0) {
        if (!(v6 && isIP2(v6[1]) === 6)) return bad(`invalid ip6 network '${text2}'`);
      }
      term.cidr6 = term.cidr4;
      term.cidr4 = void 0;
      if ((term.cidr6 ?? 128) > 128) return bad(`invalid ip6 prefix in '${text2}'`);
    }
    if ((name === "a" || name === "mx") && ((term.cidr4 ?? 32) > 32 || (term.cidr6 ?? 128) > 128))
      return bad(`invalid CIDR in '${text2}'`);
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

// src/checks/dns-check/edge.ts
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

// src/checks/dns-check/https-check.ts
function splitHostPort(entry) {
  const m = /^(.+?)(?::(\d+))?$/.exec(entry);
  return { host: m[1], port: m[2] ? Number(m[2]) : 443 };
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
async function checkHttps(entry, opts) {
  const { host, port } = splitHostPort(entry);
  const result = { host: entry, problems: [] };
  let hs;
  try {
    hs = await handshake(host, port, opts.ca, opts.timeoutMs);
  } catch (err) {
    result.problems.push({
      severity: "error",
      rule: "https-unreachable",
      message: `could not check: no TLS handshake with ${host}:${port} (${err?.code ?? ""} ${err?.message ?? err})`.replace(
        "( ",
        "("
      ),
      fix: "Serve HTTPS on port 443 with a certificate for this name."
    });
    return result;
  }
  const { cert } = hs;
  result.issuer = [cert.issuer?.CN ?? cert.issuer?.O].flat()[0];
  result.validTo = cert.valid_to;
  const now = opts.now ?? /* @__PURE__ */ new Date();
  const daysLeft = Math.floor((new Date(cert.valid_to).getTime() - now.getTime()) / 864e5);
  result.daysLeft = daysLeft;
  if (!hs.authorized && hs.error !== "CERT_HAS_EXPIRED") {
    result.problems.push({
      severity: "error",
      rule: "https-untrusted",
      message: `the certificate chain is not trusted (${hs.error})`,
      fix: "Serve the full chain from a public CA (or pass ca-file for a private CA)."
    });
  }
  const identity = checkServerIdentity(host, cert);
  if (identity)
    result.problems.push({
      severity: "error",
      rule: "https-wrong-host",
      message: `the certificate is not valid for ${host}: ${identity.message}`,
      fix: `Issue a certificate that names ${host}.`
    });
  if (daysLeft < 0)
    result.problems.push({
      severity: "error",
      rule: "https-expired",
      message: `the certificate expired on ${cert.valid_to}`,
      fix: "Renew it now, and check that automatic renewal runs."
    });
  else if (daysLeft < opts.minDays)
    result.problems.push({
      severity: "error",
      rule: "https-expiring",
      message: `the certificate expires in ${daysLeft} day(s) (${cert.valid_to}); at least ${opts.minDays} are required`,
      fix: "Renew it, and check that automatic renewal runs."
    });
  else if (daysLeft < opts.minDays * 2)
    result.problems.push({
      severity: "warning",
      rule: "https-expiring",
      message: `the certificate expires in ${daysLeft} day(s) (${cert.valid_to})`,
      fix: "Check that automatic renewal runs."
    });
  const client = new HttpClient({ timeoutMs: opts.timeoutMs, retries: 0, ca: opts.ca });
  const origin = `https://${entry}`;
  try {
    try {
      const res = await client.send({ method: "GET", url: `${origin}/`, headers: {} }, { followRedirects: false });
      result.hsts = res.headers["strict-transport-security"];
      result.headers = res.headers;
      if (res.status >= 200 && res.status < 300) {
        for (const mc of findMixedContent(res.body)) {
          result.problems.push({
            severity: "error",
            rule: "mixed-content",
            message: `https://${entry}/ loads ${mc.element} over plain HTTP; browsers block or warn on it`,
            fix: `Load ${mc.url.replace(/^http:/, "https:")} instead (or a relative URL).`
          });
        }
      }
      if (!result.hsts)
        result.problems.push({
          severity: "notice",
          rule: "https-no-hsts",
          message: "no Strict-Transport-Security header",
          fix: "Send Strict-Transport-Security: max-age=31536000 once HTTPS works everywhere."
        });
      if (opts.canonical && host !== opts.canonical) {
        const location = res.headers.location ? new URL(res.headers.location, origin) : void 0;
        if (![301, 308].includes(res.status) || location?.hostname !== opts.canonical) {
          result.problems.push({
            severity: "error",
            rule: "https-not-canonical",
            message: `https://${entry}/ answers ${res.status}${location ? ` to ${location.href}` : ""}, not a 301/308 to the canonical host ${opts.canonical}`,
            fix: `Redirect every request to https://${opts.canonical} with 301 or 308.`
          });
        }
      }
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
    }
    const httpUrl = `http://${host}${opts.httpPort === 80 ? "" : `:${opts.httpPort}`}/`;
    try {
      const res = await client.send({ method: "GET", url: httpUrl, headers: {} }, { followRedirects: false });
      const location = res.headers.location ? new URL(res.headers.location, httpUrl) : void 0;
      if (!(res.status >= 300 && res.status < 400) || location?.protocol !== "https:") {
        result.problems.push({
          severity: "error",
          rule: "http-not-redirected",
          message: `${httpUrl} answers ${res.status}${location ? ` to ${location.href}` : ""} instead of redirecting to https://`,
          fix: "Redirect all plain HTTP to HTTPS with 301 or 308."
        });
      } else if (![301, 308].includes(res.status)) {
        result.problems.push({
          severity: "warning",
          rule: "http-not-redirected",
          message: `${httpUrl} redirects with ${res.status}; browsers and crawlers treat only 301/308 as permanent`,
          fix: "Use 301 or 308."
        });
      }
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      result.problems.push({
        severity: "warning",
        rule: "http-not-redirected",
        message: `plain HTTP on ${httpUrl} does not answer (${err.message}); visitors typing the name get an error instead of a redirect`,
        fix: "Answer on port 80 with a 301 to https://."
      });
    }
  } finally {
    await client.close();
  }
  return result;
}

// src/checks/dns-check/mail-records.ts
import { createPublicKey } from "node:crypto";
function parseTags(record) {
  const tags = /* @__PURE__ */ new Map();
  const order = [];
  for (const raw of record.split(";")) {
    const part = raw.trim();
    if (!part) continue;
    const eq = part.indexOf("=");
    if (eq <= 0) return { tags, order, error: `malformed tag '${part}' (expected name=value)` };
    const name = part.slice(0, eq).trim();
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
var POLICIES = ["none", "quarantine", "reject"];
function checkDmarc(record, domain, minPolicy) {
  const problems = [];
  const external = /* @__PURE__ */ new Set();
  const { tags, order, error } = parseTags(record);
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
  if (order[0] !== "v" || tags.get("v") !== "DMARC1")
    problems.push({
      severity: "error",
      rule: "dmarc-syntax",
      message: "the record must start with v=DMARC1",
      fix: "Start the record with v=DMARC1;"
    });
  const p = tags.get("p")?.toLowerCase();
  if (!p || !POLICIES.includes(p)) {
    problems.push({
      severity: "error",
      rule: "dmarc-policy",
      message: p ? `p=${p} is not none, quarantine or reject` : "no p= policy",
      fix: "Set p=quarantine (or reject once reports look clean)."
    });
  } else if (POLICIES.indexOf(p) < POLICIES.indexOf(minPolicy)) {
    problems.push({
      severity: "error",
      rule: "dmarc-policy",
      message: `p=${p} is weaker than the required ${minPolicy}`,
      fix: `Set p=${minPolicy}.`
    });
  } else if (p === "none") {
    problems.push({
      severity: "notice",
      rule: "dmarc-policy",
      message: "p=none only monitors: spoofed mail is still delivered",
      fix: "Move to p=quarantine once the rua reports show only your senders."
    });
  }
  for (const t of ["sp", "np"]) {
    const v = tags.get(t)?.toLowerCase();
    if (v !== void 0 && !POLICIES.includes(v))
      problems.push({
        severity: "error",
        rule: "dmarc-policy",
        message: `${t}=${v} is not none, quarantine or reject`,
        fix: `Fix ${t}=.`
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
      if (target !== domain && !target.endsWith(`.${domain}`) && !domain.endsWith(`.${target}`)) external.add(target);
    }
  }
  if (!tags.has("rua"))
    problems.push({
      severity: "warning",
      rule: "dmarc-no-reports",
      message: "no rua=: you will not see who sends mail as your domain",
      fix: `Add rua=mailto:dmarc@${domain}`
    });
  for (const t of ["pct", "rf", "ri"]) {
    if (tags.has(t))
      problems.push({
        severity: "warning",
        rule: "dmarc-removed-tag",
        message: `${t}= is removed by RFC 9989 and ignored by receivers that follow it`,
        fix: `Remove ${t}=${t === "pct" ? " (use t=y to test a policy instead)" : ""}.`
      });
  }
  return { problems, policy: p, externalReportDomains: [...external] };
}

// src/checks/dns-check/zone-file.ts
var ZoneFileError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};
var TYPES = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME", "MX", "TXT", "NS", "SOA", "PTR", "CAA", "SRV", "SPF"]);
var CLASSES = /* @__PURE__ */ new Set(["IN", "CH", "HS"]);
function tokenize(line, lineNo) {
  const tokens = [];
  const quoted = [];
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
      let s = "";
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === "\\" && i + 1 < line.length) {
          const d = /^\d{3}/.exec(line.slice(i + 1));
          if (d) {
            s += String.fromCharCode(Number(d[0]));
            i += 4;
            continue;
          }
          s += line[i + 1];
          i += 2;
          continue;
        }
        s += line[i++];
      }
      if (line[i] !== '"') throw new ZoneFileError(lineNo, "unterminated quoted string");
      i++;
      tokens.push(s);
      quoted.push(true);
    } else {
      let s = "";
      while (i < line.length && !/[\s;()"]/.test(line[i])) s += line[i++];
      tokens.push(s);
      quoted.push(false);
    }
  }
  return { tokens, quoted, open };
}
function parseZoneFile(text2, defaultOrigin) {
  let origin = fqdn(defaultOrigin);
  let last = origin;
  const records = [];
  const lines = text2.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    const leadingBlank = /^[ \t]/.test(lines[i]);
    let { tokens, quoted, open } = tokenize(lines[i], startLine);
    while (open > 0) {
      i++;
      if (i >= lines.length) throw new ZoneFileError(startLine, "unclosed parenthesis");
      const more = tokenize(lines[i], i + 1);
      tokens = tokens.concat(more.tokens);
      quoted = quoted.concat(more.quoted);
      open += more.open;
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
    while (k < tokens.length && (/^\d+[smhdw]?$/i.test(tokens[k]) || CLASSES.has(tokens[k].toUpperCase())) && !TYPES.has(tokens[k].toUpperCase()))
      k++;
    const type = (tokens[k++] ?? "").toUpperCase();
    if (!TYPES.has(type))
      throw new ZoneFileError(
        startLine,
        `unknown or missing record type '${tokens[k - 1] ?? ""}' (supported: ${[...TYPES].join(", ")})`
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
    this.records = records;
    this.origin = origin;
    this.file = file;
  }
  records;
  origin;
  file;
  kind = "zone";
  describe() {
    return `zone file ${this.file}`;
  }
  inZone(name) {
    const n = fqdn(name);
    return n === fqdn(this.origin) || n.endsWith(`.${fqdn(this.origin)}`);
  }
  async query(name, type) {
    const n = fqdn(name);
    if (!this.inZone(n)) return { status: "error", values: [], error: `${n} is outside ${this.file}; not checked` };
    const atName = this.records.filter((r) => r.name === n);
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
var import_yaml = __toESM(require_dist(), 1);
var TYPES2 = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME", "MX", "TXT", "NS", "PTR", "CAA", "SRV", "ALIAS"]);
function parseOctodns(text2, domain, file) {
  const source = parseYaml(file, text2);
  const root = source.doc.contents;
  if (!(0, import_yaml.isMap)(root))
    throw new ZoneFileError(source.lineOf([]) ?? 1, "an OctoDNS zone file is a mapping of record names");
  const origin = fqdn(domain);
  const records = [];
  const data = source.value;
  for (const [name, entry] of Object.entries(data)) {
    const owner = name === "" ? origin : `${name.toLowerCase()}.${origin}`;
    const list2 = Array.isArray(entry) ? entry : [entry];
    list2.forEach((rec, i) => {
      const path2 = Array.isArray(entry) ? [name, i] : [name];
      const line = source.lineOf(path2) ?? 1;
      if (!rec || typeof rec !== "object")
        throw new ZoneFileError(line, `record '${name}' must be a mapping with type and value`);
      const type = String(rec.type ?? "").toUpperCase();
      if (!TYPES2.has(type)) throw new ZoneFileError(line, `record '${name}' has unknown type '${rec.type ?? ""}'`);
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
        } else if (type === "TXT") rdata = [String(v).replace(/\\;/g, ";")];
        else if (type === "CNAME" || type === "NS" || type === "PTR" || type === "ALIAS") rdata = [abs(String(v))];
        else rdata = [typeof v === "object" ? JSON.stringify(v) : String(v)];
        records.push({ name: owner, type: type === "ALIAS" ? "CNAME" : type, data: rdata, line });
      }
    });
  }
  return records;
}

// src/checks/dns-check/index.ts
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
var DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
var dnsCheck = defineCheck({
  name: "dns-check",
  section: "dns",
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
      if (!["mx", "spf", "dkim", "dmarc"].includes(r))
        throw new UserError(`Input 'require' got ${JSON.stringify(r)}; accepted: mx, spf, dkim, dmarc.`);
    const required = new Set(inputs.require);
    let dns;
    let zoneFile;
    if (inputs["zone-file"]) {
      zoneFile = inputs["zone-file"];
      const abs = path.resolve(ctx.cwd, zoneFile);
      if (!existsSync(abs)) throw new UserError(`Input 'zone-file': cannot read ${zoneFile} (no such file).`);
      try {
        const text2 = readFileSync(abs, "utf8");
        const records = /\.ya?ml$/i.test(zoneFile) ? parseOctodns(text2, domain, zoneFile) : parseZoneFile(text2, domain);
        dns = new ZoneDns(records, domain, zoneFile);
      } catch (err) {
        if (err instanceof ZoneFileError) throw new UserError(`${zoneFile}:${err.line}: ${err.message}`);
        throw err;
      }
    } else dns = new LiveDns(servers, inputs["timeout-ms"]);
    const findings = [];
    const sections = [];
    const at = (answer, index = 0) => zoneFile && answer?.lines?.[index] ? { file: zoneFile, line: answer.lines[index] } : {};
    const add = (p, where = {}, subject = "") => findings.push({
      ruleId: p.rule,
      severity: p.severity,
      title: subject || p.rule.split("-")[0].toUpperCase(),
      message: `${p.message}. Fix: ${p.fix}`,
      ...where
    });
    const couldNot = (a, what) => findings.push({
      ruleId: "dns-error",
      severity: dns.kind === "zone" ? "notice" : "error",
      title: `Could not check ${what}`,
      message: a.error ?? "DNS error"
    });
    const probes = await Promise.all(["NS", "A", "MX", "TXT"].map((t) => dns.query(domain, t)));
    if (probes.every((a) => a.status === "nxdomain")) {
      findings.push({
        ruleId: "domain-missing",
        severity: "error",
        title: "Domain does not exist",
        message: `${domain} does not exist (NXDOMAIN from ${dns.describe()}). Register it or fix the name.`
      });
      return { findings, metrics: { exists: false } };
    }
    if (probes.every((a) => a.status === "error")) {
      findings.push({
        ruleId: "dns-error",
        severity: "error",
        title: "Could not check",
        message: `every lookup for ${domain} failed: ${probes[0].error}`
      });
      return { findings, metrics: { exists: "unknown" } };
    }
    const expectRows = [];
    for (const line of inputs.expect) {
      const m = /^(\S+)\s+(A|AAAA|CNAME|MX|TXT|NS)\s+(.+)$/i.exec(line);
      if (!m)
        throw new UserError(
          `Input 'expect' got ${JSON.stringify(line)}; accepted: lines of \`host TYPE value\` (TYPE one of A, AAAA, CNAME, MX, TXT, NS).`
        );
      const host = m[1] === "@" ? domain : m[1].endsWith(".") ? bare(m[1]) : `${m[1]}.${domain}`;
      const type = m[2].toUpperCase();
      const want = m[3].trim();
      const { values, answer, chain } = await resolveFollowing(dns, host, type);
      const norm = (v) => type === "CNAME" || type === "NS" ? fqdn(v) : type === "MX" ? v.toLowerCase().replace(/\.?$/, ".") : v.toLowerCase();
      const ok = values.some((v) => norm(v) === norm(want) || type === "MX" && norm(v).endsWith(` ${fqdn(want)}`));
      expectRows.push([host, type, want, values.join(", ") || answer.status, ok ? "\u2705" : "\u274C"]);
      if (answer.status === "error") couldNot(answer, `${type} ${host}`);
      else if (!ok) {
        findings.push({
          ruleId: "record-mismatch",
          severity: "error",
          title: `${host} ${type}`,
          message: `${host} ${type} should be ${want}, but ${values.length ? `is ${values.join(", ")}` : `has none (${answer.status})`}${chain.length ? ` (via ${chain.join(" \u2192 ")})` : ""}. Fix: point ${host} at ${want} at your DNS provider.`,
          ...at(answer)
        });
      }
    }
    if (expectRows.length)
      sections.push({
        title: "Expected records",
        markdown: table(["Host", "Type", "Expected", "Found", "Verdict"], expectRows)
      });
    const mx = await dns.query(domain, "MX");
    const mxRows = [];
    const nullMx = mx.values.length === 1 && mx.values[0].split(" ")[1] === ".";
    if (mx.status === "error") couldNot(mx, "MX");
    else if (mx.values.length === 0)
      add({
        severity: required.has("mx") ? "error" : "warning",
        rule: "mx-missing",
        message: `${domain} has no MX record: replies and bounces to it are lost`,
        fix: "Add the MX records of your mail provider, or a null MX (0 .) if the domain sends and receives no mail."
      });
    else if (nullMx) mxRows.push(["0 .", "null MX: this domain receives no mail", "\u2705"]);
    else {
      for (const [i, v] of mx.values.entries()) {
        const exchange = v.split(" ")[1];
        const problems = [];
        if (/^[\d.]+\.?$/.test(exchange) || /^[0-9a-f:]+$/i.test(exchange))
          problems.push("points at an IP address, not a host name");
        else {
          const cname = await dns.query(exchange, "CNAME");
          if (cname.status === "ok" && cname.values.length)
            problems.push(`is a CNAME (to ${cname.values[0]}); MX targets must have their own A/AAAA`);
          const [a, aaaa] = await Promise.all([dns.query(exchange, "A"), dns.query(exchange, "AAAA")]);
          if (a.status === "error" && aaaa.status === "error") {
            if (dns.kind === "live") problems.push(`could not be resolved (${a.error})`);
          } else if (!a.values.length && !aaaa.values.length && !cname.values.length)
            problems.push("has no A or AAAA record");
        }
        mxRows.push([v, problems.join("; ") || "resolves", problems.length ? "\u274C" : "\u2705"]);
        if (problems.length)
          add(
            {
              severity: "error",
              rule: "mx-target",
              message: `MX ${exchange} ${problems.join("; ")}`,
              fix: "Point MX at the host names your mail provider gives."
            },
            at(mx, i)
          );
      }
    }
    if (mxRows.length) sections.push({ title: "MX", markdown: table(["Record", "Check", "Verdict"], mxRows) });
    const spfLookup = (name, type) => dns.query(name, type);
    const txt = await dns.query(domain, "TXT");
    const spfRecords = txt.values.map((v, i) => ({ v, i })).filter(({ v }) => isSpfRecord(v));
    const spfRows = [];
    if (txt.status === "error") couldNot(txt, "SPF");
    else if (spfRecords.length === 0) {
      add({
        severity: required.has("spf") ? "error" : "warning",
        rule: "spf-missing",
        message: `${domain} has no SPF record: receivers cannot tell your mail from forgeries`,
        fix: `Publish TXT "v=spf1 include:<your provider> -all"${nullMx ? ' (or "v=spf1 -all" for a domain that sends no mail)' : ""}.`
      });
    } else if (spfRecords.length > 1) {
      add(
        {
          severity: "error",
          rule: "spf-multiple",
          message: `${domain} has ${spfRecords.length} SPF records; receivers then return permerror and SPF fails for all mail`,
          fix: "Merge them into one record."
        },
        at(txt, spfRecords[1].i)
      );
    } else {
      const { v: record, i } = spfRecords[0];
      const where = at(txt, i);
      spfRows.push(["record", `\`${record}\``]);
      for (const s of txt.txtStrings?.[i] ?? [])
        if (Buffer.byteLength(s) > 255)
          add(
            {
              severity: "error",
              rule: "spf-length",
              message: `a TXT string of ${Buffer.byteLength(s)} bytes; one string holds at most 255`,
              fix: "Split the record into several quoted strings."
            },
            where
          );
      if (record.length > 450)
        add(
          {
            severity: "warning",
            rule: "spf-length",
            message: `the record is ${record.length} characters; over about 450 the answer may not fit one UDP packet`,
            fix: "Flatten or shorten the includes."
          },
          where
        );
      const parsed = parseSpf(record);
      if (parsed.error)
        add(
          {
            severity: "error",
            rule: "spf-syntax",
            message: `at character ${parsed.error.position}: ${parsed.error.message}`,
            fix: "Correct the term; see RFC 7208 section 5."
          },
          where
        );
      else {
        const all = parsed.terms.find((t) => t.name === "all");
        if (all && (all.qualifier === "+" || all.qualifier === "?"))
          add(
            {
              severity: "error",
              rule: "spf-permissive-all",
              message: `${all.text} lets anyone send as ${domain}`,
              fix: "End with -all (or ~all while testing)."
            },
            where
          );
        if (!all && !parsed.terms.some((t) => t.name === "redirect"))
          add(
            {
              severity: "warning",
              rule: "spf-no-all",
              message: "the record has no all mechanism, so unlisted senders get neutral",
              fix: "End with -all (or ~all while testing)."
            },
            where
          );
        if (parsed.terms.some((t) => t.name === "ptr"))
          add(
            {
              severity: "warning",
              rule: "spf-ptr",
              message: "ptr is deprecated (RFC 7208 5.5): slow, and many receivers skip it",
              fix: "Replace ptr with ip4/ip6 or include."
            },
            where
          );
        const tree = await spfTree(domain, dns);
        spfRows.push(
          ["DNS-querying terms (limit 10)", String(tree.lookups)],
          ["void lookups (limit 2)", String(tree.voids)],
          ["include tree", `<pre>${tree.lines.join("\n")}</pre>`]
        );
        if (tree.lookups > 10)
          add(
            {
              severity: "error",
              rule: "spf-too-many-lookups",
              message: `${tree.lookups} DNS-querying terms through includes and redirects; over 10 is a permerror and SPF fails for all mail`,
              fix: "Remove unused includes, or replace some with ip4/ip6 ranges."
            },
            where
          );
        if (tree.voids > 2)
          add(
            {
              severity: "error",
              rule: "spf-void-lookups",
              message: `${tree.voids} lookups return nothing; over 2 is a permerror`,
              fix: "Remove includes and a/mx terms of names that do not exist."
            },
            where
          );
        if (tree.loop)
          add(
            {
              severity: "error",
              rule: "spf-loop",
              message: `include/redirect loop: ${tree.loop}`,
              fix: "Remove the include that points back."
            },
            where
          );
        for (const e of tree.errors)
          add(
            {
              severity: dns.kind === "zone" ? "notice" : "error",
              rule: "spf-include-error",
              message: e,
              fix: "Check the included domain."
            },
            where
          );
        for (const sender of inputs["spf-senders"]) {
          const cidr = parseCidr(sender);
          if (!cidr)
            throw new UserError(
              `Input 'spf-senders' got ${JSON.stringify(sender)}; accepted: IP addresses or CIDRs, comma-separated.`
            );
          const { result, reason } = await checkHost(cidr.network, domain, `postmaster@${domain}`, domain, spfLookup);
          spfRows.push([`sender ${sender}`, result]);
          if (result !== "pass")
            add(
              {
                severity: "error",
                rule: "spf-sender-not-pass",
                message: `mail from ${sender} gets SPF ${result}${reason ? ` (${reason})` : ""}`,
                fix: `Add ip${cidr.network.includes(":") ? "6" : "4"}:${sender} or the sending service's include to the record.`
              },
              where
            );
        }
      }
    }
    if (spfRows.length) sections.push({ title: "SPF", markdown: table(["Check", "Value"], spfRows) });
    const selectors = inputs["dkim-selectors"].length ? inputs["dkim-selectors"] : COMMON_DKIM_SELECTORS;
    const dkimRows = [];
    const dkimAnswers = await Promise.all(
      selectors.map(async (s) => ({ s, a: await dns.query(`${s}._domainkey.${domain}`, "TXT") }))
    );
    let foundDkim = 0;
    for (const { s, a } of dkimAnswers) {
      if (a.status === "error") {
        if (inputs["dkim-selectors"].length) couldNot(a, `DKIM ${s}`);
        continue;
      }
      const rec = a.values.find((v) => /(^|;)\s*(v=DKIM1|p=|k=)/i.test(v)) ?? a.values[0];
      if (!rec) {
        if (inputs["dkim-selectors"].length)
          add({
            severity: required.has("dkim") ? "error" : "warning",
            rule: "dkim-missing",
            message: `no DKIM key at ${s}._domainkey.${domain}`,
            fix: "Publish the selector's key from your mail provider."
          });
        continue;
      }
      foundDkim++;
      const res = checkDkim(rec);
      dkimRows.push([
        s,
        `${res.keyType ?? "?"}${res.keyBits ? ` ${res.keyBits} bits` : ""}`,
        res.problems.filter((p) => p.severity === "error").length ? "\u274C" : res.problems.length ? "\u26A0\uFE0F" : "\u2705"
      ]);
      for (const p of res.problems) add(p, at(a, a.values.indexOf(rec)), `DKIM ${s}`);
    }
    if (!inputs["dkim-selectors"].length && foundDkim === 0) {
      add({
        severity: required.has("dkim") ? "error" : "notice",
        rule: "dkim-missing",
        message: `no DKIM key under the common selectors (${selectors.join(", ")})`,
        fix: "Set dkim-selectors to the selector your provider uses, or publish its key."
      });
    }
    if (dkimRows.length) sections.push({ title: "DKIM", markdown: table(["Selector", "Key", "Verdict"], dkimRows) });
    const dmarcName = `_dmarc.${domain}`;
    const dmarc = await dns.query(dmarcName, "TXT");
    const dmarcRecords = dmarc.values.map((v, i) => ({ v, i })).filter(({ v }) => /^v=DMARC1\s*(;|$)/i.test(v));
    const dmarcRows = [];
    if (dmarc.status === "error") couldNot(dmarc, "DMARC");
    else if (dmarcRecords.length === 0) {
      const near = dmarc.values.find((v) => /dmarc/i.test(v));
      add(
        {
          severity: required.has("dmarc") ? "error" : "warning",
          rule: near ? "dmarc-syntax" : "dmarc-missing",
          message: near ? `the TXT at ${dmarcName} is not a DMARC record: ${near}` : `no DMARC record at ${dmarcName}: mailbox providers now require one for bulk senders`,
          fix: `Publish TXT ${dmarcName} "v=DMARC1; p=quarantine; rua=mailto:dmarc@${domain}".`
        },
        at(dmarc)
      );
    } else if (dmarcRecords.length > 1) {
      add(
        {
          severity: "error",
          rule: "dmarc-multiple",
          message: `${dmarcRecords.length} DMARC records at ${dmarcName}; receivers then ignore DMARC`,
          fix: "Keep one."
        },
        at(dmarc, dmarcRecords[1].i)
      );
    } else {
      const { v, i } = dmarcRecords[0];
      const info = checkDmarc(v, domain, inputs["dmarc-min-policy"]);
      dmarcRows.push(["record", `\`${v}\``], ["policy", info.policy ?? "\u2014"]);
      for (const p of info.problems) add(p, at(dmarc, i), "DMARC");
      for (const other of info.externalReportDomains) {
        const authName = `${domain}._report._dmarc.${other}`;
        const auth = await dns.query(authName, "TXT");
        const ok = auth.values.some((x) => /^v=DMARC1/i.test(x));
        dmarcRows.push([
          `reports to ${other}`,
          ok ? "authorized" : auth.status === "error" ? "could not check" : "NOT authorized"
        ]);
        if (auth.status === "error") couldNot(auth, authName);
        else if (!ok)
          add(
            {
              severity: "error",
              rule: "dmarc-report-unauthorized",
              message: `reports go to ${other}, which has not authorized them (no v=DMARC1 at ${authName}); receivers drop those reports`,
              fix: `Ask ${other} to publish TXT ${authName} "v=DMARC1".`
            },
            at(dmarc, i)
          );
      }
    }
    if (dmarcRows.length) sections.push({ title: "DMARC", markdown: table(["Check", "Value"], dmarcRows) });
    const subRows = [];
    for (const sub of inputs.subdomains) {
      const host = `${sub}.${domain}`;
      const { values, answer, chain } = await resolveFollowing(dns, host, "A");
      const aaaa = values.length ? { values: [] } : await resolveFollowing(dns, host, "AAAA");
      const resolved = values.length > 0 || aaaa.values.length > 0;
      subRows.push([
        host,
        chain.length ? chain.join(" \u2192 ") : "\u2014",
        resolved ? [...values, ...aaaa.values].join(", ") : answer.status,
        resolved ? "\u2705" : "\u274C"
      ]);
      if (answer.status === "error") couldNot(answer, host);
      else if (!resolved && chain.length)
        add({
          severity: "error",
          rule: "dangling-cname",
          message: `${host} is a CNAME to ${chain[chain.length - 1]}, which does not resolve: anyone who claims that name can serve pages on ${host}`,
          fix: `Remove the CNAME for ${host}, or point it at a live target.`
        });
      else if (!resolved)
        add({
          severity: "error",
          rule: "subdomain-missing",
          message: `${host} does not resolve (${answer.status})`,
          fix: `Add an A/AAAA or CNAME record for ${host}.`
        });
    }
    if (subRows.length)
      sections.push({ title: "Subdomains", markdown: table(["Host", "CNAME chain", "Addresses", "Verdict"], subRows) });
    const ca = readCaFile(ctx.cwd, inputs["ca-file"]);
    const httpsRows = [];
    for (const host of inputs.https) {
      const r = await checkHttps(host, {
        ca,
        minDays: inputs["cert-min-days"],
        canonical: inputs["canonical-host"] || void 0,
        httpPort: inputs["http-port"],
        timeoutMs: Math.max(inputs["timeout-ms"], 5e3)
      });
      httpsRows.push([
        host,
        r.issuer ?? "\u2014",
        r.validTo ?? "\u2014",
        r.daysLeft !== void 0 ? String(r.daysLeft) : "\u2014",
        r.hsts ?? "none",
        r.problems.some((p) => p.severity === "error") ? "\u274C" : r.problems.some((p) => p.severity === "warning") ? "\u26A0\uFE0F" : "\u2705"
      ]);
      for (const p of r.problems) add(p, {}, host);
      if (inputs["expect-proxy"] === "cloudflare") {
        const name = host.replace(/:\d+$/, "");
        const ranges = inputs["proxy-ranges"].length ? inputs["proxy-ranges"] : CLOUDFLARE_RANGES.cidrs;
        const addrs = [
          ...(await resolveFollowing(dns, name, "A")).values,
          ...(await resolveFollowing(dns, name, "AAAA")).values
        ];
        const outside = outsideRanges(addrs, ranges);
        if (addrs.length === 0)
          add(
            {
              severity: "error",
              rule: "edge-bypass",
              message: `${name} has no address to check against the proxy ranges`,
              fix: "Proxy the record through Cloudflare (orange cloud)."
            },
            {},
            host
          );
        else if (outside.length)
          add(
            {
              severity: "error",
              rule: "edge-bypass",
              message: `${name} resolves to ${outside.join(", ")}, outside Cloudflare's ranges (list of ${inputs["proxy-ranges"].length ? "proxy-ranges" : CLOUDFLARE_RANGES.date}): visitors reach the origin directly, without the edge's TLS, cache and protection`,
              fix: `Turn the proxy on for ${name}, and firewall the origin to the proxy's ranges.`
            },
            {},
            host
          );
        if (r.headers && !r.headers["cf-ray"] && !/cloudflare/i.test(r.headers.server ?? ""))
          add(
            {
              severity: "error",
              rule: "edge-bypass",
              message: `https://${host}/ answered without Cloudflare's headers (cf-ray, server: cloudflare)`,
              fix: "Proxy the host through Cloudflare."
            },
            {},
            host
          );
      }
    }
    if (httpsRows.length)
      sections.push({
        title: "HTTPS",
        markdown: table(["Host", "Issuer", "Valid to", "Days left", "HSTS", "Verdict"], httpsRows)
      });
    sections.unshift({ title: "Source", markdown: `Checked ${domain} against ${dns.describe()}.` });
    return {
      findings,
      metrics: {
        domain,
        source: dns.describe(),
        spfRecords: spfRecords.length,
        dkimFound: foundDkim,
        dmarc: dmarcRecords.length === 1
      },
      sections
    };
  }
});
async function resolveFollowing(dns, host, type) {
  const chain = [];
  let name = host;
  for (let hop = 0; hop < 8; hop++) {
    const answer = await dns.query(name, type);
    if (type === "CNAME" || answer.values.length || answer.status === "error")
      return { values: answer.values, answer, chain };
    const cname = await dns.query(name, "CNAME");
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
async function spfTree(domain, dns) {
  const tree = { lookups: 0, voids: 0, lines: [], errors: [] };
  const walk = async (name, depth, stack) => {
    const indent = "  ".repeat(depth);
    if (stack.includes(name)) {
      tree.loop ??= [...stack, name].join(" \u2192 ");
      tree.lines.push(`${indent}${name} (loop)`);
      return;
    }
    const txt = await dns.query(name, "TXT");
    if (txt.status === "error") {
      tree.errors.push(`could not check ${name}: ${txt.error}`);
      tree.lines.push(`${indent}${name} (could not check)`);
      return;
    }
    const records = txt.values.filter(isSpfRecord);
    if (records.length !== 1) {
      if (depth > 0) {
        tree.voids += txt.values.length === 0 ? 1 : 0;
        tree.errors.push(`${name} has ${records.length} SPF records`);
      }
      tree.lines.push(`${indent}${name} (${records.length} SPF records)`);
      return;
    }
    tree.lines.push(`${indent}${name}: ${records[0]}`);
    const parsed = parseSpf(records[0]);
    for (const term of parsed.terms) {
      if (!LOOKUP_TERMS.has(term.name)) continue;
      tree.lookups++;
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
        }
      }
    }
  };
  await walk(domain, 0, []);
  return tree;
}

export {
  dnsCheck
};
