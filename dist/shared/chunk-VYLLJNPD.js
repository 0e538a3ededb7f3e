import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  readConfig
} from "./chunk-T7COQQE4.js";
import {
  CLOUDFLARE_RANGES,
  COMMON_DKIM_SELECTORS,
  LiveDns,
  ZoneDns,
  bare,
  inNetwork,
  normalizeIp,
  parseCidr,
  parseNameserver,
  parseOctodns,
  parseZoneFile,
  resolveFollowing
} from "./chunk-O2NPYISY.js";
import {
  loadYaml,
  require_dist,
  validateYaml
} from "./chunk-M7BUO5DP.js";
import {
  parseInputs
} from "./chunk-FWQDJEAF.js";
import {
  external_exports
} from "./chunk-T5YKWYUI.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/map/build.ts
init_define_LAUNCHGATE_GATES();
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
import tls from "node:tls";
import http from "node:http";
import https from "node:https";
import { isIP as isIP2 } from "node:net";

// src/map/providers.ts
init_define_LAUNCHGATE_GATES();
import { isIP } from "node:net";
var HOSTING_PROVIDERS = [
  {
    id: "cloudflare",
    name: "Cloudflare",
    cnameSuffixes: ["cdn.cloudflare.net", "pages.dev", "workers.dev"],
    ranges: { cidrs: CLOUDFLARE_RANGES.cidrs, source: "https://www.cloudflare.com/ips/", date: CLOUDFLARE_RANGES.date }
  },
  {
    id: "vercel",
    name: "Vercel",
    cnameSuffixes: ["vercel-dns.com", "vercel.app", "now.sh"],
    ranges: {
      cidrs: ["76.76.21.0/24", "216.198.79.0/24"],
      source: "https://vercel.com/docs/domains/managing-dns-records (apex A records)",
      date: "2026-11-01"
    }
  },
  {
    id: "netlify",
    name: "Netlify",
    cnameSuffixes: ["netlify.app", "netlify.com", "netlifyglobalcdn.com"],
    ranges: {
      cidrs: ["75.2.60.5/32"],
      source: "https://docs.netlify.com/domains-https/custom-domains/configure-external-dns/ (apex load balancer)",
      date: "2026-11-01"
    }
  },
  { id: "fly", name: "Fly.io", cnameSuffixes: ["fly.dev", "edgeapp.net"], ranges: void 0 },
  {
    id: "render",
    name: "Render",
    cnameSuffixes: ["onrender.com"],
    ranges: {
      cidrs: ["216.24.57.0/24"],
      source: "https://render.com/docs/configure-other-dns (apex A record)",
      date: "2026-11-01"
    }
  },
  {
    id: "heroku",
    name: "Heroku",
    cnameSuffixes: ["herokudns.com", "herokuapp.com", "herokussl.com"],
    ranges: void 0
  },
  {
    id: "github-pages",
    name: "GitHub Pages",
    cnameSuffixes: ["github.io"],
    ranges: {
      cidrs: [
        "185.199.108.153/32",
        "185.199.109.153/32",
        "185.199.110.153/32",
        "185.199.111.153/32",
        "2606:50c0:8000::153/128",
        "2606:50c0:8001::153/128",
        "2606:50c0:8002::153/128",
        "2606:50c0:8003::153/128"
      ],
      source: "https://docs.github.com/en/pages/configuring-a-custom-domain-for-your-github-pages-site (apex records)",
      date: "2026-11-01"
    }
  },
  { id: "aws-cloudfront", name: "AWS CloudFront", cnameSuffixes: ["cloudfront.net"], ranges: void 0 },
  {
    id: "aws-elb",
    name: "AWS Elastic Load Balancing",
    cnameSuffixes: ["elb.amazonaws.com", "elb.amazonaws.com.cn"],
    ranges: void 0
  },
  {
    id: "google-cloud",
    name: "Google Cloud",
    cnameSuffixes: ["ghs.googlehosted.com", "run.app", "appspot.com", "web.app", "firebaseapp.com"],
    ranges: {
      cidrs: ["199.36.158.100/32", "216.239.32.21/32", "216.239.34.21/32", "216.239.36.21/32", "216.239.38.21/32"],
      source: "https://firebase.google.com/docs/hosting/custom-domain and https://cloud.google.com/run/docs/mapping-custom-domains (apex A records)",
      date: "2026-11-01"
    }
  },
  {
    id: "azure",
    name: "Azure",
    cnameSuffixes: [
      "azurewebsites.net",
      "azureedge.net",
      "azurefd.net",
      "azurestaticapps.net",
      "cloudapp.azure.com",
      "cloudapp.net",
      "trafficmanager.net",
      "blob.core.windows.net"
    ],
    ranges: void 0
  }
];
var bareName = (name) => name.toLowerCase().replace(/\.$/, "");
var under = (name, suffix) => name === suffix || name.endsWith(`.${suffix}`);
function recognizeHosting(cnames, addresses) {
  for (const target of cnames.map(bareName))
    for (const p of HOSTING_PROVIDERS)
      if (p.cnameSuffixes.some((s) => under(target, s))) return { provider: p.name, evidence: `CNAME ${target}` };
  for (const address of addresses) {
    if (!isIP(address)) continue;
    const ip = normalizeIp(address);
    for (const p of HOSTING_PROVIDERS) {
      if (!p.ranges) continue;
      for (const cidr of p.ranges.cidrs) {
        const net = parseCidr(cidr);
        if (net && inNetwork(ip, net.network, net.prefix))
          return {
            provider: p.name,
            evidence: `${address} in ${cidr} (${p.ranges.source}, read ${p.ranges.date})`
          };
      }
    }
  }
  return void 0;
}
var MAIL_PROVIDERS = [
  {
    name: "Google Workspace",
    mx: ["google.com", "googlemail.com", "smtp.google.com"],
    spf: ["_spf.google.com"],
    dkimSelectors: ["google"]
  },
  {
    name: "Microsoft 365",
    mx: ["mail.protection.outlook.com"],
    spf: ["spf.protection.outlook.com"],
    dkimSelectors: ["selector1", "selector2"]
  },
  { name: "SendGrid", mx: ["mx.sendgrid.net"], spf: ["sendgrid.net"], dkimSelectors: ["s1", "s2"] },
  { name: "Postmark", mx: ["inbound.postmarkapp.com"], spf: ["spf.mtasv.net", "mtasv.net"] },
  { name: "Resend", mx: [], spf: ["_spf.resend.com"], dkimSelectors: ["resend"] },
  { name: "Amazon SES", mx: ["amazonaws.com", "amazonses.com"], spf: ["amazonses.com"] },
  { name: "Mailgun", mx: ["mailgun.org"], spf: ["mailgun.org"], dkimSelectors: ["mailo", "smtp", "k1"] },
  {
    name: "Mailchimp Transactional",
    mx: [],
    spf: ["spf.mandrillapp.com", "servers.mcsv.net"],
    dkimSelectors: ["mte1"]
  },
  { name: "Brevo", mx: [], spf: ["spf.brevo.com", "spf.sendinblue.com"], dkimSelectors: ["mail"] },
  { name: "SparkPost", mx: [], spf: ["sparkpostmail.com"], dkimSelectors: ["scph0123"] },
  { name: "Zoho Mail", mx: ["zoho.com", "zoho.eu", "zoho.in"], spf: ["zoho.com", "zoho.eu", "zoho.in"] },
  {
    name: "Fastmail",
    mx: ["messagingengine.com"],
    spf: ["spf.messagingengine.com"],
    dkimSelectors: ["fm1", "fm2", "fm3"]
  },
  { name: "Proton Mail", mx: ["protonmail.ch"], spf: ["_spf.protonmail.ch"], dkimSelectors: ["protonmail"] }
];
function spfIncludes(record) {
  return record.split(/\s+/).map((t) => /^[+~?-]?include:(\S+)$/i.exec(t)?.[1] ?? /^redirect=(\S+)$/i.exec(t)?.[1]).filter((t) => Boolean(t)).map(bareName);
}
function recognizeMail(mxHosts, spfRecord, dkimSelectorsFound) {
  const receiving = [];
  const sending = [];
  for (const host of mxHosts.map(bareName)) {
    const p = MAIL_PROVIDERS.find((m) => m.mx.some((s) => under(host, s)));
    if (p && !receiving.some((r) => r.provider === p.name))
      receiving.push({ provider: p.name, evidence: `MX ${host}` });
  }
  for (const include of spfRecord ? spfIncludes(spfRecord) : []) {
    const p = MAIL_PROVIDERS.find((m) => m.spf.some((s) => under(include, s)));
    if (p && !sending.some((r) => r.provider === p.name))
      sending.push({ provider: p.name, evidence: `SPF include:${include}` });
  }
  for (const selector of dkimSelectorsFound) {
    const p = MAIL_PROVIDERS.find((m) => m.dkimSelectors?.includes(selector) && m.spf.length);
    if (p && sending.some((r) => r.provider === p.name)) continue;
    if (p && selector === "resend") sending.push({ provider: p.name, evidence: `DKIM selector ${selector}` });
  }
  return { receiving, sending };
}

