import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  FORMATS,
  overviewTable,
  render
} from "./chunk-FUOIPBNP.js";
import {
  combineReports,
  overviewMarkdown,
  runConfig
} from "./chunk-BMMLJUUS.js";
import {
  impactsOf,
  topFixes,
  topFixesMarkdown,
  topFixesText
} from "./chunk-CZ3CJCDA.js";
import {
  VERSION
} from "./chunk-3VIRBBWJ.js";
import {
  readEvent,
  writeFileNoFollow
} from "./chunk-OW3T3T5C.js";
import {
  executeCheck,
  hostServices,
  sanitizeLogText
} from "./chunk-4S7HIEKG.js";
import {
  SecretRegistry
} from "./chunk-2TI3BDV6.js";
import {
  isCheckDefinition
} from "./chunk-MJ7T7JTD.js";
import {
  COMMON_INPUTS,
  closest
} from "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  __glob,
  define_LAUNCHGATE_GATES_default,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/cli/main.ts
init_define_LAUNCHGATE_GATES();
import { mkdirSync } from "node:fs";
import path from "node:path";

// src/hosts/gates.ts
init_define_LAUNCHGATE_GATES();
async function gateSummaries() {
  if (typeof define_LAUNCHGATE_GATES_default !== "undefined") return define_LAUNCHGATE_GATES_default;
  return (await loadRegistry()).CHECKS.map((c) => ({ name: c.name, section: c.section }));
}
function loadRegistry() {
  return import("./registry-KFHJTVWX.js");
}

// src/cli/load-gate.ts
init_define_LAUNCHGATE_GATES();

// import("../checks/**/*/index.ts") in src/cli/load-gate.ts
var globImport_checks_index_ts = __glob({
  "../checks/bundle-budget/index.ts": () => import("./bundle-budget-LW25I3TH.js"),
  "../checks/dns-check/index.ts": () => import("./dns-check-VBSSGWUV.js"),
  "../checks/latency-budget/index.ts": () => import("./latency-budget-DSFAXXXS.js"),
  "../checks/migration-check/index.ts": () => import("./migration-check-PVEFMUGW.js"),
  "../checks/migration-check/rules/index.ts": () => import("./rules-VYWNH4UJ.js"),
  "../checks/secret-scan/index.ts": () => import("./secret-scan-LHSTGOUP.js"),
  "../checks/secret-scan/verify/index.ts": () => import("./verify-TO27MB3T.js"),
  "../checks/smoke-test/index.ts": () => import("./smoke-test-ZNZ7CSJN.js"),
  "../checks/uptime/index.ts": () => import("./uptime-JAGMNOTJ.js")
});

// src/cli/load-gate.ts
async function loadGate(name) {
  if (typeof define_LAUNCHGATE_GATES_default === "undefined") return (await loadRegistry()).checkByName(name);
  const module = await globImport_checks_index_ts(`../checks/${name}/index.ts`);
  return Object.values(module).find((v) => isCheckDefinition(v) && v.name === name);
}

