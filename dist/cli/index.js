#!/usr/bin/env node
import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS,
  checkByName,
  loadConfig,
  runConfig
} from "../shared/chunk-HT63TKUC.js";
import {
  toSarif
} from "../shared/chunk-5SVFSZSV.js";
import "../shared/chunk-WBPFWSCR.js";
import "../shared/chunk-5SJDUZ73.js";
import "../shared/chunk-UI5RLAMF.js";
import "../shared/chunk-JPJLQTHA.js";
import "../shared/chunk-QEDJWOQW.js";
import "../shared/chunk-USX7BVZD.js";
import {
  COMMON_INPUTS,
  SecretRegistry,
  UserError,
  closest,
  errorMessage,
  executeCheck,
  formatLocation,
  reportMarkdown,
  writeJsonReport
} from "../shared/chunk-6OFIJ5HX.js";
import "../shared/chunk-ITIM5DDX.js";

// src/cli/main.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/core/console.ts
function reportText(report) {
  const lines = [];
  for (const f of report.findings) {
    const loc = formatLocation(f) || "(no file)";
    lines.push(`${loc}  ${f.severity}  ${f.ruleId}  ${f.title}: ${f.message}${f.fingerprint ? `  [${f.fingerprint}]` : ""}`);
  }
  const { errors, warnings, notices } = report.counts;
  lines.push(`${report.check}: ${report.result.toUpperCase()} (${errors} errors, ${warnings} warnings, ${notices} notices, ${(report.durationMs / 1e3).toFixed(1)} s)`);
  return lines.join("\n");
}

