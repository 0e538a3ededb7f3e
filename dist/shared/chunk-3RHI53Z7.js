import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  NotImplementedError,
  bool,
  decimal,
  defineCheck,
  integer,
  percent,
  text
} from "./chunk-HWFMOYZC.js";

// src/checks/latency-budget/index.ts
var latencyBudget = defineCheck({
  name: "latency-budget",
  section: "latency",
  title: "launchgate latency budget",
  description: "Loads core routes with autocannon and fails when a route's p95 is over budget, errors too often, or regressed.",
  branding: { icon: "clock", color: "orange" },
  inputs: {
    "base-url": text("Base URL of the app under load (a staging URL, or a server the job started)."),
    routes: text("Routes to load: a YAML file path, or inline YAML.", ".github/latency.yml"),
    "budget-p95-ms": integer("Default p95 budget per route in milliseconds.", "500", 1, 6e5),
    "duration-s": decimal("Measured seconds per route (split over the rounds).", "10", 0.1, 3600),
    "warmup-s": decimal("Unmeasured warm-up seconds per route.", "2", 0, 600),
    connections: integer("Concurrent connections.", "10", 1, 1e3),
    rate: decimal("Fixed request rate per second; latency is then measured from the intended send time.", "", 0.1, 1e5),
    "max-error-rate": percent("Highest share of non-2xx/3xx answers and socket errors.", "1%"),
    baseline: text("An earlier JSON report of this action to compare p95 against."),
    "max-regression": percent("p95 growth over the baseline that counts as a regression.", "20%"),
    "regression-fails": bool("Make a regression an error instead of a warning.", "false"),
    rounds: integer("Rounds per route; their spread is the noise a regression must exceed.", "3", 1, 20),
    "max-requests": integer("Hard cap on requests per route.", "100000", 1, 1e7),
    "start-command": text("Command that starts the app in the background; it is stopped at the end."),
    "ready-url": text("URL polled until it answers before load starts (with start-command).")
  },
  outputs: {
    p95: { description: "JSON object: route name \u2192 p95 in ms." }
  },
  async run() {
    throw new NotImplementedError("latency-budget");
  }
});

export {
  latencyBudget
};
