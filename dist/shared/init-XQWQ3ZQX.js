import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS
} from "./chunk-H6IZGQZA.js";
import "./chunk-Y3BOXR3U.js";
import "./chunk-UT4UKEQE.js";
import "./chunk-XP6JBGKD.js";
import "./chunk-JL6ZM7GX.js";
import "./chunk-FZU6WKV3.js";
import "./chunk-5YOWDUNG.js";
import "./chunk-Y22U3BHL.js";
import "./chunk-5ZRO7RQP.js";
import "./chunk-UZ4MSQCK.js";
import "./chunk-LH5I2S44.js";
import "./chunk-YB2NSLZK.js";
import "./chunk-NIFEQW4C.js";
import "./chunk-YHJK6ZTF.js";
import "./chunk-ZKXTPOLA.js";
import "./chunk-UC5Q3KIK.js";
import "./chunk-RTOTGCNC.js";
import "./chunk-BYUFD6SG.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-AIX3QS2E.js";
import "./chunk-5NXXYVII.js";
import "./chunk-VEERTSOR.js";
import "./chunk-P224PUG6.js";
import "./chunk-HL3X6RZY.js";
import "./chunk-ZXIOTY4J.js";
import "./chunk-FVKKUKPZ.js";
import "./chunk-A3IYZFCJ.js";
import "./chunk-NQ5CMLVZ.js";
import "./chunk-72I7UR5T.js";
import "./chunk-IJEZSMNN.js";
import "./chunk-E3YV7GN6.js";
import "./chunk-3ROBTW4Y.js";
import {
  require_dist
} from "./chunk-JNS5TNZD.js";
import "./chunk-74U225BG.js";
import "./chunk-CFSFGSYM.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-6OF2CFES.js";
import "./chunk-CVLCJVI7.js";
import "./chunk-BXRRTBT6.js";
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