// src/map/workflows.ts
init_define_LAUNCHGATE_GATES();
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
var MAX_BYTES = 1024 * 1024;
var REFERENCE = /\$\{\{\s*(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g;
function references(value, into) {
  const strings = [];
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") strings.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object")
      for (const [k, inner] of Object.entries(v)) {
        strings.push(k);
        stack.push(inner);
      }
  }
  for (const s of strings)
    for (const m of s.matchAll(REFERENCE)) (m[1] === "secrets" ? into.secrets : into.vars).add(m[2]);
}
function usesOf(job) {
  const out = [];
  if (typeof job?.uses === "string") out.push(job.uses);
  for (const step of Array.isArray(job?.steps) ? job.steps : [])
    if (typeof step?.uses === "string") out.push(step.uses);
  return out;
}
function uptimeAlertsOf(job) {
  const out = /* @__PURE__ */ new Set();
  for (const step of Array.isArray(job?.steps) ? job.steps : []) {
    if (typeof step?.uses !== "string" || !/\/actions\/uptime@/.test(step.uses)) continue;
    const given = step.with && typeof step.with === "object" ? step.with : {};
    for (const input of ["slack-webhook", "webhook", "alert-issue"])
      if (given[input] !== void 0 && String(given[input]) !== "" && String(given[input]) !== "false") out.add(input);
  }
  return [...out].sort();
}
function eventsOf(on) {
  if (typeof on === "string") return { events: [on], schedules: [] };
  if (Array.isArray(on)) return { events: on.filter((e) => typeof e === "string"), schedules: [] };
  if (on && typeof on === "object") {
    const schedule = on.schedule;
    const schedules = Array.isArray(schedule) ? schedule.map((s) => s?.cron).filter((c) => typeof c === "string") : [];
    return { events: Object.keys(on), schedules };
  }
  return { events: [], schedules: [] };
}
function parseWorkflow(file, text) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length)
    return { file, events: [], schedules: [], jobs: [], error: doc.errors[0].message.split("\n")[0] };
  let root;
  try {
    root = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return { file, events: [], schedules: [], jobs: [], error: String(err?.message ?? err) };
  }
  if (!root || typeof root !== "object" || typeof root.jobs !== "object" || root.jobs === null)
    return { file, events: [], schedules: [], jobs: [], error: "no jobs: mapping" };
  const { events, schedules } = eventsOf(root.on ?? root.true);
  const workflowRefs = { secrets: /* @__PURE__ */ new Set(), vars: /* @__PURE__ */ new Set() };
  references(root.env, workflowRefs);
  const jobs = Object.entries(root.jobs).map(([id, job]) => {
    const refs = { secrets: new Set(workflowRefs.secrets), vars: new Set(workflowRefs.vars) };
    references(job, refs);
    const env = job?.environment;
    const environment = typeof env === "string" ? env : typeof env?.name === "string" ? env.name : void 0;
    return {
      id,
      name: typeof job?.name === "string" ? job.name : void 0,
      environment,
      secrets: [...refs.secrets].sort(),
      vars: [...refs.vars].sort(),
      uses: usesOf(job),
      uptimeAlerts: uptimeAlertsOf(job)
    };
  });
  return { file, name: typeof root.name === "string" ? root.name : void 0, events, schedules, jobs };
}
function readWorkflows(repoDir) {
  const dir = path.join(repoDir, ".github", "workflows");
  let names;
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch (err) {
    return { workflows: [], error: err?.code === "ENOENT" ? "no .github/workflows folder" : String(err?.code ?? err) };
  }
  const workflows = names.map((n) => {
    const file = `.github/workflows/${n}`;
    try {
      const full = path.join(dir, n);
      if (!statSync(full).isFile()) return { file, events: [], schedules: [], jobs: [], error: "not a file" };
      if (statSync(full).size > MAX_BYTES)
        return { file, events: [], schedules: [], jobs: [], error: `larger than ${MAX_BYTES} bytes` };
      return parseWorkflow(file, readFileSync(full, "utf8"));
    } catch (err) {
      return { file, events: [], schedules: [], jobs: [], error: String(err?.code ?? err?.message ?? err) };
    }
  });
  return { workflows };
}
var DEPLOY = /\b(deploy|deployment|release|publish|ship)\b/i;
var ROLLBACK = /\b(rollback|roll[\s_-]back|revert|undeploy)\b/i;
function jobRole(workflow, job) {
  const words = [job.id, job.name, workflow.name, path.basename(workflow.file).replace(/\.ya?ml$/i, "")].filter(Boolean).join(" ").replace(/[-_]/g, " ");
  if (ROLLBACK.test(words)) return "rollback";
  if (DEPLOY.test(words) || job.environment) return "deploy";
  return void 0;
}

