import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  code,
  neutralizeMarkdown,
  titleWithoutStop
} from "./chunk-DLCS5LTK.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/impact.ts
init_define_LAUNCHGATE_GATES();
var inertText = (text) => neutralizeMarkdown(
  text.replace(/\s+/g, " ").replace(/`/g, "'").replace(/[\\*_]/g, (c) => `\\${c}`)
);
var IMPACT_CLASSES = ["access", "data", "delivery", "speed", "hygiene"];
var REACHES = ["everyone", "some", "few"];
function impactsOf(defs) {
  return Object.fromEntries(defs.map((d) => [d.name, d.impact]));
}
var UNCLASSIFIED = { default: "hygiene" };
function ruleImpact(spec, ruleId) {
  const s = spec ?? UNCLASSIFIED;
  const rules = s.byRule ?? {};
  let hit = rules[ruleId];
  if (hit === void 0) {
    let best = -1;
    for (const [key, value] of Object.entries(rules))
      if (key.endsWith("*") && ruleId.startsWith(key.slice(0, -1)) && key.length > best) {
        best = key.length;
        hit = value;
      }
  }
  const rule = hit === void 0 ? { class: s.default } : typeof hit === "string" ? { class: hit } : hit;
  return { class: rule.class, reach: rule.reach ?? s.reach ?? "some", fix: rule.fix ?? s.fix };
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function ownFix(f) {
  const at = f.message.lastIndexOf("Fix: ");
  return at >= 0 ? oneLine(f.message.slice(at + 5)) : void 0;
}
function oneLine(text, max = 200) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function topFixes(reports, impacts, n = 5) {
  const all = [];
  const seen = /* @__PURE__ */ new Map();
  for (const report of reports)
    for (const f of report.findings) {
      if (f.severity === "notice") continue;
      const key = `${report.check}\0${f.ruleId}\0${f.severity}`;
      const same = seen.get(key);
      if (same) {
        same.count++;
        continue;
      }
      const impact = ruleImpact(impacts[report.check], f.ruleId);
      const location = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : void 0;
      const entry = {
        check: report.check,
        ruleId: f.ruleId,
        severity: f.severity,
        impact: impact.class,
        reach: impact.reach,
        title: oneLine(titleWithoutStop(f.title), 120),
        location,
        fix: ownFix(f) ?? (impact.fix ? oneLine(impact.fix) : oneLine(f.message)),
        order: all.length,
        count: 1
      };
      seen.set(key, entry);
      all.push(entry);
    }
  return all.sort(
    (a, b) => IMPACT_CLASSES.indexOf(a.impact) - IMPACT_CLASSES.indexOf(b.impact) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || REACHES.indexOf(a.reach) - REACHES.indexOf(b.reach) || a.order - b.order
  ).slice(0, n).map(({ order: _order, count, ...fix }) => ({
    ...fix,
    location: count > 1 ? `${fix.location ?? "one place"} and ${count - 1} more` : fix.location
  }));
}
function topFixesMarkdown(fixes, heading = 2) {
  const h = "#".repeat(heading);
  if (fixes.length === 0) return `${h} Top fixes

Nothing to fix: no gate reported an error or a warning.
`;
  const lines = fixes.map(
    (f, i) => `${i + 1}. **${f.impact}** \xB7 ${f.severity} \xB7 ${f.check} ${code(f.ruleId)}${f.location ? ` at ${code(f.location)}` : ""}: ${inertText(f.title)}. Fix: ${code(f.fix)}`
  );
  return `${h} Top ${fixes.length} fix${fixes.length === 1 ? "" : "es"}

Ranked by impact (access, data, delivery, speed, hygiene), then severity, then how many users it touches.

${lines.join("\n")}
`;
}
function topFixesText(fixes) {
  if (fixes.length === 0) return "Top fixes: none (no gate reported an error or a warning).";
  return [
    `Top ${fixes.length} fix${fixes.length === 1 ? "" : "es"} (by impact, then severity, then users touched):`,
    ...fixes.map(
      (f, i) => `  ${i + 1}. [${f.impact}] ${f.severity} ${f.check}/${f.ruleId}${f.location ? ` at ${f.location}` : ""}: ${f.title}
     fix: ${f.fix}`
    )
  ].join("\n");
}

export {
  impactsOf,
  topFixes,
  topFixesMarkdown,
  topFixesText
};
