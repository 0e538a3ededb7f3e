import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  actionLogger,
  annotate
} from "../shared/chunk-HW25BSMI.js";
import {
  CHECKS,
  loadConfig,
  runConfig
} from "../shared/chunk-J7UXSKXT.js";
import "../shared/chunk-77AGKAJ3.js";
import "../shared/chunk-3TIPXZF4.js";
import "../shared/chunk-VUSNMYGE.js";
import "../shared/chunk-MI4DQ7BL.js";
import "../shared/chunk-EZYI3FFB.js";
import "../shared/chunk-OABTON6I.js";
import "../shared/chunk-IZBHTE4P.js";
import "../shared/chunk-ZEFXN3HR.js";
import "../shared/chunk-MVZ4J7NE.js";
import {
  SecretRegistry,
  UserError,
  bySeverity,
  endGroup,
  errorMessage,
  getInput,
  info,
  list,
  parseInputs,
  readEvent,
  reportMarkdown,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  text,
  truncateForSummary,
  writeJsonReport
} from "../shared/chunk-J37DTVOO.js";
import "../shared/chunk-ITIM5DDX.js";

// src/core/main-action.ts
import path from "node:path";
var MAIN_INPUTS = {
  config: text("launchgate.yml with one section per check.", "launchgate.yml"),
  checks: list(
    "Checks to run, comma-separated section names (secrets, smoke, latency, migrations, dns), or all.",
    "all",
    "comma"
  )
};
async function runMainAction() {
  const secrets = new SecretRegistry();
  secrets.onAdd((v) => setSecret(v));
  try {
    const inputs = parseInputs(
      MAIN_INPUTS,
      { config: getInput("config"), checks: getInput("checks") },
      (n) => `Input '${n}'`
    );
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const config = loadConfig(path.resolve(workspace, inputs.config), CHECKS, inputs.config);
    const only = inputs.checks.includes("all") ? void 0 : inputs.checks;
    const done = await runConfig(config, {
      only,
      env: process.env,
      event: readEvent(),
      secrets,
      inActions: true,
      onLog: (check, lines) => {
        if (lines.length === 0) return;
        startGroup(`launchgate ${check}`);
        for (const l of lines) info(l);
        endGroup();
      }
    });
    const all = done.flatMap(
      (d) => d.report.findings.map(
        (f) => f.file ? { ...f, file: path.relative(workspace, path.resolve(d.cwd, f.file)) } : f
      )
    ).sort(bySeverity);
    const left = annotate(all, workspace, workspace);
    const markdown = done.map((d) => reportMarkdown(d.report, { heading: 2 })).join("\n");
    const result = done.some((d) => d.report.result === "fail") ? "fail" : "pass";
    const reportPath = writeJsonReport("launchgate", {
      config: inputs.config,
      result,
      reports: done.map((d) => d.report)
    });
    setOutput("result", result);
    setOutput("report", reportPath);
    if (process.env.GITHUB_STEP_SUMMARY) {
      const note = left ? `> ${left} finding(s) were not annotated (GitHub's per-step limits); every finding is listed below.

` : "";
      await summary.addRaw(truncateForSummary(note + markdown)).write();
    }
    if (result === "fail")
      setFailed(
        `launchgate: ${done.filter((d) => d.report.result === "fail").map((d) => d.report.check).join(", ")} failed.`
      );
  } catch (err) {
    if (!(err instanceof UserError)) actionLogger.debug(err instanceof Error && err.stack ? err.stack : String(err));
    setFailed(secrets.redact(errorMessage(err)));
  }
}

// src/actions/main.ts
await runMainAction();
