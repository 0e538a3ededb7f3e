import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  combineReports,
  runConfig
} from "../shared/chunk-2FCBS23U.js";
import {
  CHECKS
} from "../shared/chunk-H6IZGQZA.js";
import {
  impactsOf,
  topFixes,
  topFixesMarkdown
} from "../shared/chunk-UF4AHGUY.js";
import {
  loadConfig
} from "../shared/chunk-NTGQTPN2.js";
import "../shared/chunk-Y3BOXR3U.js";
import "../shared/chunk-UT4UKEQE.js";
import "../shared/chunk-XP6JBGKD.js";
import "../shared/chunk-JL6ZM7GX.js";
import "../shared/chunk-FZU6WKV3.js";
import "../shared/chunk-5YOWDUNG.js";
import "../shared/chunk-Y22U3BHL.js";
import "../shared/chunk-5ZRO7RQP.js";
import "../shared/chunk-UZ4MSQCK.js";
import "../shared/chunk-LH5I2S44.js";
import "../shared/chunk-YB2NSLZK.js";
import "../shared/chunk-NIFEQW4C.js";
import "../shared/chunk-YHJK6ZTF.js";
import "../shared/chunk-ZKXTPOLA.js";
import "../shared/chunk-UC5Q3KIK.js";
import "../shared/chunk-RTOTGCNC.js";
import "../shared/chunk-BYUFD6SG.js";
import "../shared/chunk-IZSMAHAY.js";
import "../shared/chunk-EYPTBNW2.js";
import "../shared/chunk-AIX3QS2E.js";
import "../shared/chunk-5NXXYVII.js";
import "../shared/chunk-VEERTSOR.js";
import "../shared/chunk-P224PUG6.js";
import "../shared/chunk-HL3X6RZY.js";
import "../shared/chunk-ZXIOTY4J.js";
import "../shared/chunk-FVKKUKPZ.js";
import "../shared/chunk-A3IYZFCJ.js";
import "../shared/chunk-NQ5CMLVZ.js";
import "../shared/chunk-72I7UR5T.js";
import "../shared/chunk-IJEZSMNN.js";
import "../shared/chunk-E3YV7GN6.js";
import "../shared/chunk-3ROBTW4Y.js";
import "../shared/chunk-JNS5TNZD.js";
import "../shared/chunk-74U225BG.js";
import {
  annotate,
  failStep
} from "../shared/chunk-Q2RXL7TC.js";
import {
  readEvent,
  writeFileNoFollow,
  writeJsonReport
} from "../shared/chunk-OW3T3T5C.js";
import {
  hostServices,
  sanitizeLogText
} from "../shared/chunk-5RRDV6YP.js";
import {
  endGroup,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary
} from "../shared/chunk-FE7EKH5K.js";
import "../shared/chunk-BILREZR4.js";
import {
  SecretRegistry
} from "../shared/chunk-CFSFGSYM.js";
import "../shared/chunk-MJ7T7JTD.js";
import {
  bool,
  list,
  parseInputs,
  text
} from "../shared/chunk-6OF2CFES.js";
import "../shared/chunk-CVLCJVI7.js";
import {
  bySeverity,
  reportMarkdown,
  truncateForSummary
} from "../shared/chunk-BXRRTBT6.js";
import "../shared/chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-WW23YH7P.js";

// src/actions/main.ts
init_define_LAUNCHGATE_GATES();

// src/hosts/main-action.ts
init_define_LAUNCHGATE_GATES();
import path from "node:path";
import { mkdtempSync } from "node:fs";
import os from "node:os";
var MAIN_INPUTS = {
  config: text("launchgate.yml with one section per check.", "launchgate.yml"),
  checks: list(
    `Checks to run, comma-separated section names (${CHECKS.map((c) => c.section).join(", ")}), or all.`,
    "all",
    "comma"
  ),
  map: bool(
    "Also write the launch map (launch-map.md, launch-map.json: names, hosting, mail, certificates, environments, owners, open risks) and put it in the job summary. GitHub environments are read when env GITHUB_TOKEN is set.",
    "false"
  )
};
async function runMainAction() {
  const secrets = new SecretRegistry();
  secrets.onAdd((v) => setSecret(v));
  try {
    const inputs = parseInputs(
      MAIN_INPUTS,
      { config: getInput("config"), checks: getInput("checks"), map: getInput("map") },
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
      services: hostServices(process.env, secrets),
      keepTempDir: true,
      onLog: (check, lines) => {
        if (lines.length === 0) return;
        startGroup(`launchgate ${check}`);
        for (const l of lines) info(sanitizeLogText(l));
        endGroup();
      }
    });
    const all = done.flatMap(
      (d) => d.report.findings.map(
        (f) => f.file ? { ...f, file: path.relative(workspace, path.resolve(d.cwd, f.file)) } : f
      )
    ).sort(bySeverity);
    const left = annotate(all, workspace, workspace);
    const fixes = topFixesMarkdown(
      topFixes(
        done.map((d) => d.report),
        impactsOf(CHECKS)
      )
    );
    const markdown = secrets.redact([fixes, ...done.map((d) => reportMarkdown(d.report, { heading: 2 }))].join("\n"));
    const combined = combineReports(inputs.config, done);
    const result = combined.result;
    const reportPath = writeJsonReport("launchgate", combined);
    setOutput("result", result);
    setOutput("report", reportPath);
    const mapMarkdown = inputs.map ? await writeLaunchMap(path.resolve(workspace, inputs.config), inputs.config, secrets) : "";
    if (process.env.GITHUB_STEP_SUMMARY) {
      const note = left ? `> ${left} finding(s) were not annotated (GitHub's per-step limits); every finding is listed below.

` : "";
      await summary.addRaw(truncateForSummary(note + markdown + (mapMarkdown ? `
${mapMarkdown}` : ""))).write();
    }
    if (result === "fail")
      setFailed(
        `launchgate: ${done.filter((d) => d.report.result === "fail").map((d) => d.report.check).join(", ")} failed.`
      );
  } catch (err) {
    failStep(err, secrets);
  }
}
async function writeLaunchMap(configPath, configName, secrets) {
  const { buildLaunchMap } = await import("../shared/build-C6DH2MIY.js");
  const { launchMapJson, launchMapMarkdown } = await import("../shared/render-46WVRYXZ.js");
  const token = process.env.GITHUB_TOKEN ?? "";
  const github = token ? hostServices(process.env, secrets).github(token) : void 0;
  const map = await buildLaunchMap({
    configPath,
    configName,
    repoDir: path.dirname(configPath),
    checks: CHECKS,
    github,
    githubMissing: "set env GITHUB_TOKEN on the step to read them"
  });
  const markdown = secrets.redact(launchMapMarkdown(map).replace(/^# /m, "## "));
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), "launchgate-map-"));
  writeFileNoFollow(path.join(dir, "launch-map.md"), markdown + "\n", { exclusive: true });
  writeFileNoFollow(path.join(dir, "launch-map.json"), secrets.redact(launchMapJson(map)), { exclusive: true });
  setOutput("map", dir);
  return markdown;
}

// src/actions/main.ts
await runMainAction();