// src/cli/main.ts
import { readFileSync } from "node:fs";
var FORMATS = ["text", "json", "markdown", "sarif"];
var USAGE = `launchgate \u2014 launch-readiness gates for CI and your terminal

Usage:
  launchgate <check> [--input value ...]   run one gate with its action inputs as flags
  launchgate run [--config launchgate.yml] [--only secrets,dns] [--format text|json|markdown|sarif]
  launchgate --help | --version

Checks: ${CHECKS.map((c) => `${c.name} (${c.section})`).join(", ")}
Run 'launchgate <check> --help' for a check's flags.
Exit codes: 0 pass, 1 a gate failed, 2 usage or configuration error.`;
function parseFlags(args, known, context) {
  const flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) throw new UserError(`Unexpected argument '${arg}' for ${context}; flags look like --name value.`);
    let name = arg.slice(2);
    let value;
    const eq = name.indexOf("=");
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (!known.includes(name)) {
      const hint = closest(name, known);
      throw new UserError(`Unknown flag --${name} for ${context}${hint ? ` (did you mean --${hint}?)` : ""}.`);
    }
    if (value === void 0) {
      const next = args[i + 1];
      if (next === void 0 || next.startsWith("--")) value = "true";
      else {
        value = next;
        i++;
      }
    }
    flags[name] = value;
  }
  return flags;
}
function localEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "local";
  let payload = {};
  if (env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH)) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  return { name, payload };
}
function checkHelp(name) {
  const check = checkByName(name);
  const lines = [`launchgate ${check.name} \u2014 ${check.description}`, "", "Flags (the action inputs):"];
  for (const [input, spec] of Object.entries({ ...check.inputs, ...COMMON_INPUTS })) {
    lines.push(`  --${input}${spec.default ? ` (default: ${spec.default})` : ""}${spec.required ? " (required)" : ""}
      ${spec.description}`);
  }
  return lines.join("\n");
}
function render(done, format) {
  const reports = done.map((d) => d.report);
  if (format === "json") return JSON.stringify(reports.length === 1 ? reports[0] : { reports }, null, 2);
  if (format === "sarif") return JSON.stringify(toSarif(reports), null, 2);
  if (format === "markdown") return reports.map((r) => reportMarkdown(r)).join("\n");
  return reports.map(reportText).join("\n\n");
}
function overviewTable(done) {
  const rows = done.map((d) => [d.report.check, d.report.result.toUpperCase(), String(d.report.counts.errors), String(d.report.counts.warnings), `${(d.report.durationMs / 1e3).toFixed(1)} s`]);
  const header = ["check", "verdict", "errors", "warnings", "duration"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
async function cli(argv, io) {
  const secrets = new SecretRegistry();
  try {
    const [command, ...rest] = argv;
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    if (command === "--version") {
      io.out("launchgate 0.1.0");
      return 0;
    }
    if (command === "run") return await runCommand(rest, io, secrets);
    const check = checkByName(command);
    if (!check) {
      const hint = closest(command, [...CHECKS.flatMap((c) => [c.name, c.section]), "run"]);
      throw new UserError(`Unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ""}. ${USAGE.split("\n").slice(2, 5).join(" ")}`);
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(checkHelp(command));
      return 0;
    }
    const known = [...Object.keys(check.inputs), ...Object.keys(COMMON_INPUTS), "format"];
    const flags = parseFlags(rest, known, `'launchgate ${check.name}'`);
    const format = flags.format ?? "text";
    if (!FORMATS.includes(format)) throw new UserError(`--format got '${format}'; accepted: ${FORMATS.join(", ")}.`);
    delete flags.format;
    const log = { info: (m) => io.err(secrets.redact(m)), warning: (m) => io.err(`warning: ${secrets.redact(m)}`), debug: () => {
    } };
    const done = await executeCheck(check, {
      raw: flags,
      where: (name) => `Flag --${name}`,
      baseDir: io.cwd,
      env: io.env,
      event: localEvent(io.env),
      log,
      secrets,
      inActions: false
    });
    writeJsonReport(check.name, done.report);
    io.out(secrets.redact(render([done], format)));
    return done.report.result === "fail" ? 1 : 0;
  } catch (err) {
    io.err(`launchgate: ${secrets.redact(errorMessage(err))}`);
    return err instanceof UserError ? 2 : 1;
  }
}
async function runCommand(args, io, secrets) {
  const flags = parseFlags(args, ["config", "only", "format", "report"], "'launchgate run'");
  const format = flags.format ?? "text";
  if (!FORMATS.includes(format)) throw new UserError(`--format got '${format}'; accepted: ${FORMATS.join(", ")}.`);
  const configName = flags.config ?? "launchgate.yml";
  const configPath = path.resolve(io.cwd, configName);
  const config = loadConfig(configPath, CHECKS, configName);
  const only = flags.only ? flags.only.split(",").map((s) => s.trim()).filter(Boolean) : void 0;
  const running = /* @__PURE__ */ new Set();
  const progress = () => {
    if (io.isTTY) process.stderr.write(`\r\x1B[2Krunning: ${[...running].join(", ") || "done"}`);
  };
  const done = await runConfig(config, {
    only,
    env: io.env,
    event: localEvent(io.env),
    secrets,
    inActions: false,
    onStart: (c) => {
      running.add(c);
      progress();
    },
    onDone: (d) => {
      running.delete(checkByName(d.report.check)?.section ?? d.report.check);
      progress();
    },
    onLog: (check, lines) => {
      if (lines.length) io.err(lines.map((l) => `[${check}] ${l}`).join("\n"));
    }
  });
  if (io.isTTY) process.stderr.write("\r\x1B[2K");
  const reportPath = flags.report ? path.resolve(io.cwd, flags.report) : void 0;
  const combined = { config: config.file, result: done.some((d) => d.report.result === "fail") ? "fail" : "pass", reports: done.map((d) => d.report) };
  if (reportPath) {
    mkdirSync(path.dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, JSON.stringify(combined, null, 2) + "\n");
  } else writeJsonReport("launchgate", combined);
  if (format === "text") io.out(secrets.redact(`${render(done, "text")}

${overviewTable(done)}`));
  else io.out(secrets.redact(render(done, format)));
  return combined.result === "fail" ? 1 : 0;
}

// src/cli/index.ts
var code = await cli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY)
});
process.exitCode = code;
