import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS
} from "../shared/chunk-4EW7X5J7.js";
import {
  combineReports,
  runConfig
} from "../shared/chunk-U7YLMZGQ.js";
import {
  impactsOf,
  topFixes,
  topFixesMarkdown
} from "../shared/chunk-CPNFO7ZR.js";
import {
  loadConfig
} from "../shared/chunk-CBQ5V3XA.js";
import "../shared/chunk-N4UFMZ4P.js";
import "../shared/chunk-46TX5R7Z.js";
import "../shared/chunk-LXIZBHBC.js";
import "../shared/chunk-NBHDHJKL.js";
import "../shared/chunk-CSPRTRIV.js";
import "../shared/chunk-HS7PNFP5.js";
import "../shared/chunk-QL7ERZ33.js";
import "../shared/chunk-JQKGKFI6.js";
import "../shared/chunk-5KVXQQFD.js";
import "../shared/chunk-YFTASVIK.js";
import "../shared/chunk-IECWWCNW.js";
import "../shared/chunk-DZSQ2GNV.js";
import "../shared/chunk-V5DM6DG7.js";
import "../shared/chunk-OURMOYTS.js";
import "../shared/chunk-SCOKDKLF.js";
import "../shared/chunk-MP7QXNYR.js";
import "../shared/chunk-5B5BFPD2.js";
import "../shared/chunk-EAHPUWOT.js";
import "../shared/chunk-TVYVNFBQ.js";
import "../shared/chunk-3PNGOSCQ.js";
import "../shared/chunk-X7YZQBMX.js";
import {
  annotate,
  failStep
} from "../shared/chunk-PV7EORKH.js";
import "../shared/chunk-HSSO2BYN.js";
import {
  readEvent,
  writeFileNoFollow,
  writeJsonReport
} from "../shared/chunk-VDBTPU7N.js";
import {
  hostServices,
  sanitizeLogText
} from "../shared/chunk-VIPJWMUH.js";
import {
  SecretRegistry
} from "../shared/chunk-3SQOOG6E.js";
import {
  bool,
  list,
  parseInputs,
  text
} from "../shared/chunk-Q3S2AIDP.js";
import {
  bySeverity,
  reportMarkdown,
  truncateForSummary
} from "../shared/chunk-BRXJLU2M.js";
import {
  endGroup,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary
} from "../shared/chunk-GF7M3IIJ.js";
import "../shared/chunk-QGK2EYB2.js";
import "../shared/chunk-O2PSVHBJ.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-OS5SADBN.js";

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
  const { buildLaunchMap } = await import("../shared/build-4QV66PBK.js");
  const { launchMapJson, launchMapMarkdown } = await import("../shared/render-FDQRRYWH.js");
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