// src/cli/main.ts
var usage = (gates) => `launchgate \u2014 launch-readiness gates for CI and your terminal

Usage:
  launchgate <check> [--input value ...]   run one gate with its action inputs as flags
  launchgate run [--config launchgate.yml] [--only secrets,dns] [--format text|json|markdown|sarif] [--report file.json]
  launchgate init [--force]                 write a starter launchgate.yml and workflow for this repository
  launchgate dashboard --history <dir|file.jsonl> --out <dir>   render the status page (uptime, latency p95, deploys) and badges
  launchgate map [--compare old.json]       write launch-map.md, .json and .html: names, hosting, mail, certificates, owners, risks
  launchgate demo                           start examples/ops-app and run every gate against it (npm start)
  launchgate --help | --version

Flags that take a list (--urls, --paths, \u2026) accept commas (--urls "/,/health") or repeat the flag.
Checks: ${gates.map((c) => `${c.name} (${c.section})`).join(", ")}
Run 'launchgate <check> --help' for a check's flags.
Exit codes: 0 pass, 1 a gate failed, 2 usage or configuration error.`;
var RUN_USAGE = `launchgate run \u2014 every gate configured in launchgate.yml, one report

Usage: launchgate run [--config launchgate.yml] [--only secrets,dns] [--format text|json|markdown|sarif] [--report file.json]
  --config   the config file (default: launchgate.yml in this directory)
  --only     the sections to run, comma-separated (default: all configured)
  --format   text (default), json, markdown or sarif, on stdout
  --report   also write the combined JSON report to this file
Exit codes: 0 pass, 1 a gate failed, 2 usage or configuration error.`;
var INIT_USAGE = `launchgate init \u2014 write a starter launchgate.yml and .github/workflows/launchgate.yml

Usage: launchgate init [--force]
  --force   replace files that already exist
It enables the gates that run as written (secret scan, and migrations when it finds some) and writes the
smoke, latency and DNS sections commented out, for your URLs and domain.`;
var DEMO_USAGE = `launchgate demo \u2014 start examples/ops-app on 127.0.0.1 and run every gate against it (npm start)

Usage: launchgate demo
It builds a small git history with a planted fake AWS key, runs the five gates, prints the report and writes
launchgate-report.html here. It exits 0 when the demo behaves as designed: the key found, every other gate passing.`;
var wantsHelp = (args) => args.includes("--help") || args.includes("-h");
function splitListFlag(value) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const ch of value) {
    if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    if ((ch === "," || ch === "\n") && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
function listFlagsToLines(flags, specs) {
  const out = {};
  for (const [name, values] of Object.entries(flags)) {
    const isList = specs[name]?.accepted === "one value per line";
    out[name] = isList ? values.flatMap(splitListFlag).join("\n") : values[values.length - 1];
  }
  return out;
}
function parseFlags(args, known, context, rules = {}) {
  const all = parseRepeatedFlags(args, known, context, rules);
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v[v.length - 1]]));
}
function parseRepeatedFlags(args, known, context, rules = {}) {
  const flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--"))
      throw new UserError(`Unexpected argument '${arg}' for ${context}; flags look like --name value.`);
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
      if (next === void 0 || next.startsWith("--")) {
        if (!rules.switches?.includes(name)) {
          const accepted = rules.accepted?.(name);
          throw new UserError(
            `Flag --${name} of ${context} needs a value${accepted ? ` (${accepted})` : ""}, as in --${name} <value>${next === void 0 ? "" : `; the next argument, ${next.split("=")[0]}, is a flag`}.`
          );
        }
        value = "true";
      } else {
        value = next;
        i++;
      }
    }
    (flags[name] ??= []).push(value);
  }
  return flags;
}
function checkHelp(check) {
  const lines = [`launchgate ${check.name} \u2014 ${check.description}`, "", "Flags (the action inputs):"];
  for (const [input, spec] of Object.entries({ ...check.inputs, ...COMMON_INPUTS })) {
    const def = cliDefault(spec.default);
    lines.push(
      `  --${input}${def ? ` (default: ${def})` : ""}${spec.required ? " (required)" : ""}
      ${spec.description}`
    );
  }
  return lines.join("\n");
}
function cliDefault(def) {
  if (/^\$\{\{\s*github\.token\s*\}\}$/.test(def)) return "env GITHUB_TOKEN";
  return def.startsWith("${{") ? "" : def;
}
function formatFlag(value) {
  const format = value ?? "text";
  if (!FORMATS.includes(format)) throw new UserError(`--format got '${format}'; accepted: ${FORMATS.join(", ")}.`);
  return format;
}
async function cli(argv, io) {
  const secrets = new SecretRegistry();
  try {
    const [command, ...rest] = argv;
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.out(usage(await gateSummaries()));
      return command ? 0 : 2;
    }
    if (command === "--version") {
      io.out(`launchgate ${VERSION}`);
      return 0;
    }
    if (command === "run") {
      if (wantsHelp(rest)) return io.out(RUN_USAGE), 0;
      return await runCommand(rest, io, secrets);
    }
    if (command === "map") {
      const { MAP_USAGE, runMapCommand } = await import("./command-GRHWD6Y5.js");
      if (wantsHelp(rest)) return io.out(MAP_USAGE), 0;
      const flags2 = parseFlags(rest, ["config", "out", "compare", "report"], "'launchgate map'");
      const token = io.env.GITHUB_TOKEN ?? "";
      const github = token ? hostServices(io.env, secrets).github(token) : void 0;
      return await runMapCommand(flags2, {
        out: (t) => io.out(sanitizeLogText(secrets.redact(t))),
        err: (t) => io.err(sanitizeLogText(secrets.redact(t))),
        cwd: io.cwd,
        checks: (await loadRegistry()).CHECKS,
        github,
        githubMissing: github ? void 0 : "set GITHUB_TOKEN and GITHUB_REPOSITORY to read them",
        writeFile: (file, text) => writeFileNoFollow(file, secrets.redact(text))
      });
    }
    if (command === "demo") {
      if (wantsHelp(rest)) return io.out(DEMO_USAGE), 0;
      parseFlags(rest, [], "'launchgate demo'");
      return await (await import("./demo-F3FE7WFT.js")).runDemo(io);
    }
    if (command === "init") {
      if (wantsHelp(rest)) return io.out(INIT_USAGE), 0;
      return (await import("./init-3HZ37F3R.js")).runInit(
        parseFlags(rest, ["force"], "'launchgate init'", { switches: ["force"] }),
        io
      );
    }
    if (command === "dashboard")
      return (await import("./dashboard-command-MZIGGQNE.js")).dashboardCommand(
        parseFlags(
          rest,
          ["history", "out", "title", "alert-after", "slow-ms", "slow-after", "now", "help"],
          "'launchgate dashboard'",
          { switches: ["help"] }
        ),
        io
      );
    const gates = await gateSummaries();
    const gate = gates.find((g) => g.name === command || g.section === command);
    const check = gate && await loadGate(gate.name);
    if (!check) {
      const hint = closest(command, [
        ...gates.flatMap((c) => [c.name, c.section]),
        "run",
        "init",
        "demo",
        "dashboard",
        "map"
      ]);
      throw new UserError(
        `Unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ""}. Run 'launchgate --help' for the commands.`
      );
    }
    if (wantsHelp(rest)) {
      io.out(checkHelp(check));
      return 0;
    }
    const specs = { ...check.inputs, ...COMMON_INPUTS };
    const known = [...Object.keys(specs), "format"];
    const flags = listFlagsToLines(
      parseRepeatedFlags(rest, known, `'launchgate ${check.name}'`, {
        // A true/false input may stand alone (`--pr-comment` is `--pr-comment true`).
        switches: Object.keys(specs).filter((n) => specs[n].accepted === "true or false"),
        accepted: (n) => n === "format" ? FORMATS.join(", ") : specs[n]?.accepted
      }),
      specs
    );
    const format = formatFlag(flags.format);
    delete flags.format;
    const log = {
      info: (m) => io.err(sanitizeLogText(secrets.redact(m))),
      warning: (m) => io.err(sanitizeLogText(`warning: ${secrets.redact(m)}`)),
      debug: () => {
      }
    };
    const done = await executeCheck(check, {
      raw: flags,
      where: (name) => `Flag --${name}`,
      baseDir: io.cwd,
      env: io.env,
      event: readEvent(io.env),
      log,
      secrets,
      inActions: false,
      services: hostServices(io.env, secrets)
    });
    const rendered = secrets.redact(render([done], format));
    io.out(format === "text" || format === "markdown" ? sanitizeLogText(rendered) : rendered);
    return done.report.result === "fail" ? 1 : 0;
  } catch (err) {
    io.err(sanitizeLogText(`launchgate: ${secrets.redact(errorMessage(err))}`));
    return err instanceof UserError ? 2 : 1;
  }
}
async function runCommand(args, io, secrets) {
  const flags = parseFlags(args, ["config", "only", "format", "report"], "'launchgate run'", {
    accepted: (n) => n === "format" ? FORMATS.join(", ") : void 0
  });
  const format = formatFlag(flags.format);
  const configName = flags.config ?? "launchgate.yml";
  const configPath = path.resolve(io.cwd, configName);
  const { CHECKS, checkByName } = await loadRegistry();
  const { loadConfig } = await import("./config-VHTSNVWY.js");
  const config = loadConfig(configPath, CHECKS, configName, { deferErrors: true });
  const only = flags.only ? flags.only.split(",").map((s) => s.trim()).filter(Boolean) : void 0;
  const running = /* @__PURE__ */ new Set();
  const raw = io.errRaw ?? ((text) => void process.stderr.write(text));
  const clearLine = () => {
    if (io.isTTY) raw("\r\x1B[2K");
  };
  const progress = () => {
    if (io.isTTY) raw(`\r\x1B[2Krunning: ${[...running].join(", ") || "done"}`);
  };
  const done = await runConfig(config, {
    only,
    env: io.env,
    event: readEvent(io.env),
    secrets,
    inActions: false,
    services: hostServices(io.env, secrets),
    onStart: (c) => {
      running.add(c);
      progress();
    },
    onDone: (d) => {
      running.delete(checkByName(d.report.check)?.section ?? d.report.check);
      progress();
    },
    onLog: (check, lines) => {
      if (!lines.length) return;
      clearLine();
      io.err(sanitizeLogText(lines.map((l) => `[${check}] ${l}`).join("\n")));
      progress();
    }
  });
  clearLine();
  const combined = combineReports(config.file, done);
  if (flags.report) {
    const reportPath = path.resolve(io.cwd, flags.report);
    mkdirSync(path.dirname(reportPath), { recursive: true });
    writeFileNoFollow(reportPath, JSON.stringify(combined, null, 2) + "\n");
  }
  const fixes = topFixes(
    done.map((d) => d.report),
    impactsOf(CHECKS)
  );
  if (format === "text")
    io.out(
      sanitizeLogText(secrets.redact(`${topFixesText(fixes)}

${render(done, "text")}

${overviewTable(done)}`))
    );
  else if (format === "markdown")
    io.out(
      sanitizeLogText(
        secrets.redact(
          `${overviewMarkdown(
            done.map((d) => d.report),
            config.file
          )}
${topFixesMarkdown(fixes)}
${render(done, format)}`
        )
      )
    );
  else io.out(secrets.redact(render(done, format, config.file)));
  return combined.result === "fail" ? 1 : 0;
}
export {
  cli,
  cliDefault,
  splitListFlag,
  usage
};
