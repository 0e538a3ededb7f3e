import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  launchMapHtml
} from "./chunk-ASSVZULU.js";
import {
  MAP_FORMAT_VERSION,
  buildLaunchMap
} from "./chunk-VYLLJNPD.js";
import {
  changesMarkdown,
  launchMapJson,
  launchMapMarkdown
} from "./chunk-CPIU5C7B.js";
import {
  impactsOf,
  topFixes,
  topFixesMarkdown
} from "./chunk-CZ3CJCDA.js";
import "./chunk-T7COQQE4.js";
import "./chunk-O2NPYISY.js";
import "./chunk-M7BUO5DP.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/map/command.ts
init_define_LAUNCHGATE_GATES();
import { mkdirSync, readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";

// src/map/compare.ts
init_define_LAUNCHGATE_GATES();
import { readFileSync } from "node:fs";
function readMapFile(file, displayName = file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new UserError(
      `--compare: cannot read ${displayName} (${err?.code === "ENOENT" ? "no such file" : errorMessage(err)}).`
    );
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UserError(`--compare: ${displayName} is not JSON (${errorMessage(err)}); accepted: a launch-map.json.`);
  }
  if (!value || typeof value !== "object" || !("formatVersion" in value))
    throw new UserError(
      `--compare: ${displayName} has no formatVersion; accepted: a launch-map.json written by launchgate map.`
    );
  if (value.formatVersion !== MAP_FORMAT_VERSION)
    throw new UserError(
      `--compare: ${displayName} is launch map format version ${JSON.stringify(value.formatVersion)}; this launchgate reads version ${MAP_FORMAT_VERSION}. Write a fresh map with this version first.`
    );
  for (const key of ["names", "mail", "certificates", "environments", "deploy", "owners", "risks"])
    if (!(key in value)) throw new UserError(`--compare: ${displayName} has no '${key}'; accepted: a launch-map.json.`);
  return value;
}
var same = (a, b) => [...a].sort().join(",") === [...b].sort().join(",");
var show = (v) => v.length ? v.join(", ") : "nothing";
function setDiff(out, area, before, after, describe) {
  for (const v of after) if (!before.has(v)) out.push({ kind: "added", area, text: describe(v) });
  for (const v of before) if (!after.has(v)) out.push({ kind: "removed", area, text: describe(v) });
}
function compareMaps(before, after) {
  const out = [];
  const oldNames = new Map(before.names.map((n) => [n.name, n]));
  for (const n of after.names) {
    const o = oldNames.get(n.name);
    if (!o) {
      out.push({ kind: "added", area: "name", text: `${n.name} \u2192 ${show([...n.cnames, ...n.addresses])}` });
      continue;
    }
    const was = [...o.cnames, ...o.addresses];
    const now = [...n.cnames, ...n.addresses];
    if (!same(was, now))
      out.push({ kind: "changed", area: "name", text: `${n.name} now points to ${show(now)} (was ${show(was)})` });
    if ((o.hosting?.provider ?? "") !== (n.hosting?.provider ?? ""))
      out.push({
        kind: "changed",
        area: "name",
        text: `${n.name} hosting is now ${n.hosting?.provider ?? "not recognised"} (was ${o.hosting?.provider ?? "not recognised"})`
      });
  }
  for (const o of before.names)
    if (!after.names.some((n) => n.name === o.name)) out.push({ kind: "removed", area: "name", text: o.name });
  const bm = before.mail;
  const am = after.mail;
  if (!same(bm.mx, am.mx))
    out.push({ kind: "changed", area: "mail", text: `MX is now ${show(am.mx)} (was ${show(bm.mx)})` });
  if ((bm.spf ?? "") !== (am.spf ?? ""))
    out.push({ kind: "changed", area: "mail", text: `SPF is now ${am.spf ?? "none"} (was ${bm.spf ?? "none"})` });
  if ((bm.dmarc?.policy ?? "") !== (am.dmarc?.policy ?? ""))
    out.push({
      kind: "changed",
      area: "mail",
      text: `DMARC policy is now ${am.dmarc?.policy ?? "none"} (was ${bm.dmarc?.policy ?? "none"})`
    });
  setDiff(out, "mail", new Set(bm.dkimSelectors), new Set(am.dkimSelectors), (s) => `DKIM selector ${s}`);
  const oldCerts = new Map(before.certificates.map((c) => [c.host, c]));
  for (const c of after.certificates) {
    const o = oldCerts.get(c.host);
    if (!o)
      out.push({
        kind: "added",
        area: "certificate",
        text: `${c.host} (${c.issuer ?? "unknown issuer"}, expires ${c.validTo ?? "unknown"})`
      });
    else if (o.validTo && c.validTo && o.validTo !== c.validTo)
      out.push({
        kind: "changed",
        area: "certificate",
        text: `${c.host} certificate renewed: expires ${c.validTo} (was ${o.validTo})${o.issuer !== c.issuer ? `, issuer now ${c.issuer} (was ${o.issuer})` : ""}`
      });
  }
  for (const c of after.certificates) {
    const o = oldCerts.get(c.host);
    for (const scheme of ["http", "https"]) {
      const was = o?.redirects?.[scheme];
      const now = c.redirects?.[scheme];
      if (o && was && now && was !== now)
        out.push({
          kind: "changed",
          area: "certificate",
          text: `${scheme}://${c.host}/ now answers ${now} (was ${was})`
        });
    }
  }
  const names = (m, key) => new Set(m.environments.uses.flatMap((u) => u[key].map((n) => `${n} (${u.environment ?? "no environment"})`)));
  setDiff(out, "secret", names(before, "secrets"), names(after, "secrets"), (s) => `secret name ${s}`);
  setDiff(out, "variable", names(before, "vars"), names(after, "vars"), (s) => `variable name ${s}`);
  const deploys = (m) => new Set(m.deploy.map((d) => `${d.role} ${d.workflow} job ${d.job}`));
  setDiff(out, "deploy", deploys(before), deploys(after), (s) => s);
  for (const [role, who] of Object.entries(after.owners))
    if ((before.owners[role] ?? null) !== who)
      out.push({
        kind: "changed",
        area: "owner",
        text: `${role} owner is now ${who ?? "missing"} (was ${before.owners[role] ?? "missing"})`
      });
  setDiff(
    out,
    "risk",
    new Set(before.risks.map((r) => r.text)),
    new Set(after.risks.map((r) => r.text)),
    (t) => `risk: ${t}`
  );
  return out;
}

