import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS
} from "./chunk-3GS7WYP6.js";
import "./chunk-TGZA7IUD.js";
import "./chunk-3VIRBBWJ.js";
import "./chunk-XKTGZ325.js";
import "./chunk-32NTKJ4G.js";
import "./chunk-DFROXESS.js";
import "./chunk-TKMGLBGI.js";
import "./chunk-SZ6PHTMO.js";
import "./chunk-VJHTZG3O.js";
import "./chunk-DXK3HLOF.js";
import "./chunk-3MGFZVD4.js";
import "./chunk-HWAZG4DL.js";
import "./chunk-DDEOVENK.js";
import "./chunk-VG7RYU63.js";
import "./chunk-YB2NSLZK.js";
import "./chunk-NIFEQW4C.js";
import "./chunk-64KNUJAW.js";
import "./chunk-HQOJW264.js";
import "./chunk-UC5Q3KIK.js";
import "./chunk-SBOPSLHH.js";
import "./chunk-BYUFD6SG.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-EINRAVC3.js";
import "./chunk-O2NPYISY.js";
import "./chunk-VXDB7T7T.js";
import "./chunk-P224PUG6.js";
import "./chunk-ZUFQHJAI.js";
import "./chunk-FON7DSZJ.js";
import "./chunk-MYRYNTSF.js";
import "./chunk-XJ7Y7GIU.js";
import "./chunk-TPSHQTVP.js";
import "./chunk-72I7UR5T.js";
import "./chunk-IJEZSMNN.js";
import "./chunk-E3YV7GN6.js";
import "./chunk-3ROBTW4Y.js";
import {
  require_dist
} from "./chunk-M7BUO5DP.js";
import "./chunk-74U225BG.js";
import "./chunk-2TI3BDV6.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

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
# Read-only: launchgate.yml as init writes it posts nothing. Add \`pull-requests: write\` when you set \`pr-comment: true\`.
permissions:
  contents: read
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
        # A smoke flow that logs in reads its password from the environment; pass it as a secret once you add one:
        # env:
        #   SMOKE_PASSWORD: \${{ secrets.SMOKE_PASSWORD }}
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
