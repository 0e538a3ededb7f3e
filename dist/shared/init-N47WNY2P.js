import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS
} from "./chunk-4EW7X5J7.js";
import "./chunk-N4UFMZ4P.js";
import "./chunk-46TX5R7Z.js";
import "./chunk-LXIZBHBC.js";
import "./chunk-NBHDHJKL.js";
import "./chunk-CSPRTRIV.js";
import "./chunk-HS7PNFP5.js";
import "./chunk-QL7ERZ33.js";
import "./chunk-JQKGKFI6.js";
import "./chunk-5KVXQQFD.js";
import "./chunk-YFTASVIK.js";
import "./chunk-IECWWCNW.js";
import "./chunk-DZSQ2GNV.js";
import "./chunk-V5DM6DG7.js";
import "./chunk-OURMOYTS.js";
import "./chunk-SCOKDKLF.js";
import "./chunk-MP7QXNYR.js";
import "./chunk-5B5BFPD2.js";
import "./chunk-EAHPUWOT.js";
import "./chunk-TVYVNFBQ.js";
import {
  require_dist
} from "./chunk-3PNGOSCQ.js";
import "./chunk-X7YZQBMX.js";
import "./chunk-HSSO2BYN.js";
import "./chunk-3SQOOG6E.js";
import {
  UserError
} from "./chunk-Q3S2AIDP.js";
import "./chunk-BRXJLU2M.js";
import {
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-OS5SADBN.js";

// src/cli/init.ts
init_define_LAUNCHGATE_GATES();
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
var WORKFLOW = `# Written by \`launchgate init\`: every gate of launchgate.yml in one step.
name: launchgate
on:
  pull_request:
  push:
    branches: [main]
  schedule:
    - cron: '17 6 * * *'
permissions:
  contents: read
  pull-requests: write
jobs:
  launchgate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
      - uses: launchgate/launchgate@v1
        with:
          config: launchgate.yml
        env:
          SMOKE_PASSWORD: \${{ secrets.SMOKE_PASSWORD }}
`;
function runInit(flags, io) {
  const force = flags.force === "true";
  const configFile = path.join(io.cwd, "launchgate.yml");
  const workflowFile = path.join(io.cwd, ".github", "workflows", "launchgate.yml");
  for (const f of [configFile, workflowFile]) {
    if (existsSync(f) && !force)
      throw new UserError(`${path.relative(io.cwd, f)} already exists; run 'launchgate init --force' to replace it.`);
  }
  let scripts = {};
  try {
    scripts = JSON.parse(readFileSync(path.join(io.cwd, "package.json"), "utf8")).scripts ?? {};
  } catch {
    scripts = {};
  }
  const found = [];
  const config = {};
  const todo = {};
  for (const check of CHECKS) {
    const section = check.starter?.({ cwd: io.cwd, scripts });
    if (!section) continue;
    (section.needsUserValues ? todo : config)[check.section] = section.values;
    found.push(...section.found ?? []);
  }
  const todoNames = Object.keys(todo);
  const commented = todoNames.length ? "\n# The gates below need your values: uncomment a section and replace the example values.\n" + (0, import_yaml.stringify)(todo, { lineWidth: 0 }).trimEnd().split("\n").map((l) => `# ${l}`).join("\n") + "\n" : "";
  const header = "# launchgate.yml, written by `launchgate init`: one section per gate, whose keys are that action's inputs.\n# Run it with `launchgate run` (or `node dist/cli/index.js run` from a launchgate checkout).\n";
  const body = header + (0, import_yaml.stringify)(config, { lineWidth: 0 }) + commented;
  writeFileSync(configFile, body);
  mkdirSync(path.dirname(workflowFile), { recursive: true });
  writeFileSync(workflowFile, WORKFLOW);
  io.out(
    `Wrote launchgate.yml and .github/workflows/launchgate.yml.${found.length ? `
Found: ${found.join("; ")}.` : ""}${todoNames.length ? `
The ${todoNames.join(", ")} sections are commented out until you fill in your values.` : ""}`
  );
  return 0;
}
export {
  runInit
};
