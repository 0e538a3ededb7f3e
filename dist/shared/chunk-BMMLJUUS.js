import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  prepareCheck,
  runPrepared
} from "./chunk-4S7HIEKG.js";
import {
  code,
  neutralizeMarkdown,
  table
} from "./chunk-DLCS5LTK.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/run-config.ts
init_define_LAUNCHGATE_GATES();
async function runConfig(config, opts) {
  const { sections, prepared } = prepareSections(config, opts.only, opts.secrets);
  const runOne = async (section) => {
    const lines = [];
    const log = {
      info: (m) => lines.push(m),
      warning: (m) => lines.push(`warning: ${m}`),
      debug: (m) => {
        if (opts.env.RUNNER_DEBUG === "1" || opts.env.LAUNCHGATE_DEBUG) lines.push(`debug: ${m}`);
      }
    };
    opts.onStart?.(section.check.section);
    try {
      const done = await runPrepared(
        prepared.get(section),
        {
          raw: section.raw,
          where: section.where,
          baseDir: config.dir,
          env: opts.env,
          event: opts.event,
          log,
          secrets: opts.secrets,
          inActions: opts.inActions,
          services: opts.services,
          keepTempDir: opts.keepTempDir
        },
        true
      );
      opts.onLog(
        section.check.section,
        lines.map((l) => opts.secrets.redact(l))
      );
      opts.onDone?.(done);
      return done;
    } catch (err) {
      opts.onLog(
        section.check.section,
        lines.map((l) => opts.secrets.redact(l))
      );
      throw err;
    }
  };
  const concurrent = sections.filter((s) => !s.check.runsAlone);
  const alone = sections.filter((s) => s.check.runsAlone);
  const results = await Promise.all(concurrent.map(runOne));
  for (const s of alone) results.push(await runOne(s));
  const order = sections.map((s) => s.check.name);
  return results.sort((a, b) => order.indexOf(a.report.check) - order.indexOf(b.report.check));
}
function selectSections(config, only) {
  let sections = config.sections;
  if (only && only.length > 0) {
    const names = sections.map((s) => s.check.section);
    for (const want of only) {
      if (!sections.some((s) => s.check.section === want || s.check.name === want)) {
        throw new UserError(
          `--only names '${want}', which ${config.file} does not configure (it has: ${names.join(", ") || "no sections"}).`
        );
      }
    }
    sections = sections.filter((s) => only.includes(s.check.section) || only.includes(s.check.name));
  }
  if (sections.length === 0) throw new UserError(`${config.file} configures no checks.`);
  return sections;
}
function prepareSections(config, only, secrets) {
  const prepared = /* @__PURE__ */ new Map();
  const errors = [...config.problems];
  let sections = [];
  try {
    sections = selectSections(config, only);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    errors.push(err.message);
  }
  for (const section of sections) {
    try {
      prepared.set(section, prepareCheck(section.check, section.raw, section.where, secrets));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      errors.push(...err.message.split("\n"));
    }
  }
  if (errors.length) throw new UserError(inLineOrder(config.file, errors).join("\n"));
  return { sections, prepared };
}
function inLineOrder(file, messages) {
  const lineOf = (m) => {
    if (!m.startsWith(`${file}:`)) return Infinity;
    const line = /^\d+/.exec(m.slice(file.length + 1));
    return line ? Number(line[0]) : Infinity;
  };
  return messages.map((message, index) => ({ message, index, line: lineOf(message) })).sort((a, b) => a.line - b.line || a.index - b.index).map((e) => e.message);
}
function combineReports(config, done) {
  return {
    config,
    result: done.some((d) => d.report.result === "fail") ? "fail" : "pass",
    reports: done.map((d) => d.report)
  };
}

// src/core/overview.ts
init_define_LAUNCHGATE_GATES();
function overviewRows(reports) {
  return reports.map((r) => [
    r.check,
    r.result.toUpperCase(),
    String(r.counts.errors),
    String(r.counts.warnings),
    `${(r.durationMs / 1e3).toFixed(1)} s`
  ]);
}
var HEADER = ["check", "verdict", "errors", "warnings", "duration"];
function overviewText(reports) {
  const rows = overviewRows(reports);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  return [line(HEADER), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
function overviewMarkdown(reports, config, heading = 2) {
  const failed = reports.filter((r) => r.result === "fail").length;
  const verdict = failed ? `\u274C FAIL: ${failed} of ${reports.length} gate${reports.length === 1 ? "" : "s"} failed` : `\u2705 PASS: ${reports.length} gate${reports.length === 1 ? "" : "s"} passed`;
  const rows = overviewRows(reports).map(([check, result, ...rest]) => [
    check,
    `${result === "FAIL" ? "\u274C" : "\u2705"} ${result}`,
    ...rest
  ]);
  return neutralizeMarkdown(
    `${"#".repeat(heading)} launchgate: ${verdict}

Config ${code(config)}.

${table(
      HEADER.map((h) => h[0].toUpperCase() + h.slice(1)),
      rows
    )}
`
  );
}

export {
  runConfig,
  combineReports,
  overviewText,
  overviewMarkdown
};
