import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  writeDashboard
} from "./chunk-FON7DSZJ.js";
import {
  readHistoryPath,
  unknownKindsText
} from "./chunk-TPSHQTVP.js";
import "./chunk-72I7UR5T.js";
import {
  integer
} from "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/uptime/dashboard-command.ts
init_define_LAUNCHGATE_GATES();
import path from "node:path";
var DASHBOARD_USAGE = `launchgate dashboard \u2014 the status page (index.html: uptime, latency p95 per route, deploys) and SVG badges from the history

Flags:
  --history <folder|file.jsonl>   the uptime-YYYY-MM.jsonl files (a checkout of the data branch) (required)
  --out <dir>                     where index.html and badges/ are written (default: uptime-dashboard)
  --title <text>                  the page's title (default: Status)
  --alert-after <n>               failed checks that make an outage, as in the gate (default: 2)
  --slow-ms <ms> --slow-after <n> slowness that makes a degraded incident (default: 0 = off, 3)
  --now <ISO time>                the end of the 24 h / 7 d / 30 d windows (default: now)`;
var NUMBERS = {
  "alert-after": integer("", "2", 1, 100),
  "slow-ms": integer("", "0", 0, 6e5),
  "slow-after": integer("", "3", 1, 100)
};
function dashboardCommand(flags, io) {
  if (flags.help) {
    io.out(DASHBOARD_USAGE);
    return 0;
  }
  if (!flags.history || flags.history === "true")
    throw new UserError(`'launchgate dashboard' needs --history <folder of uptime-*.jsonl | file.jsonl>.`);
  const out = path.resolve(io.cwd, flags.out && flags.out !== "true" ? flags.out : "uptime-dashboard");
  const values = {};
  for (const [name, spec] of Object.entries(NUMBERS)) {
    const parsed = spec.schema.safeParse(flags[name] ?? spec.default);
    if (!parsed.success)
      throw new UserError(`--${name} got ${JSON.stringify(flags[name])}; accepted: ${spec.accepted}.`);
    values[name] = parsed.data;
  }
  let now = Date.now();
  if (flags.now) {
    now = Date.parse(flags.now);
    if (Number.isNaN(now)) throw new UserError(`--now got ${JSON.stringify(flags.now)}; accepted: an ISO date-time.`);
  }
  const history = readHistoryPath(path.resolve(io.cwd, flags.history));
  if (history.files.length === 0)
    throw new UserError(
      `--history got ${JSON.stringify(flags.history)}: a folder with no .jsonl file; accepted: a .jsonl file or a folder of uptime-YYYY-MM.jsonl files (a checkout of the history branch, launchgate-data by default).`
    );
  if (history.corrupt.length)
    io.err(
      `warning: ${history.corrupt.length} corrupt history line(s) skipped: ${history.corrupt.slice(0, 10).map((c) => `${c.file}:${c.line}`).join(", ")}${history.corrupt.length > 10 ? ", \u2026" : ""}`
    );
  if (history.unknownKinds.size)
    io.err(
      `note: records of kinds this version does not know were skipped (a newer launchgate wrote them): ${unknownKindsText(history.unknownKinds)}`
    );
  if (history.records.length === 0)
    throw new UserError(
      `--history got ${JSON.stringify(flags.history)}: its ${history.files.length} .jsonl file(s) hold no record this version can show${history.corrupt.length ? ` (${history.corrupt.length} corrupt line(s))` : ""}; accepted: the uptime-YYYY-MM.jsonl files the gates write.`
    );
  const files = writeDashboard(out, history.records, {
    thresholds: { alertAfter: values["alert-after"], slowMs: values["slow-ms"], slowAfter: values["slow-after"] },
    now,
    title: flags.title && flags.title !== "true" ? flags.title : void 0
  });
  io.out(
    `${path.join(out, "index.html")}: ${history.records.length} result(s) from ${history.files.length} file(s); ${files.length - 1} badge(s) in ${path.join(out, "badges")}`
  );
  return 0;
}
export {
  DASHBOARD_USAGE,
  dashboardCommand
};