// src/map/command.ts
var MAP_USAGE = `launchgate map \u2014 the launch map and handover pack: names, hosting, mail, certificates, environments,
release checks, deploy and rollback, owners and open risks

Usage: launchgate map [--config launchgate.yml] [--out .] [--compare old-launch-map.json] [--report report.json]
  --config    the config file (default: launchgate.yml in this directory); its optional owners: section names
              who owns dns, cloudflare, hosting, email, secrets, billing and on-call
  --out       the folder launch-map.md, .json and .html are written to (default: this directory)
  --compare   a launch-map.json written before: print what changed since (exit 1 when something did)
  --report    a combined report of 'launchgate run --report': the map opens with its Top 5 fixes
With GITHUB_TOKEN and GITHUB_REPOSITORY set, the repository's GitHub environments are read too.
Exit codes: 0 written, 1 --compare found changes, 2 usage or configuration error.`;
function readReports(file, displayName) {
  try {
    const value = JSON.parse(readFileSync2(file, "utf8"));
    if (!Array.isArray(value?.reports)) throw new Error("no reports list");
    return value.reports;
  } catch (err) {
    throw new UserError(
      `--report: cannot read ${displayName} (${errorMessage(err)}); accepted: the JSON of 'launchgate run --report'.`
    );
  }
}
async function runMapCommand(flags, io) {
  const configName = flags.config ?? "launchgate.yml";
  const configPath = path.resolve(io.cwd, configName);
  const before = flags.compare ? readMapFile(path.resolve(io.cwd, flags.compare), flags.compare) : void 0;
  const reports = flags.report ? readReports(path.resolve(io.cwd, flags.report), flags.report) : void 0;
  const map = await buildLaunchMap({
    configPath,
    configName,
    repoDir: path.dirname(configPath),
    checks: io.checks,
    github: io.github,
    githubMissing: io.githubMissing
  });
  const changes = before ? compareMaps(before, map) : void 0;
  const ranked = reports ? topFixes(reports, impactsOf(io.checks)) : void 0;
  const fixes = ranked ? topFixesMarkdown(ranked) : void 0;
  const markdown = launchMapMarkdown(map, { topFixes: fixes, fixCount: ranked?.length, changes });
  const outDir = path.resolve(io.cwd, flags.out ?? ".");
  mkdirSync(outDir, { recursive: true });
  io.writeFile(path.join(outDir, "launch-map.md"), markdown + "\n");
  io.writeFile(path.join(outDir, "launch-map.json"), launchMapJson(map));
  io.writeFile(
    path.join(outDir, "launch-map.html"),
    launchMapHtml(map, { topFixes: fixes, fixCount: ranked?.length, changes })
  );
  io.out(changes ? changesMarkdown(changes) : markdown);
  io.err(
    `launchgate map: wrote ${path.join(outDir, "launch-map.md")}, launch-map.json and launch-map.html (${map.risks.length} open risk(s)).`
  );
  return changes && changes.length ? 1 : 0;
}
export {
  MAP_USAGE,
  runMapCommand
};