// src/map/build.ts
var MAP_FORMAT_VERSION = 1;
var OWNER_ROLES = ["dns", "cloudflare", "hosting", "email", "secrets", "billing", "on-call"];
var OwnerValue = external_exports.string().trim().min(1, "an owner is a non-empty name or contact");
var OwnersSchema = external_exports.object(
  Object.fromEntries(OWNER_ROLES.map((r) => [r, OwnerValue.optional()]))
).strict();
function readOwners(source) {
  const root = validateYaml(source, external_exports.object({ owners: OwnersSchema.nullish() }).passthrough());
  return root.owners ?? {};
}
function dnsSourceFor(config, values, domain) {
  const zoneFile = values["zone-file"];
  if (zoneFile) {
    const file = path2.resolve(config.dir, zoneFile);
    let text;
    try {
      text = readFileSync2(file, "utf8");
    } catch (err) {
      throw new UserError(`dns.zone-file: cannot read ${zoneFile} (${err?.code ?? err}).`);
    }
    let records;
    try {
      records = /\.ya?ml$/i.test(zoneFile) ? parseOctodns(text, domain, zoneFile) : parseZoneFile(text, domain);
    } catch (err) {
      throw new UserError(`${zoneFile}${err?.line ? `:${err.line}` : ""}: ${errorMessage(err)}`);
    }
    return { dns: new ZoneDns(records, domain, zoneFile), records };
  }
  const servers = values.resolver.map((r) => {
    const s = parseNameserver(r);
    if (!s) throw new UserError(`dns.resolver got ${JSON.stringify(r)}; accepted: IP[:port] addresses.`);
    return s;
  });
  return { dns: new LiveDns(servers, values["timeout-ms"]) };
}
async function nameFact(dns, name) {
  const [v4, v6] = await Promise.all([resolveFollowing(dns, name, "A"), resolveFollowing(dns, name, "AAAA")]);
  const cnames = v4.chain.length >= v6.chain.length ? v4.chain : v6.chain;
  const addresses = [...v4.values, ...v6.values];
  const failed = [v4.answer, v6.answer].find((a) => a.status === "error");
  const fact = { name, cnames: cnames.map(bare), addresses, hosting: recognizeHosting(cnames, addresses) };
  if (!addresses.length && failed) fact.unknown = failed.error ?? "lookup failed";
  else if (!addresses.length && v4.answer.status === "nxdomain") fact.unknown = "no such name (NXDOMAIN)";
  return fact;
}
function certificateFact(entry, now, timeoutMs, ca) {
  const [host, portText] = entry.split(":");
  const port = Number(portText || 443);
  return new Promise((resolve) => {
    const socket = tls.connect({
      host,
      port,
      servername: isIP2(host) ? void 0 : host,
      ca,
      rejectUnauthorized: false,
      timeout: timeoutMs
    });
    const done = (fact) => {
      socket.destroy();
      resolve(fact);
    };
    socket.once("secureConnect", () => {
      const cert = socket.getPeerCertificate();
      if (!cert || !cert.valid_to) return done({ host: entry, unknown: "the server sent no certificate" });
      const validTo = new Date(cert.valid_to);
      done({
        host: entry,
        issuer: [cert.issuer?.O, cert.issuer?.CN].filter(Boolean).join(" / ") || void 0,
        subject: [cert.subject?.CN].flat().join(", ") || void 0,
        validTo: validTo.toISOString(),
        daysLeft: Math.floor((validTo.getTime() - now.getTime()) / 864e5),
        trusted: socket.authorized
      });
    });
    socket.once("timeout", () => done({ host: entry, unknown: `no TLS handshake within ${timeoutMs} ms` }));
    socket.once("error", (err) => done({ host: entry, unknown: errorMessage(err) }));
  });
}
function firstHop(url, timeoutMs, ca) {
  return new Promise((resolve) => {
    const { hostname, protocol } = new URL(url);
    const mod = protocol === "https:" ? https : http;
    const req = mod.request(
      url,
      {
        method: "GET",
        timeout: timeoutMs,
        headers: { "user-agent": "launchgate-map" },
        ...protocol === "https:" ? { rejectUnauthorized: false, ca, servername: isIP2(hostname) ? void 0 : hostname } : {}
      },
      (res) => {
        res.destroy();
        const location = res.headers.location;
        resolve(location ? `${res.statusCode} \u2192 ${location.slice(0, 300)}` : String(res.statusCode));
      }
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (err) => resolve(`unknown (${errorMessage(err)})`));
    req.end();
  });
}
async function githubEnvironments(api) {
  const base = `/repos/${api.owner}/${api.repo}`;
  const list = await api.request(`GET ${base}/environments`, { per_page: 100 });
  const envs = list.data?.environments ?? [];
  return Promise.all(
    envs.map(async (e) => {
      const name = String(e.name);
      const enc = encodeURIComponent(name);
      try {
        const [s, v] = await Promise.all([
          api.request(`GET ${base}/environments/${enc}/secrets`, { per_page: 100 }),
          api.request(`GET ${base}/environments/${enc}/variables`, { per_page: 30 })
        ]);
        return {
          name,
          secrets: (s.data?.secrets ?? []).map((x) => String(x.name)).sort(),
          vars: (v.data?.variables ?? []).map((x) => String(x.name)).sort()
        };
      } catch (err) {
        return { name, unknown: errorMessage(err) };
      }
    })
  );
}
var isProduction = (env) => !!env && /^prod(uction)?$/i.test(env);
async function buildLaunchMap(opts) {
  const now = opts.now ?? /* @__PURE__ */ new Date();
  const source = loadYaml(opts.configPath, opts.configName);
  const config = readConfig(source, opts.checks, path2.dirname(path2.resolve(opts.configPath)));
  const owners = readOwners(source);
  const risks = [];
  const dnsSection = config.sections.find((s) => s.check.name === "dns-check");
  const map = {
    formatVersion: MAP_FORMAT_VERSION,
    generated: now.toISOString(),
    config: opts.configName,
    dnsSource: "unknown (no dns section in launchgate.yml)",
    names: [],
    mail: { mx: [], dkimSelectors: [], receiving: [], sending: [], unknown: "no dns section in launchgate.yml" },
    certificates: [],
    environments: { uses: [], github: [] },
    releaseChecks: {
      gates: config.sections.map((s) => s.check.section),
      workflows: [],
      uptime: { schedules: [], alert: "none" }
    },
    deploy: [],
    owners: {},
    risks
  };
  if (dnsSection) {
    const values = parseInputs(dnsSection.check.inputs, dnsSection.raw, dnsSection.where);
    const domain = bare(values.domain);
    map.domain = domain;
    const { dns, records } = dnsSourceFor(config, values, domain);
    map.dnsSource = dns.describe();
    const names = /* @__PURE__ */ new Set([domain]);
    const add = (n) => {
      const b = bare(n.replace(/:\d+$/, ""));
      if (b) names.add(b === "@" ? domain : b.includes(".") ? b : `${b}.${domain}`);
    };
    for (const s of values.subdomains) add(s);
    for (const line of values.expect) add(line.split(/\s+/)[0]);
    for (const h of values.https) add(h);
    if (values["canonical-host"]) add(values["canonical-host"]);
    for (const r of records ?? [])
      if (["A", "AAAA", "CNAME"].includes(r.type) && !bare(r.name).startsWith("_")) names.add(bare(r.name));
    map.names = await Promise.all([...names].sort().map((n) => nameFact(dns, n)));
    const [mx, txt, dmarc] = await Promise.all([
      dns.query(domain, "MX"),
      dns.query(domain, "TXT"),
      dns.query(`_dmarc.${domain}`, "TXT")
    ]);
    const selectors = values["dkim-selectors"].length ? values["dkim-selectors"] : COMMON_DKIM_SELECTORS;
    const dkim = await Promise.all(
      selectors.map(async (s) => ({ s, a: await dns.query(`${s}._domainkey.${domain}`, "TXT") }))
    );
    const unknowns = [];
    if (mx.status === "error") unknowns.push(`MX: ${mx.error}`);
    if (txt.status === "error") unknowns.push(`SPF: ${txt.error}`);
    if (dmarc.status === "error") unknowns.push(`DMARC: ${dmarc.error}`);
    const mxHosts = mx.values.map((v) => bare(v.split(/\s+/)[1] ?? ""));
    const spf = txt.values.find((v) => /^v=spf1(\s|$)/i.test(v));
    const found = dkim.filter((d) => d.a.values.some((v) => /p=/i.test(v))).map((d) => d.s);
    const dmarcRecord = dmarc.values.find((v) => /^v=DMARC1/i.test(v));
    const tag = (rec, t) => new RegExp(`(?:^|;)\\s*${t}\\s*=\\s*([^;]*)`, "i").exec(rec)?.[1]?.trim();
    map.mail = {
      mx: mxHosts,
      spf,
      dkimSelectors: found,
      ...recognizeMail(mxHosts, spf, found),
      dmarc: dmarcRecord ? {
        record: dmarcRecord,
        policy: tag(dmarcRecord, "p"),
        rua: (tag(dmarcRecord, "rua") ?? "").split(",").map((s) => s.trim()).filter(Boolean)
      } : void 0,
      unknown: unknowns.length ? unknowns.join("; ") : void 0
    };
    if (!dmarcRecord && dmarc.status !== "error")
      risks.push({ id: "no-dmarc", text: `${domain} has no DMARC record: mail can be spoofed and lands in spam.` });
    const https2 = [...values.https];
    if (values["canonical-host"] && !https2.includes(values["canonical-host"])) https2.push(values["canonical-host"]);
    let ca;
    if (values["ca-file"]) {
      try {
        ca = [...tls.rootCertificates, readFileSync2(path2.resolve(config.dir, values["ca-file"]), "utf8")];
      } catch (err) {
        throw new UserError(`dns.ca-file: cannot read ${values["ca-file"]} (${err?.code ?? err}).`);
      }
    }
    const timeout = opts.tlsTimeoutMs ?? 5e3;
    map.certificates = await Promise.all(
      https2.map(async (h) => {
        const [fact, httpHop, httpsHop] = await Promise.all([
          certificateFact(h, now, timeout, ca),
          firstHop(`http://${h.split(":")[0]}:${values["http-port"]}/`, timeout),
          firstHop(`https://${h}/`, timeout, ca)
        ]);
        return { ...fact, redirects: { http: httpHop, https: httpsHop } };
      })
    );
    for (const c of map.certificates)
      if (c.daysLeft !== void 0 && c.daysLeft < 21)
        risks.push({
          id: `cert-expiring:${c.host}`,
          text: `The certificate of ${c.host} expires in ${c.daysLeft} day(s).`
        });
  }
  const { workflows, error } = readWorkflows(opts.repoDir);
  if (error) map.environments.workflowsUnknown = error;
  const launchgateUses = (w) => w.jobs.some((j) => j.uses.some((u) => /launchgate/i.test(u)));
  for (const w of workflows) {
    if (w.error) {
      risks.push({ id: `workflow-unreadable:${w.file}`, text: `${w.file} could not be read: ${w.error}.` });
      continue;
    }
    if (launchgateUses(w)) map.releaseChecks.workflows.push({ file: w.file, events: w.events, schedules: w.schedules });
    for (const j of w.jobs) {
      if (j.secrets.length || j.vars.length || j.environment)
        map.environments.uses.push({
          workflow: w.file,
          job: j.id,
          environment: j.environment,
          secrets: j.secrets,
          vars: j.vars
        });
      const role = jobRole(w, j);
      if (role) map.deploy.push({ workflow: w.file, job: j.id, role, events: w.events, environment: j.environment });
    }
  }
  if (!map.deploy.some((d) => d.role === "deploy"))
    risks.push({
      id: "no-deploy-workflow",
      text: "No deploy workflow found: write one, so a release is one reviewed step."
    });
  if (!map.deploy.some((d) => d.role === "rollback"))
    risks.push({
      id: "no-rollback-workflow",
      text: "No rollback workflow found: write one (a job named rollback or revert), so undoing a release is one step."
    });
  const smoke = config.sections.find((sec) => sec.check.name === "smoke-test");
  const smokeInputs = smoke ? parseInputs(smoke.check.inputs, smoke.raw, smoke.where) : void 0;
  const smokeIssue = Boolean(smokeInputs?.["alert-issue"]);
  const uptimeAlerts = [
    ...new Set(
      workflows.filter((w) => w.schedules.length).flatMap((w) => w.jobs.flatMap((j) => j.uptimeAlerts.map((a) => `uptime ${a} (${w.file})`)))
    )
  ];
  if (smoke || uptimeAlerts.length) {
    const alerts = [
      ...smokeIssue ? [`a GitHub issue labelled launchgate-outage after ${smokeInputs?.["alert-after"]} failed scheduled run(s)`] : [],
      ...uptimeAlerts
    ];
    map.releaseChecks.uptime = {
      schedules: map.releaseChecks.workflows.flatMap((w) => w.schedules),
      alert: alerts.length ? alerts.join("; ") : "none (smoke.alert-issue is off and no uptime step has a channel)"
    };
    if (!map.releaseChecks.uptime.schedules.length)
      risks.push({
        id: "no-uptime-schedule",
        text: "No scheduled workflow runs launchgate: an outage between releases goes unnoticed."
      });
    else if (!alerts.length)
      risks.push({
        id: "no-uptime-alert",
        text: "The uptime schedule raises no alert: give the uptime step slack-webhook, webhook or alert-issue (or set smoke.alert-issue: true)."
      });
  }
  if (!map.releaseChecks.workflows.length)
    risks.push({ id: "no-release-checks", text: "No workflow runs launchgate: nothing is checked after a release." });
  if (opts.github) {
    try {
      map.environments.github = await githubEnvironments(opts.github);
    } catch (err) {
      map.environments.githubUnknown = errorMessage(err);
    }
  } else map.environments.githubUnknown = opts.githubMissing ?? "no GitHub token";
  if (!map.environments.githubUnknown)
    for (const use of map.environments.uses.filter((u) => isProduction(u.environment))) {
      const env = map.environments.github.find((e) => e.name === use.environment);
      if (!env) {
        risks.push({
          id: `environment-missing:${use.environment}`,
          text: `${use.workflow} job ${use.job} deploys to environment ${use.environment}, which GitHub does not define.`
        });
        continue;
      }
      if (env.unknown) continue;
      for (const s of use.secrets.filter((s2) => s2 !== "GITHUB_TOKEN" && !env.secrets.includes(s2)))
        risks.push({
          id: `secret-undefined:${use.environment}:${s}`,
          text: `${use.workflow} job ${use.job} reads secret ${s}, which environment ${use.environment} does not define (it may be a repository secret).`
        });
      for (const v of use.vars.filter((v2) => !env.vars.includes(v2)))
        risks.push({
          id: `var-undefined:${use.environment}:${v}`,
          text: `${use.workflow} job ${use.job} reads variable ${v}, which environment ${use.environment} does not define (it may be a repository variable).`
        });
    }
  const cloudflare = map.names.some((n) => n.hosting?.provider === "Cloudflare");
  for (const role of OWNER_ROLES) {
    if (role === "cloudflare" && !cloudflare && !owners.cloudflare) continue;
    map.owners[role] = owners[role] ?? null;
    if (!owners[role])
      risks.push({
        id: `owner-missing:${role}`,
        text: `No ${role} owner in launchgate.yml \`owners:\`: in an outage no one knows who can change it.`
      });
  }
  return map;
}

export {
  MAP_FORMAT_VERSION,
  OWNER_ROLES,
  OwnersSchema,
  readOwners,
  buildLaunchMap
};
