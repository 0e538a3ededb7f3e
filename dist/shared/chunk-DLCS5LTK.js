import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/finding.ts
init_define_LAUNCHGATE_GATES();
function titleAndMessage(f) {
  return `${titleWithoutStop(f.title)}: ${f.message}`;
}
function titleWithoutStop(title) {
  return title.replace(/[.:]+\s*$/, "");
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
var RANK = { error: 0, warning: 1, notice: 2 };
function bySeverity(a, b) {
  return RANK[a.severity] - RANK[b.severity] || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0);
}
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.notices++;
  }
  return counts;
}
function verdict(findings, failOn) {
  const { errors, warnings } = countFindings(findings);
  if (failOn === "never") return "pass";
  if (errors > 0) return "fail";
  if (failOn === "warning" && warnings > 0) return "fail";
  return "pass";
}
function buildReport(check, result, failOn, durationMs) {
  const findings = [...result.findings].sort(bySeverity);
  return {
    check,
    result: verdict(findings, failOn),
    counts: countFindings(findings),
    durationMs: Math.round(durationMs),
    failOn,
    ...result,
    findings
  };
}
function formatLocation(f) {
  if (!f.file) return "";
  let loc = f.file;
  if (f.line) loc += `:${f.line}`;
  if (f.line && f.column) loc += `:${f.column}`;
  return loc;
}

// src/core/markdown.ts
init_define_LAUNCHGATE_GATES();
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function escapeCell(text) {
  return splitCodeSpans(text.replace(/\r\n|\r|\n/g, "<br>")).map((part) => (part.code ? part.raw : part.raw.replace(/\\/g, "\\\\")).replace(/\|/g, "\\|")).join("");
}
var TEXT_ESCAPES = {
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "<": "&#60;",
  ">": "&#62;",
  "|": "&#124;",
  "&": "&#38;",
  "~": "&#126;",
  $: "&#36;"
};
function escapeText(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(/[\\`*_[\]<>|&~$]/g, (c) => TEXT_ESCAPES[c]);
}
function escapeTextKeepingCode(text) {
  return splitCodeSpans(text.replace(/\r\n|\r|\n/g, " ")).map((part) => part.code ? part.raw : escapeText(part.raw)).join("");
}
function code(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\r\n|\r|\n/g, " ")}${pad}${fence}`;
}
function neutralizeMarkdown(markdown) {
  const pieces = markdown.split(/(\r\n|\r|\n)/);
  const inTable = tableLines(pieces);
  const neutral = (text) => splitCodeSpans(text).map((part) => part.code ? part.raw : inert(part.raw)).join("");
  return pieces.map(
    (piece, i) => i % 2 ? piece : inTable.has(i) ? piece.split(/((?<!\\)\|)/).map((cell, k) => k % 2 ? cell : neutral(cell)).join("") : neutral(piece)
  ).join("");
}
var DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
function tableLines(pieces) {
  const rows = /* @__PURE__ */ new Set();
  for (let i = 0; i < pieces.length; i += 2) {
    if (!DELIMITER_ROW.test(pieces[i])) continue;
    if (i >= 2 && pieces[i - 2].trim() !== "") rows.add(i - 2);
    for (; i < pieces.length && pieces[i].trim() !== ""; i += 2) rows.add(i);
  }
  return rows;
}
function splitCodeSpans(markdown) {
  const runs = [];
  for (const m of markdown.matchAll(/`+/g)) runs.push({ start: m.index, length: m[0].length });
  const byLength = /* @__PURE__ */ new Map();
  runs.forEach((r, i) => {
    const list = byLength.get(r.length);
    if (list) list.push(i);
    else byLength.set(r.length, [i]);
  });
  const nextSame = /* @__PURE__ */ new Map();
  for (const list of byLength.values()) for (let k = 0; k + 1 < list.length; k++) nextSame.set(list[k], list[k + 1]);
  const parts = [];
  const text = (raw) => raw && parts.push({ code: false, raw, content: raw });
  let pos = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.start < pos) continue;
    const close = nextSame.get(i);
    if (close === void 0) continue;
    text(markdown.slice(pos, run.start));
    const end = runs[close].start + runs[close].length;
    parts.push({
      code: true,
      raw: markdown.slice(run.start, end),
      content: markdown.slice(run.start + run.length, runs[close].start)
    });
    pos = end;
    i = close;
  }
  text(markdown.slice(pos));
  return parts;
}
function inert(text) {
  return text.replace(/&(?=(?:[a-zA-Z]\w*|#0*64|#[xX]0*40);)/g, "&amp;").replace(/<(?!\/?(?:br|pre|code|b|details|summary)>)/g, "&lt;").replace(/@(?=[\w-])/g, "@\u200B").replace(/!\[/g, "!\\[").replace(/\]\(/g, "]\\(");
}
function table(header, rows) {
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map((c) => escapeCell(String(c))).join(" | ")} |`);
  return lines.join("\n");
}
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F", pass: "\u2705", fail: "\u274C" };
function verdictLine(report) {
  const { errors, warnings, notices } = report.counts;
  return `${ICON[report.result]} **${report.check}: ${report.result.toUpperCase()}** \u2014 ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${(report.durationMs / 1e3).toFixed(1)} s (fails on: ${report.failOn})`;
}
function findingsTable(findings) {
  if (findings.length === 0) return "_No findings._";
  return table(
    ["Severity", "Rule", "Location", "Finding"],
    findings.map((f) => [
      `${ICON[f.severity]} ${f.severity}`,
      code(f.ruleId),
      escapeText(formatLocation(f) || "\u2014"),
      `**${escapeText(f.title)}** ${escapeTextKeepingCode(f.message)}${f.fingerprint ? ` (fingerprint ${code(f.fingerprint)})` : ""}`
    ])
  );
}
function reportMarkdown(report, opts = {}) {
  const h = "#".repeat(opts.heading ?? 2);
  const parts = [`${h} launchgate \xB7 ${report.check}`, verdictLine(report)];
  if (opts.notAnnotated) {
    parts.push(
      `> ${opts.notAnnotated} finding(s) were not annotated (GitHub shows at most 10 errors and 10 warnings per step); all are listed below.`
    );
  }
  for (const section of report.sections ?? []) parts.push(`${h}# ${section.title}`, section.markdown);
  parts.push(`${h}# Findings`, findingsTable(report.findings));
  return neutralizeMarkdown(parts.join("\n\n")) + "\n";
}
function truncateForSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n> The summary was cut to fit GitHub's 1 MiB limit; the JSON report has every finding.\n";
  const budget = limit - Buffer.byteLength(note) - 4;
  let cut = Buffer.from(markdown).subarray(0, budget).toString("utf8");
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  return cut + note;
}

export {
  titleAndMessage,
  titleWithoutStop,
  plural,
  bySeverity,
  buildReport,
  formatLocation,
  escapeCell,
  escapeText,
  code,
  neutralizeMarkdown,
  splitCodeSpans,
  table,
  reportMarkdown,
  truncateForSummary
};
