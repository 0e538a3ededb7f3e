import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  combineReports,
  overviewMarkdown,
  runConfig
} from "../shared/chunk-BMMLJUUS.js";
import {
  CHECKS
} from "../shared/chunk-3GS7WYP6.js";
import {
  impactsOf,
  topFixes,
  topFixesMarkdown
} from "../shared/chunk-CZ3CJCDA.js";
import {
  loadConfig
} from "../shared/chunk-T7COQQE4.js";
import "../shared/chunk-TGZA7IUD.js";
import "../shared/chunk-3VIRBBWJ.js";
import "../shared/chunk-XKTGZ325.js";
import "../shared/chunk-32NTKJ4G.js";
import "../shared/chunk-DFROXESS.js";
import "../shared/chunk-TKMGLBGI.js";
import "../shared/chunk-SZ6PHTMO.js";
import "../shared/chunk-VJHTZG3O.js";
import "../shared/chunk-DXK3HLOF.js";
import "../shared/chunk-3MGFZVD4.js";
import "../shared/chunk-HWAZG4DL.js";
import "../shared/chunk-DDEOVENK.js";
import "../shared/chunk-VG7RYU63.js";
import "../shared/chunk-YB2NSLZK.js";
import "../shared/chunk-NIFEQW4C.js";
import "../shared/chunk-64KNUJAW.js";
import "../shared/chunk-HQOJW264.js";
import "../shared/chunk-UC5Q3KIK.js";
import "../shared/chunk-SBOPSLHH.js";
import "../shared/chunk-BYUFD6SG.js";
import "../shared/chunk-IZSMAHAY.js";
import "../shared/chunk-EYPTBNW2.js";
import "../shared/chunk-EINRAVC3.js";
import "../shared/chunk-O2NPYISY.js";
import "../shared/chunk-VXDB7T7T.js";
import "../shared/chunk-P224PUG6.js";
import "../shared/chunk-ZUFQHJAI.js";
import "../shared/chunk-FON7DSZJ.js";
import "../shared/chunk-MYRYNTSF.js";
import "../shared/chunk-XJ7Y7GIU.js";
import "../shared/chunk-TPSHQTVP.js";
import "../shared/chunk-72I7UR5T.js";
import "../shared/chunk-IJEZSMNN.js";
import "../shared/chunk-E3YV7GN6.js";
import "../shared/chunk-3ROBTW4Y.js";
import "../shared/chunk-M7BUO5DP.js";
import "../shared/chunk-74U225BG.js";
import {
  annotate,
  failStep
} from "../shared/chunk-YTIK7CSH.js";
import {
  readEvent,
  writeFileNoFollow,
  writeJsonReport
} from "../shared/chunk-OW3T3T5C.js";
import {
  hostServices,
  sanitizeLogText
} from "../shared/chunk-4S7HIEKG.js";
import {
  endGroup,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary
} from "../shared/chunk-FGZYWXOD.js";
import "../shared/chunk-BILREZR4.js";
import {
  SecretRegistry
} from "../shared/chunk-2TI3BDV6.js";
import "../shared/chunk-MJ7T7JTD.js";
import {
  bool,
  list,
  parseInputs,
  text
} from "../shared/chunk-FWQDJEAF.js";
import "../shared/chunk-T5YKWYUI.js";
import {
  bySeverity,
  reportMarkdown,
  truncateForSummary
} from "../shared/chunk-DLCS5LTK.js";
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
    const config = loadConfig(path.resolve(workspace, inputs.config), CHECKS, inputs.config, { deferErrors: true });
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
    const overview = overviewMarkdown(
      done.map((d) => d.report),
      inputs.config
    );
    const note = left ? `> ${left} finding(s) were not annotated (GitHub's per-step limits); every finding is listed below.
` : "";
    const markdown = secrets.redact(
      [overview, note, fixes, ...done.map((d) => reportMarkdown(d.report, { heading: 2 }))].filter(Boolean).join("\n")
    );
    const combined = combineReports(inputs.config, done);
    const result = combined.result;
    const reportPath = writeJsonReport("launchgate", combined);
    setOutput("result", result);
    setOutput("report", reportPath);
    const mapMarkdown = inputs.map ? await writeLaunchMap(path.resolve(workspace, inputs.config), inputs.config, secrets) : "";
    if (process.env.GITHUB_STEP_SUMMARY) {
      await summary.addRaw(truncateForSummary(markdown + (mapMarkdown ? `
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
  const { buildLaunchMap } = await import("../shared/build-FTRF5UF2.js");
  const { launchMapJson, launchMapMarkdown } = await import("../shared/render-YEXKDPDB.js");
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
