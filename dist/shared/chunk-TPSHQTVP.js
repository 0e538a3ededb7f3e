import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  groupBy
} from "./chunk-72I7UR5T.js";
import {
  bool
} from "./chunk-FWQDJEAF.js";
import {
  external_exports
} from "./chunk-T5YKWYUI.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/history.ts
init_define_LAUNCHGATE_GATES();
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
var isoTime = external_exports.string().refine((s) => !Number.isNaN(Date.parse(s)), "an ISO date-time");
var HISTORY_NAME_MAX = 500;
var historyName = (name) => {
  if (name.length <= HISTORY_NAME_MAX) return name;
  const cut = name.slice(0, HISTORY_NAME_MAX);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
};
var verdict = external_exports.enum(["pass", "fail"]);
var uptimeSchema = external_exports.object({
  t: isoTime,
  kind: external_exports.literal("uptime").optional(),
  check: external_exports.string().min(1).max(HISTORY_NAME_MAX),
  status: external_exports.enum(["ok", "slow", "fail"]),
  /** Response time in whole milliseconds; absent when nothing answered. */
  ms: external_exports.number().nonnegative().optional(),
  error: external_exports.string().optional()
});
var latencySchema = external_exports.object({
  t: isoTime,
  kind: external_exports.literal("latency"),
  route: external_exports.string().min(1).max(HISTORY_NAME_MAX),
  /** Absent when the route could not be measured (then the verdict is fail). */
  p95Ms: external_exports.number().nonnegative().optional(),
  budgetMs: external_exports.number().positive(),
  verdict
});
var isHttpLink = (s) => /^https?:\/\/[^\s"'<>]+$/.test(s);
var httpUrl = external_exports.string().max(2e3).refine(isHttpLink, "an http(s) URL");
var deploySchema = external_exports.object({
  t: isoTime,
  kind: external_exports.literal("deploy"),
  sha: external_exports.string().regex(/^[0-9a-f]{7,64}$/i).optional(),
  ref: external_exports.string().max(300).optional(),
  verdict,
  /** Flows and quick checks that failed. */
  failed: external_exports.number().int().nonnegative(),
  runUrl: httpUrl.optional()
});
var SCHEMAS = {
  uptime: uptimeSchema,
  latency: latencySchema,
  deploy: deploySchema
};
var isUptime = (r) => r.kind === void 0 || r.kind === "uptime";
var isLatency = (r) => r.kind === "latency";
var isDeploy = (r) => r.kind === "deploy";
function parseHistory(text, file) {
  const out = { records: [], corrupt: [], unknownKinds: /* @__PURE__ */ new Map() };
  for (const [i, line] of text.split("\n").entries()) {
    if (!line.trim()) continue;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      out.corrupt.push({ file, line: i + 1 });
      continue;
    }
    const kind = value?.kind ?? "uptime";
    if (typeof kind !== "string" || kind.length > 40) {
      out.corrupt.push({ file, line: i + 1 });
      continue;
    }
    const schema = Object.hasOwn(SCHEMAS, kind) ? SCHEMAS[kind] : void 0;
    if (!schema) {
      out.unknownKinds.set(kind, (out.unknownKinds.get(kind) ?? 0) + 1);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) out.records.push(parsed.data);
    else out.corrupt.push({ file, line: i + 1 });
  }
  return out;
}
function mergeParsed(into, more) {
  into.records.push(...more.records);
  into.corrupt.push(...more.corrupt);
  for (const [kind, n] of more.unknownKinds) into.unknownKinds.set(kind, (into.unknownKinds.get(kind) ?? 0) + n);
}
var KINDS_SHOWN = 10;
function unknownKindsText(unknown) {
  const all = [...unknown];
  const shown = all.slice(0, KINDS_SHOWN).map(([kind, n]) => `${n} \xD7 ${JSON.stringify(kind)}`);
  if (all.length > KINDS_SHOWN) shown.push(`${all.length - KINDS_SHOWN} more kind(s)`);
  return shown.join(", ");
}
function invalidRecord(record) {
  const kind = record.kind ?? "uptime";
  const result = SCHEMAS[kind].safeParse(record);
  if (result.success) return void 0;
  const issue = result.error.issues[0];
  return `a ${kind} record is not valid (${issue.path.join(".") || "record"}: ${issue.message})`;
}
function readHistoryPath(target) {
  if (!existsSync(target))
    throw new UserError(
      `--history got ${JSON.stringify(target)}: no such file or folder; accepted: a .jsonl file or a folder of them.`
    );
  const files = statSync(target).isDirectory() ? readdirSync(target).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(target, f)) : [target];
  const all = { records: [], corrupt: [], unknownKinds: /* @__PURE__ */ new Map() };
  for (const file of files) mergeParsed(all, parseHistory(readFileSync(file, "utf8"), path.basename(file)));
  all.records.sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
  return { ...all, files };
}
var monthFile = (ms) => `uptime-${new Date(ms).toISOString().slice(0, 7)}.jsonl`;
var BRANCH = /^[A-Za-z0-9._-]{1,100}$/;
var BRANCH_ACCEPTED = "a branch name of letters, digits, '.', '_' and '-' (not starting with '.', no '..')";
var isBranchName = (b) => BRANCH.test(b) && !b.startsWith(".") && !b.includes("..");
function checkBranchName(branch) {
  if (!isBranchName(branch))
    throw new UserError(`Input 'history-branch' got ${JSON.stringify(branch)}; accepted: ${BRANCH_ACCEPTED}.`);
}
var DEFAULT_HISTORY_BRANCH = "launchgate-data";
function historyInputs(appends) {
  const branch = {
    description: "Branch that keeps the history (created as an orphan branch when missing).",
    default: DEFAULT_HISTORY_BRANCH,
    accepted: BRANCH_ACCEPTED,
    schema: external_exports.preprocess(
      (v) => typeof v === "string" ? v.trim() : v,
      external_exports.string().refine((v) => isBranchName(v))
    )
  };
  return {
    history: bool(
      `Append ${appends} to uptime-YYYY-MM.jsonl on the history branch through the GitHub API (needs contents: write).`,
      "false"
    ),
    "history-branch": branch
  };
}
function openHistory(ctx, on, branch) {
  if (!on) return void 0;
  if (!ctx.github)
    throw new UserError(
      `Input 'history' needs the GitHub API: give 'github-token' (the default \${{ github.token }}) and run in a repository.`
    );
  return new HistoryStore(ctx.github, { branch, log: (m) => ctx.log.info(m), secrets: ctx.secrets });
}
function runUrlOf(env) {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return void 0;
  const u = `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  return httpUrl.safeParse(u).success ? u : void 0;
}
var statusOf = (err) => {
  const s = err?.status;
  return typeof s === "number" ? s : void 0;
};
var HistoryStore = class {
  constructor(gh, opts) {
    this.gh = gh;
    this.opts = opts;
    checkBranchName(opts.branch);
    this.attempts = opts.attempts ?? 6;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }
  gh;
  opts;
  branchKnown = false;
  attempts;
  sleep;
  get branch() {
    return this.opts.branch;
  }
  /**
   * The file's text, its bytes as stored and its blob sha, or undefined when it does not exist yet. Appending
   * goes on from the bytes: a line that is not valid UTF-8 stays as it was, not turned into U+FFFD.
   */
  async read(file) {
    return this.retrying(`read ${file}`, async () => {
      await this.ensureBranch();
      let res;
      try {
        res = await this.gh.request("GET /repos/{owner}/{repo}/contents/{path}", { path: file, ref: this.opts.branch });
      } catch (err) {
        if (statusOf(err) === 404) return void 0;
        throw err;
      }
      const data = res.data;
      let base64 = data.encoding === "base64" ? data.content : void 0;
      if (!base64) {
        const blob = await this.gh.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { file_sha: data.sha });
        base64 = blob.data.content;
      }
      const bytes = Buffer.from(base64 ?? "", "base64");
      return { text: bytes.toString("utf8"), bytes, sha: data.sha };
    });
  }
  /**
   * Appends records to the month files they belong to. The existing bytes are kept as they are (a corrupt line
   * or a record of an unknown kind included: reported, never dropped); returns the corrupt lines met.
   */
  async append(records, message) {
    const masked = this.opts.secrets ? this.opts.secrets.redactDeep(records) : records;
    for (const r of masked) {
      const invalid = invalidRecord(r);
      if (invalid) throw new Error(`not written: ${invalid}`);
    }
    const byFile = groupBy(masked, (r) => monthFile(Date.parse(r.t)));
    const corrupt = [];
    for (const [file, recs] of byFile) {
      const lines = recs.map((r) => JSON.stringify(r) + "\n").join("");
      for (let attempt = 1; ; attempt++) {
        const current = await this.read(file);
        const before = current?.bytes ?? Buffer.alloc(0);
        if (attempt === 1 && current) corrupt.push(...parseHistory(current.text, file).corrupt);
        const newline = before.length && before[before.length - 1] !== 10 ? "\n" : "";
        const content = Buffer.concat([before, Buffer.from(newline + lines, "utf8")]);
        try {
          await this.gh.request("PUT /repos/{owner}/{repo}/contents/{path}", {
            path: file,
            branch: this.opts.branch,
            message,
            content: content.toString("base64"),
            ...current ? { sha: current.sha } : {}
          });
          break;
        } catch (err) {
          const status = statusOf(err);
          const retriable = status === 409 || status === 422 || status !== void 0 && status >= 500;
          if (!retriable || attempt >= this.attempts)
            throw new Error(`writing ${file} on branch ${this.opts.branch} failed: ${errorMessage(err)}`);
          this.opts.log?.(
            `writing ${file}: HTTP ${status}; reading it again (attempt ${attempt + 1}/${this.attempts})`
          );
          await this.backoff(attempt);
        }
      }
    }
    return corrupt;
  }
  /** Creates the data branch as an orphan (its own history, nothing of the code) the first time. */
  async ensureBranch() {
    if (this.branchKnown) return;
    try {
      await this.gh.request("GET /repos/{owner}/{repo}/branches/{branch}", { branch: this.opts.branch });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
      const tree = await this.gh.request("POST /repos/{owner}/{repo}/git/trees", {
        tree: [
          {
            path: "README.md",
            mode: "100644",
            type: "blob",
            content: "# launchgate data\n\nUptime checks, latency p95 per route and deploy verdicts written by launchgate: one JSON-lines file per month.\n"
          }
        ]
      });
      const commit = await this.gh.request("POST /repos/{owner}/{repo}/git/commits", {
        message: "launchgate: start the data branch",
        tree: tree.data.sha,
        parents: []
      });
      try {
        await this.gh.request("POST /repos/{owner}/{repo}/git/refs", {
          ref: `refs/heads/${this.opts.branch}`,
          sha: commit.data.sha
        });
      } catch (e) {
        if (statusOf(e) !== 422) throw e;
      }
    }
    this.branchKnown = true;
  }
  /** A random wait that grows with the attempt (at most 8 s), so runs that collided do not collide again. */
  backoff(attempt) {
    return this.sleep(Math.min(8e3, 250 * 2 ** attempt) * Math.random());
  }
  async retrying(what, fn) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const status = statusOf(err);
        if (status === void 0 || status < 500 || attempt >= this.attempts)
          throw new Error(`${what} on branch ${this.opts.branch} failed: ${errorMessage(err)}`);
        this.opts.log?.(`${what}: HTTP ${status}; trying again (attempt ${attempt + 1}/${this.attempts})`);
        await this.backoff(attempt);
      }
    }
  }
};
async function addToHistory(result, store, records, opts) {
  const own = result.findings.filter((f) => f.severity === "error").length;
  const history = { branch: store.branch, written: false, records };
  try {
    await store.append(records, opts.message);
    history.written = true;
    opts.log.info(`history: ${records.length} record(s) appended to branch ${store.branch}`);
    return { ...result, metrics: { ...result.metrics, history } };
  } catch (err) {
    const finding = opts.failed(
      "History not written",
      `${records.length} record(s) could not be appended to branch ${store.branch}: ${errorMessage(err)}. Apart from this error the run ${own ? `has ${own} error finding(s) of its own` : "found no error"}; the records are in this report's metrics.history.`
    );
    return { ...result, findings: [...result.findings, finding], metrics: { ...result.metrics, history } };
  }
}

export {
  historyName,
  isHttpLink,
  isUptime,
  isLatency,
  isDeploy,
  parseHistory,
  mergeParsed,
  unknownKindsText,
  readHistoryPath,
  monthFile,
  historyInputs,
  openHistory,
  runUrlOf,
  addToHistory
};
