import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  code,
  escapeCell,
  neutralizeMarkdown,
  table
} from "./chunk-DLCS5LTK.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/map/render.ts
init_define_LAUNCHGATE_GATES();
var c = (text) => code(text);
var list = (items) => items.length ? items.map(c).join(", ") : "\u2014";
var hop = (answer) => answer ? c(answer) : "\u2014";
var unknown = (why) => `unknown (${escapeCell(why)})`;
function launchMapMarkdown(map, opts = {}) {
  return neutralizeMarkdown(rawMarkdown(map, opts));
}
function rawMarkdown(map, opts = {}) {
  const out = [`# Launch map${map.domain ? `: ${c(map.domain)}` : ""}`, ""];
  out.push(
    `Generated ${map.generated} from ${c(map.config)}, the repository's workflows and lookups through ${escapeCell(map.dnsSource)}. Format version ${map.formatVersion}.`,
    ""
  );
  if (opts.topFixes) out.push(opts.topFixes, "");
  if (opts.changes) out.push(changesMarkdown(opts.changes), "");
  out.push("## Open risks", "");
  out.push(
    map.risks.length ? map.risks.map((r) => `- ${escapeCell(r.text)} (${c(r.id)})`).join("\n") : opts.fixCount ? `None found in the setup (names, mail, certificates, workflows, owners); the gates' findings are open: ${opts.fixCount} fix${opts.fixCount === 1 ? "" : "es"} in the list above.` : "None found.",
    ""
  );
  out.push("## Names", "", "Where traffic goes when someone types each name.", "");
  out.push(
    map.names.length ? table(
      ["Name", "CNAME chain", "Resolves to", "Hosting"],
      map.names.map((n) => [
        c(n.name),
        list(n.cnames),
        n.unknown ? unknown(n.unknown) : list(n.addresses),
        n.hosting ? `${escapeCell(n.hosting.provider)} (${c(n.hosting.evidence)})` : n.unknown ? "unknown" : "not recognised"
      ])
    ) : "unknown (no dns section in launchgate.yml)",
    ""
  );
  out.push("## Mail", "");
  const m = map.mail;
  if (m.unknown) out.push(`Lookups that failed: ${unknown(m.unknown)}`, "");
  out.push(
    table(
      ["What", "Found"],
      [
        ["MX", list(m.mx)],
        [
          "Receives with",
          m.receiving.map((r) => `${escapeCell(r.provider)} (${c(r.evidence)})`).join(", ") || "not recognised"
        ],
        ["SPF", m.spf ? c(m.spf) : "none"],
        [
          "Sends with",
          m.sending.map((r) => `${escapeCell(r.provider)} (${c(r.evidence)})`).join(", ") || "not recognised"
        ],
        ["DKIM selectors found", list(m.dkimSelectors)],
        ["DMARC policy", m.dmarc ? c(m.dmarc.policy ?? "(none)") : "no DMARC record"],
        ["DMARC reports go to", m.dmarc ? list(m.dmarc.rua) : "\u2014"]
      ]
    ),
    ""
  );
  out.push("## Certificates", "");
  out.push(
    map.certificates.length ? table(
      ["Host", "Issuer", "Expires", "Days left", "Trusted", "http:// answers", "https:// answers"],
      map.certificates.map(
        (x) => x.unknown ? [c(x.host), unknown(x.unknown), "", "", "", hop(x.redirects?.http), hop(x.redirects?.https)] : [
          c(x.host),
          escapeCell(x.issuer ?? "?"),
          x.validTo ?? "",
          String(x.daysLeft ?? ""),
          x.trusted ? "yes" : "no",
          hop(x.redirects?.http),
          hop(x.redirects?.https)
        ]
      )
    ) : "No HTTPS hosts configured (dns.https, dns.canonical-host).",
    ""
  );
  out.push("## Environments", "", "Names only: the map never holds a secret value.", "");
  const e = map.environments;
  if (e.workflowsUnknown) out.push(`Workflows: ${unknown(e.workflowsUnknown)}`, "");
  out.push(
    e.uses.length ? table(
      ["Workflow", "Job", "Environment", "Secrets", "Variables"],
      e.uses.map((u) => [
        c(u.workflow),
        c(u.job),
        u.environment ? c(u.environment) : "\u2014",
        list(u.secrets),
        list(u.vars)
      ])
    ) : "No workflow job reads a secret or variable.",
    ""
  );
  out.push(
    e.githubUnknown ? `GitHub environments: ${unknown(e.githubUnknown)}` : e.github.length ? table(
      ["GitHub environment", "Secrets", "Variables"],
      e.github.map((g) => [
        c(g.name),
        g.unknown ? unknown(g.unknown) : list(g.secrets ?? []),
        g.unknown ? "" : list(g.vars ?? [])
      ])
    ) : "GitHub environments: none defined.",
    ""
  );
  out.push("## Release checks", "");
  out.push(`Gates configured: ${list(map.releaseChecks.gates)}.`, "");
  out.push(
    map.releaseChecks.workflows.length ? table(
      ["Workflow running launchgate", "On", "Schedule"],
      map.releaseChecks.workflows.map((w) => [c(w.file), list(w.events), list(w.schedules)])
    ) : "No workflow runs launchgate.",
    ""
  );
  const up = map.releaseChecks.uptime;
  out.push(
    `Uptime: ${up.schedules.length ? `scheduled ${list(up.schedules)}` : "no scheduled run"}; alert: ${escapeCell(up.alert)}.`,
    ""
  );
  out.push("## Deploy and rollback", "");
  out.push(
    map.deploy.length ? table(
      ["Role", "Workflow", "Job", "On", "Environment"],
      map.deploy.map((d) => [
        d.role,
        c(d.workflow),
        c(d.job),
        list(d.events),
        d.environment ? c(d.environment) : "\u2014"
      ])
    ) : "None found: write one.",
    ""
  );
  out.push("## Owners", "");
  out.push(
    table(
      ["Role", "Owner"],
      Object.entries(map.owners).map(([role, who]) => [role, who ? c(who) : "**missing**"])
    ),
    ""
  );
  return out.join("\n");
}
function changesMarkdown(changes) {
  if (!changes.length) return "## Changes since the last map\n\nNothing changed.";
  return `## Changes since the last map

${changes.map((ch) => `- **${ch.kind}** ${escapeCell(ch.text)}`).join("\n")}`;
}
function launchMapJson(map) {
  return JSON.stringify(map, null, 2) + "\n";
}

export {
  launchMapMarkdown,
  rawMarkdown,
  changesMarkdown,
  launchMapJson
};
