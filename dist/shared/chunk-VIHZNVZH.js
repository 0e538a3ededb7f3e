import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  NotImplementedError,
  bool,
  defineCheck,
  integer,
  list,
  text
} from "./chunk-RBMAZSO5.js";

// src/checks/smoke-test/index.ts
var smokeTest = defineCheck({
  name: "smoke-test",
  section: "smoke",
  title: "launchgate smoke test",
  description: "After a deploy, proves the home page loads, login works and a critical workflow completes in time.",
  branding: { icon: "activity", color: "green" },
  inputs: {
    "base-url": text("Base URL of the deployed app (required unless the flow file sets base-url)."),
    flows: text("YAML flow file.", ".github/smoke.yml"),
    urls: list("Quick checks, one URL per line: each must answer 2xx, or 3xx to the same site."),
    "timeout-ms": integer("Timeout of each request in milliseconds.", "10000", 1, 6e5),
    retries: integer("Retries per request on network errors and 5xx, with exponential backoff and jitter.", "2", 0, 10),
    "wait-for-ready": integer("Seconds to poll base-url until it answers before the flows start.", "0", 0, 3600),
    "ca-file": text("PEM file of an extra CA to trust (private or test CA)."),
    "alert-after": integer("Consecutive failed runs before an outage alert is raised.", "1", 1, 100),
    "alert-issue": bool("On schedule, open (and later close) one GitHub issue labelled launchgate-outage when alert-after is reached.", "false"),
    "recheck-after-s": integer("When a run fails, wait this long and run the failing flows once more before failing.", "0", 0, 600)
  },
  outputs: {
    passed: { description: "Number of passing steps." },
    failed: { description: "Number of failing steps." },
    "duration-ms": { description: "Total time of all flows in milliseconds." }
  },
  async run() {
    throw new NotImplementedError("smoke-test");
  }
});

export {
  smokeTest
};
