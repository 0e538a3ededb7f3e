import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  toSarif
} from "./chunk-3VIRBBWJ.js";
import {
  scanSlice
} from "./chunk-XKTGZ325.js";
import {
  readFragments
} from "./chunk-32NTKJ4G.js";
import {
  countAdded,
  inLogOrder
} from "./chunk-DFROXESS.js";
import {
  scanTreeFiles
} from "./chunk-TKMGLBGI.js";
import {
  GITLEAKS_DEFAULT,
  Scanner,
  defaultRuleSet,
  loadGitleaksConfig
} from "./chunk-SZ6PHTMO.js";
import {
  CHUNK_BYTES,
  addStats,
  emptyStats,
  treeFragments
} from "./chunk-VJHTZG3O.js";
import {
  READER_ENV,
  THREADS_ENV,
  defaultHistoryThreads
} from "./chunk-DXK3HLOF.js";
import {
  closeUnusedReaderThread,
  startReaderThread
} from "./chunk-3MGFZVD4.js";
import {
  gitOutput
} from "./chunk-HWAZG4DL.js";
import {
  bundledEntry
} from "./chunk-EYPTBNW2.js";
import {
  MASK,
  isDistinctive,
  redactMatch
} from "./chunk-2TI3BDV6.js";
import {
  defineCheck
} from "./chunk-MJ7T7JTD.js";
import {
  bool,
  choice,
  list,
  text
} from "./chunk-FWQDJEAF.js";
import {
  external_exports
} from "./chunk-T5YKWYUI.js";
import {
  buildReport,
  code,
  escapeText,
  table
} from "./chunk-DLCS5LTK.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/index.ts
init_define_LAUNCHGATE_GATES();
import { existsSync as existsSync4 } from "node:fs";
import path5 from "node:path";

// src/checks/secret-scan/failure-sarif.ts
init_define_LAUNCHGATE_GATES();
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
function failureSarif(check, reason) {
  const sarif = toSarif([buildReport(check, { findings: [], metrics: {} }, "error", 0)]);
  return {
    ...sarif,
    runs: sarif.runs.map((run) => ({
      ...run,
      invocations: [
        {
          executionSuccessful: false,
          toolExecutionNotifications: [
            { level: "error", descriptor: { id: "could-not-check" }, message: { text: `Could not check: ${reason}` } }
          ]
        }
      ]
    }))
  };
}
function withFailureSarif(def, sarifPath) {
  return {
    ...def,
    async run(inputs, ctx) {
      try {
        return await def.run(inputs, ctx);
      } catch (err) {
        const where = sarifPath(inputs);
        if (where) writeSarifFile(ctx, where, failureSarif(def.name, errorMessage(err)));
        throw err;
      }
    }
  };
}
function writeSarifFile(ctx, where, sarif) {
  const file = path.resolve(ctx.cwd, where);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(ctx.secrets.redactDeep(sarif), null, 2) + "\n");
  return file;
}

// src/checks/secret-scan/gitleaks-engine.ts
init_define_LAUNCHGATE_GATES();
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";
var PINNED_GITLEAKS = {
  "8.28.0": {
    linux_x64: "a65b5253807a68ac0cafa4414031fd740aeb55f54fb7e55f386acb52e6a840eb",
    linux_arm64: "eff65261156100e5d94a6b3dec313d532fddfe19ae1590bf7a2b4f2699128356",
    darwin_x64: "edf5a507008b0d2ef4959575772772770586409c1f6f74dabf19cbe7ec341ced",
    darwin_arm64: "d942f3ad147250c9edbaab3fed9e482f98d3b59ba10ae97b8d75647e3ade492c"
  }
};
var DEFAULT_BASE = "https://github.com/gitleaks/gitleaks/releases/download";
function platform() {
  const osName = { linux: "linux", darwin: "darwin", win32: "windows" }[process.platform] ?? process.platform;
  const arch = { x64: "x64", arm64: "arm64", ia32: "x32", arm: "armv7" }[process.arch] ?? process.arch;
  return `${osName}_${arch}`;
}
async function findGitleaks(ctx, version, userSha256 = "") {
  for (const name of ["gitleaks", "betterleaks"]) {
    for (const dir of (ctx.env.PATH ?? "").split(path2.delimiter)) {
      const candidate = path2.join(dir, name);
      if (dir && existsSync(candidate)) return { bin: candidate, source: `${name} from PATH` };
    }
  }
  const plat = platform();
  const archiveName = `gitleaks_${version}_${plat}.tar.gz`;
  const base = (ctx.env.LAUNCHGATE_GITLEAKS_BASE_URL || DEFAULT_BASE).replace(/\/$/, "");
  const bin = await ctx.installTool({
    name: "gitleaks",
    version,
    archiveUrl: `${base}/v${version}/${archiveName}`,
    archiveName,
    checksumsUrl: `${base}/v${version}/gitleaks_${version}_checksums.txt`,
    pinnedSha256: userSha256 || PINNED_GITLEAKS[version]?.[plat],
    binary: "gitleaks"
  });
  return { bin, source: `gitleaks ${version} release (${verifiedHow(version, plat, userSha256)})` };
}
function verifiedHow(version, plat, userSha256) {
  if (userSha256) return "SHA-256 matched the gitleaks-sha256 input";
  if (PINNED_GITLEAKS[version]?.[plat]) return "SHA-256 matched the hash launchgate pins for this release";
  return "SHA-256 matched only the checksums file served beside the archive, which proves it downloaded intact, not that it is genuine; set gitleaks-sha256 to pin it";
}
function stripAnsi(text2) {
  return text2.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "");
}
async function runGitleaks(ctx, bin, target, configText, ignores) {
  const work = mkdtempSync(path2.join(ctx.tempDir, "gitleaks-"));
  try {
    return await runIn(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  async function runIn(work2) {
    const report = path2.join(work2, "report.json");
    const configFile = path2.join(work2, "gitleaks.toml");
    writeFileSync2(configFile, configText ?? GITLEAKS_DEFAULT.toml);
    const ignoreFile = path2.join(work2, ".gitleaksignore");
    writeFileSync2(ignoreFile, [...ignores].join("\n") + "\n");
    const common = [
      "--report-format",
      "json",
      "--report-path",
      report,
      "--exit-code",
      "0",
      "--no-banner",
      "--log-level",
      "error",
      "--gitleaks-ignore-path",
      ignoreFile,
      "--config",
      configFile
    ];
    const runs = target.revs ? [["git", `--log-opts=${target.revs.join(" ")}`, ...common, "."]] : (target.paths?.length ? target.paths : ["."]).map((p) => ["dir", ...common, p]);
    const hits = [];
    for (const args of runs) {
      const res = await ctx.exec(bin, args, { ignoreReturnCode: true });
      if (res.exitCode !== 0)
        throw new Error(
          `gitleaks ${args[0]} failed (exit ${res.exitCode}): ${stripAnsi(res.stderr).trim().split("\n").slice(-2).join(" ")}`
        );
      let findings;
      try {
        findings = JSON.parse(readFileSync(report, "utf8"));
      } catch (err) {
        throw new Error(`gitleaks wrote no readable report: ${err.message}`);
      } finally {
        rmSync(report, { force: true });
      }
      for (const f of findings) {
        const file = f.File.split(path2.sep).join("/").replace(/^\.\//, "");
        const commit = f.Commit || void 0;
        hits.push({
          ruleId: f.RuleID,
          description: f.Description ?? f.RuleID,
          file,
          line: f.StartLine,
          endLine: f.EndLine ?? f.StartLine,
          column: f.StartColumn ?? 1,
          secret: f.Secret,
          match: f.Match ?? f.Secret,
          commit,
          author: f.Author ? `${f.Author}${f.Email ? ` <${f.Email}>` : ""}` : void 0,
          date: f.Date,
          entropy: f.Entropy ?? 0,
          fingerprint: commit ? `${commit}:${file}:${f.RuleID}:${f.StartLine}` : `${file}:${f.RuleID}:${f.StartLine}`,
          offset: 0
        });
      }
    }
    return hits;
  }
}

// src/checks/secret-scan/history-pool.ts
init_define_LAUNCHGATE_GATES();
import { Worker } from "node:worker_threads";
var MIN_PARALLEL_COMMITS = 16;
var SHARE_PER_THREAD = 2;
var TAIL_SLICES_PER_THREAD = 3;
var MAX_SLICE_COMMITS = 1e3;
var threadsSchema = external_exports.coerce.number().int().min(1).max(64);
function readerThread(env) {
  const raw = env[READER_ENV]?.trim();
  if (!raw || raw === "thread") return true;
  if (raw === "inline") return false;
  throw new UserError(
    `${READER_ENV}=${JSON.stringify(raw.slice(0, 40))} is not a reader: use thread (the default) or inline.`
  );
}
function historyThreads(env) {
  const raw = env[THREADS_ENV]?.trim();
  if (!raw) return defaultHistoryThreads();
  const parsed = threadsSchema.safeParse(raw);
  if (!parsed.success)
    throw new UserError(
      `${THREADS_ENV}=${JSON.stringify(raw.slice(0, 40))} is not a thread count: use a whole number from 1 to 64 (empty: one per core).`
    );
  return parsed.data;
}
var HistoryThreads = class {
  constructor(entry, count, reader) {
    this.entry = entry;
    this.reader = reader;
    for (let t = 0; t < count; t++) {
      const worker = new Worker(entry);
      worker.unref();
      worker.on("error", (err) => this.failure ??= new Error(`a history scan thread failed: ${err.message}`));
      worker.on("exit", (code2) => this.failure ??= new Error(`a history scan thread stopped early (exit ${code2})`));
      this.workers.push(worker);
    }
  }
  entry;
  reader;
  workers = [];
  /** Why a thread cannot be used (it failed or stopped before it had work). */
  failure;
  close() {
    this.reader?.close();
    for (const worker of this.workers) {
      worker.removeAllListeners("exit");
      void worker.terminate();
    }
  }
};
function startHistoryThreads(threads, entry = bundledWorker(), startReader = startReaderThread) {
  if (threads > 1) return entry ? new HistoryThreads(entry, threads - 1) : void 0;
  const reader = startReader();
  return reader ? new HistoryThreads("", 0, reader) : void 0;
}
async function scanHistoryRange(scan2) {
  try {
    return await scanRange(scan2);
  } finally {
    scan2.started?.close();
  }
}
async function scanRange(scan2) {
  const { cwd, revs, scanner, stats } = scan2;
  const single = async () => {
    const hits2 = [];
    const commitOrder = /* @__PURE__ */ new Map();
    const options = { commitOrder, standIns: scanner.takesStandIns };
    for await (const fragment of readFragments(scan2.started?.reader, { cwd, revs }, stats, options))
      for (const hit of scanner.scan(fragment)) hits2.push(hit);
    return { hits: inLogOrder(hits2, commitOrder), threads: 1 };
  };
  if (scan2.threads <= 1) return single();
  const commits = await revList(cwd, revs);
  if (commits.length < (scan2.minParallelCommits ?? MIN_PARALLEL_COMMITS)) return single();
  const slices = sliceCommits(commits, scan2.threads);
  const entry = scan2.workerEntry === void 0 ? scan2.started?.entry ?? bundledWorker() : scan2.workerEntry;
  const threads = entry ? Math.min(scan2.threads, slices.length) : 1;
  const results = await runPool(entry, slices, { ...scan2.setup, cwd }, threads, scanner, scan2.started);
  const hits = [];
  const files = /* @__PURE__ */ new Set();
  for (const result of results) {
    addStats(stats, result.stats);
    for (const file of result.files) files.add(file);
    for (const hit of result.hits) hits.push(hit);
  }
  stats.files += files.size;
  return { hits, threads };
}
function sliceCommits(commits, threads) {
  const floor = Math.max(1, Math.ceil(commits.length / (threads * TAIL_SLICES_PER_THREAD)));
  const slices = [];
  for (let i = 0; i < commits.length; ) {
    const share = Math.ceil((commits.length - i) / (threads * SHARE_PER_THREAD));
    const size = Math.min(MAX_SLICE_COMMITS, Math.max(floor, share));
    slices.push({ index: slices.length, commits: commits.slice(i, i + size) });
    i += size;
  }
  return slices;
}
async function revList(cwd, revs) {
  return (await gitOutput(cwd, ["rev-list", ...revs, "--"])).split("\n").filter(Boolean);
}
function bundledWorker() {
  return bundledEntry(import.meta.url, "secret-history-worker.js");
}
async function runPool(entry, slices, setup, threads, scanner, started) {
  const results = new Array(slices.length);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const workers = [];
  let done = 0;
  let failure;
  let wake = () => void 0;
  const allDone = new Promise((resolve) => wake = resolve);
  const settle = (result) => {
    if (result.error !== void 0) fail(new Error(result.error));
    else {
      results[result.index] = result;
      if (++done === slices.length) wake();
    }
  };
  const fail = (err) => {
    failure ??= err;
    Atomics.store(counter, 0, slices.length);
    wake();
  };
  let running = entry ? threads - 1 : 0;
  let ownDone = false;
  const checkMissing = () => {
    if (ownDone && running === 0 && done < slices.length)
      fail(new Error(`history scan threads stopped with ${slices.length - done} slice(s) unread`));
  };
  try {
    if (started?.failure) throw started.failure;
    if (entry)
      for (let t = 1; t < threads; t++) {
        const worker = started?.workers[t - 1] ?? new Worker(entry);
        worker.ref();
        worker.postMessage({ setup, slices: slices.map((s) => s.commits), counter });
        workers.push(worker);
        worker.on("message", settle);
        worker.on("error", (err) => fail(new Error(`a history scan thread failed: ${err.message}`)));
        worker.removeAllListeners("exit");
        worker.on("exit", (code2) => {
          running--;
          if (code2 !== 0) fail(new Error(`a history scan thread stopped (exit ${code2})`));
          else checkMissing();
        });
      }
    for (let i = Atomics.add(counter, 0, 1); i < slices.length; i = Atomics.add(counter, 0, 1))
      settle(await scanSlice(setup.cwd, slices[i], scanner));
    ownDone = true;
    checkMissing();
    await allDone;
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners("exit");
      void worker.terminate();
    }
  }
  if (failure) throw failure;
  return results;
}

// src/checks/secret-scan/ignore-file.ts
init_define_LAUNCHGATE_GATES();
function parseIgnoreFile(text2) {
  return new Set(
    text2.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
  );
}
function isIgnored(fingerprint, commit, ignores) {
  if (ignores.has(fingerprint)) return true;
  return commit !== void 0 && ignores.has(fingerprint.slice(commit.length + 1));
}

// src/checks/secret-scan/range.ts
init_define_LAUNCHGATE_GATES();
var ZERO = /^0+$/;
async function git(ctx, args) {
  return ctx.exec("git", args, { ignoreReturnCode: true });
}
async function exists(ctx, rev) {
  return (await git(ctx, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).exitCode === 0;
}
async function ensureFullHistory(ctx) {
  let answer;
  try {
    answer = await gitOutput(ctx.cwd, ["rev-parse", "--is-shallow-repository", "--absolute-git-dir"]);
  } catch {
    throw new UserError(`${ctx.cwd} is not a git repository (use mode: tree to scan files only).`);
  }
  const [isShallow, gitDirLine] = answer.trim().split("\n");
  const gitDir = gitDirLine?.trim() || void 0;
  if (isShallow.trim() !== "true") return gitDir;
  ctx.log.info("Shallow clone: fetching the full history to scan it.");
  const fetched = await git(ctx, ["fetch", "--unshallow", "--quiet", "--no-tags"]);
  const still = (await git(ctx, ["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
  if (fetched.exitCode !== 0 || still) {
    throw new UserError(
      `The clone is shallow and the rest of its history could not be fetched (${fetched.stderr.trim().split("\n")[0] || "git fetch --unshallow fetched nothing"}). Set fetch-depth: 0 on actions/checkout.`
    );
  }
  return gitDir;
}
async function requireRev(ctx, rev, what) {
  if (!await exists(ctx, rev)) {
    throw new UserError(
      `The ${what} '${rev}' is not in this clone. Set fetch-depth: 0 on actions/checkout, or fetch it (git fetch origin ${rev}).`
    );
  }
}
async function resolveRange(ctx, mode, base, head) {
  const event = ctx.event;
  const p = event.payload;
  if (mode === "diff") {
    if (!base) throw new UserError(`Input 'base' is required with mode: diff.`);
    await requireRev(ctx, base, "base");
    await requireRev(ctx, head, "head");
    return { revs: [`${base}..${head}`], label: `${base}..${head}`, mustHaveCommits: true };
  }
  if (mode === "history") return { revs: ["HEAD"], label: "full history of HEAD", mustHaveCommits: false };
  if (event.name === "pull_request" || event.name === "pull_request_target") {
    const b = p.pull_request?.base?.sha;
    const h = p.pull_request?.head?.sha ?? "HEAD";
    if (!b)
      throw new UserError(`The ${event.name} event has no pull_request.base.sha; use mode: diff with base and head.`);
    await requireRev(ctx, b, "pull request base");
    const headRev = await exists(ctx, h) ? h : "HEAD";
    return {
      revs: [`${b}..${headRev}`],
      label: `pull request #${p.pull_request?.number ?? "?"} (${b.slice(0, 7)}..${headRev.slice(0, 7)})`,
      mustHaveCommits: true
    };
  }
  if (event.name === "merge_group") {
    const b = p.merge_group?.base_sha;
    const h = p.merge_group?.head_sha ?? "HEAD";
    if (!b) throw new UserError("The merge_group event has no merge_group.base_sha.");
    await requireRev(ctx, b, "merge queue base");
    return {
      revs: [`${b}..${await exists(ctx, h) ? h : "HEAD"}`],
      label: `merge queue ${b.slice(0, 7)}..${String(h).slice(0, 7)}`,
      mustHaveCommits: true
    };
  }
  if (event.name === "push") {
    const after = p.after && await exists(ctx, p.after) ? p.after : "HEAD";
    const before = p.before;
    const defaultBranch = p.repository?.default_branch;
    if (before && !ZERO.test(before) && await exists(ctx, before)) {
      return {
        revs: [`${before}..${after}`],
        label: `pushed commits ${before.slice(0, 7)}..${after.slice(0, 7)}`,
        mustHaveCommits: !p.deleted && before !== p.after
      };
    }
    const remoteDefault = defaultBranch ? `refs/remotes/origin/${defaultBranch}` : void 0;
    if (remoteDefault && await exists(ctx, remoteDefault)) {
      const ref = p.ref;
      if (ref === `refs/heads/${defaultBranch}`)
        return {
          revs: [after],
          label: `default branch ${defaultBranch} (new or rewritten: full history)`,
          mustHaveCommits: true
        };
      return {
        revs: [after, "--not", remoteDefault],
        label: `commits not on ${defaultBranch}`,
        mustHaveCommits: false
      };
    }
    throw new UserError(
      `Cannot tell which commits this push added (before=${before ?? "none"} is ${before && !ZERO.test(before) ? "not in the clone" : "a new branch"}, and origin/${defaultBranch ?? "<default branch>"} is not fetched). Set fetch-depth: 0 on actions/checkout.`
    );
  }
  return { revs: ["HEAD"], label: "full history of HEAD", mustHaveCommits: false };
}
async function countCommits(ctx, revs) {
  return Number((await gitOutput(ctx.cwd, ["rev-list", "--count", ...revs])).trim());
}

// src/checks/secret-scan/scan-config.ts
init_define_LAUNCHGATE_GATES();
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path3 from "node:path";
var IGNORE_FILE = ".gitleaksignore";
async function loadScanConfig(ctx, inputs) {
  const configName = inputs["rules-config"] || (existsSync2(path3.join(ctx.cwd, ".gitleaks.toml")) ? ".gitleaks.toml" : "");
  if (configName && !existsSync2(path3.resolve(ctx.cwd, configName)))
    throw new UserError(`Input 'rules-config': cannot read ${configName} (no such file).`);
  const headText = (name) => name && existsSync2(path3.resolve(ctx.cwd, name)) ? readFileSync2(path3.resolve(ctx.cwd, name), "utf8") : void 0;
  const headConfig = headText(configName);
  const headIgnore = headText(IGNORE_FILE);
  const isPr = ctx.event.name === "pull_request" || ctx.event.name === "pull_request_target";
  const baseSha = ctx.event.payload.pull_request?.base?.sha;
  if (!isPr || inputs["trust-pr-config"] || headConfig === void 0 && headIgnore === void 0) {
    return {
      ruleSet: headConfig !== void 0 ? loadGitleaksConfig(headConfig, configName) : defaultRuleSet(),
      configText: headConfig,
      ignores: parseIgnoreFile(headIgnore ?? ""),
      findings: []
    };
  }
  if (!baseSha || (await git2(ctx, ["cat-file", "-e", `${baseSha}^{commit}`])).exitCode !== 0)
    throw new UserError(
      `This pull request's ${[configName, headIgnore !== void 0 ? IGNORE_FILE : ""].filter(Boolean).join(" and ")} must be read from its base commit ${baseSha?.slice(0, 7) ?? "(none in the event)"}, which is not in this clone. Set fetch-depth: 0 on actions/checkout, or trust-pr-config: true to use the pull request's own files.`
    );
  const baseText = async (name) => {
    if (!name) return void 0;
    const rel = path3.relative(ctx.cwd, path3.resolve(ctx.cwd, name)).split(path3.sep).join("/");
    const res = await git2(ctx, ["show", `${baseSha}:./${rel}`]);
    return res.exitCode === 0 ? res.stdout : void 0;
  };
  const baseConfig = await baseText(configName);
  const baseIgnore = await baseText(IGNORE_FILE);
  const findings = [];
  for (const [name, head, base] of [
    [configName, headConfig, baseConfig],
    [IGNORE_FILE, headIgnore, baseIgnore]
  ]) {
    if (!name || head === void 0 || head === base) continue;
    const before = new Set((base ?? "").split("\n").map((l) => l.trim()));
    const added = head.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#") && !before.has(l));
    if (added.length === 0) continue;
    findings.push({
      ruleId: "pr-changes-scan-config",
      severity: "warning",
      title: `This pull request changes ${name}`,
      message: `${name} was read from the base commit ${baseSha.slice(0, 7)}, so this pull request's changes to it do not apply to its own scan. New entries: ${added.slice(0, 10).map((l) => JSON.stringify(l.slice(0, 120))).join(", ")}${added.length > 10 ? ` and ${added.length - 10} more` : ""}. Review them; set trust-pr-config: true to let pull requests use their own ${name}.`,
      file: name
    });
  }
  return {
    ruleSet: baseConfig !== void 0 ? loadGitleaksConfig(baseConfig, `${configName} (base commit ${baseSha.slice(0, 7)})`) : defaultRuleSet(),
    configText: baseConfig,
    ignores: parseIgnoreFile(baseIgnore ?? ""),
    findings
  };
}
async function git2(ctx, args) {
  return ctx.exec("git", args, { ignoreReturnCode: true });
}

// src/checks/secret-scan/starter.ts
init_define_LAUNCHGATE_GATES();
import { existsSync as existsSync3 } from "node:fs";
import path4 from "node:path";
function starter(repo) {
  if (!existsSync3(path4.join(repo.cwd, ".gitleaks.toml"))) return { values: { mode: "auto" } };
  return {
    values: { mode: "auto", "rules-config": ".gitleaks.toml" },
    found: [".gitleaks.toml (used as the secret-scan rules)"]
  };
}

// src/checks/secret-scan/rule-table.ts
init_define_LAUNCHGATE_GATES();
function secretRulesTable() {
  const cell = (s) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
  const rows = ["| Rule | What it finds | Source |", "| --- | --- | --- |"];
  for (const r of defaultRuleSet().rules) {
    const what = r.regex ? cell(r.description) : `${cell(r.description)} (the file itself, by its name)`;
    rows.push(`| \`${r.id}\` | ${what} | ${r.origin} |`);
  }
  return rows.join("\n");
}

// src/checks/secret-scan/index.ts
var INPUTS = {
  mode: choice(
    "What to scan: auto (PR commits, pushed commits, or full history on schedule), diff (base..head), history, or tree (working files only).",
    "auto",
    ["auto", "diff", "history", "tree"]
  ),
  base: text("Base ref or SHA for mode diff."),
  head: text("Head ref or SHA for mode diff.", "HEAD"),
  engine: choice(
    "Scanner: builtin (TypeScript rules plus a gitleaks-format config) or gitleaks (the gitleaks/betterleaks binary).",
    "builtin",
    ["builtin", "gitleaks"]
  ),
  "rules-config": text("gitleaks-format TOML rules file; .gitleaks.toml is used when present."),
  "trust-pr-config": bool(
    "On pull requests, use the pull request's own .gitleaks.toml and .gitleaksignore. Off: they are read from the base commit, so a pull request cannot silence its own scan.",
    "false"
  ),
  "gitleaks-version": text("gitleaks release to download when engine is gitleaks and none is on PATH.", "8.28.0"),
  "gitleaks-sha256": text(
    "SHA-256 of the gitleaks release archive for this platform, to pin a gitleaks-version launchgate does not pin itself."
  ),
  paths: list(
    "Folders or files a tree scan is limited to (e.g. the build output dist/), relative to the working directory or absolute, one per line."
  ),
  urls: list("Deployed pages whose same-origin scripts and source maps are scanned, one per line."),
  verify: bool(
    "Check each key found against its provider's read-only identity endpoint (GitHub, GitLab, Slack, Stripe, AWS STS, OpenAI, Anthropic, SendGrid, npm) and mark it live, revoked or unknown; a live key fails with an annotation starting LIVE. Each key is sent to its own provider's API host only, over HTTPS.",
    "false"
  ),
  "verify-fails-only-live": bool(
    "With verify: fail on live keys only; revoked and unverified findings become warnings.",
    "false"
  ),
  sarif: text(
    "Where to write the SARIF 2.1.0 file for github/codeql-action/upload-sarif (empty: a private temporary folder; the sarif output names it)."
  )
};
var definition = defineCheck({
  name: "secret-scan",
  section: "secrets",
  impact: {
    default: "data",
    reach: "everyone",
    fix: "Revoke the key at its provider, issue a new one into the secrets store, then remove it from the code."
  },
  starter,
  readmeTables: { "rules:secret-scan": secretRulesTable },
  title: "launchgate secret scan",
  description: "Fails when a commit, the working tree or a deployed bundle carries a key or token; never prints the secret.",
  branding: { icon: "lock", color: "red" },
  inputs: INPUTS,
  outputs: {
    findings: { description: "Number of secrets found." },
    sarif: { description: "Path of the SARIF file." }
  },
  async run(inputs, ctx) {
    const started = performance.now();
    const sha = inputs["gitleaks-sha256"].trim().toLowerCase();
    if (sha && !/^[0-9a-f]{64}$/.test(sha))
      throw new UserError(`Input 'gitleaks-sha256': ${JSON.stringify(sha)} is not a SHA-256 (64 hex digits).`);
    const readsHistory = !inputs.urls.length && inputs.mode !== "tree" && inputs.engine === "builtin";
    let threadCount = 1;
    let threads;
    try {
      threadCount = readsHistory ? historyThreads(ctx.env) : 1;
      threads = readsHistory ? startHistoryThreads(threadCount, void 0, readerThread(ctx.env) ? startReaderThread : () => void 0) : void 0;
    } finally {
      closeUnusedReaderThread();
    }
    try {
      return await scan(inputs, ctx, { started, sha, threadCount, threads });
    } finally {
      threads?.close();
    }
  }
});
async function scan(inputs, ctx, {
  started,
  sha,
  threadCount,
  threads
}) {
  const history = !inputs.urls.length && inputs.mode !== "tree" ? await historyRange(
    ctx,
    inputs,
    (range, gitDir) => threads?.reader?.begin({ cwd: ctx.cwd, revs: range.revs, gitDir })
  ) : void 0;
  const [config, counted] = await Promise.all([loadScanConfig(ctx, inputs), history?.counted]);
  const scanner = new Scanner(config.ruleSet);
  const stats = emptyStats();
  const gitleaks = () => findGitleaks(ctx, inputs["gitleaks-version"], sha);
  const builtinLabel = `builtin (${config.ruleSet.rules.length} rules from ${config.ruleSet.source})`;
  const outcome = inputs.urls.length > 0 ? await scanUrls(inputs.urls, scanner, stats, builtinLabel) : inputs.mode === "tree" ? await scanTree(ctx, inputs, config, scanner, stats, builtinLabel, gitleaks) : await scanHistory(ctx, counted, inputs, config, scanner, stats, builtinLabel, gitleaks, {
    threadCount,
    threads
  });
  const found = toFindings(ctx, outcome.hits, config.ignores);
  const { rows, ignoredByFile, silencedByPath } = found;
  let findings = found.findings;
  const verify = inputs.verify ? await import("./verify-TO27MB3T.js") : void 0;
  const verification = verify ? await verify.verifyFindings(findings, {
    secretOf: (f) => found.secretOf.get(f),
    baseUrls: verify.baseUrlsFromEnv(ctx.env),
    log: ctx.log
  }) : void 0;
  if (verify && verification)
    findings = verify.applyVerification(findings, verification, {
      failsOnlyLive: inputs["verify-fails-only-live"] === true
    });
  findings.push(...config.findings);
  for (const notice of config.ruleSet.notices ?? [])
    findings.push({ ruleId: "rule-set", severity: "notice", title: "Rule set", message: notice });
  for (const problem of outcome.problems)
    findings.push({ ruleId: "could-not-check", severity: "error", title: "Could not check", message: problem });
  const scanned = scannedLine(outcome, stats, ignoredByFile, silencedByPath);
  ctx.log.info(scanned);
  const sections = [{ title: "Scanned", markdown: escapeText(ctx.secrets.redact(scanned)) }];
  if (rows.length)
    sections.push({
      title: "Secrets found",
      markdown: table(["Rule", "Location", "Commit", "Author", "Date", "Match (redacted)", "Fingerprint"], rows)
    });
  if (verify && verification) sections.push(verify.verificationSection(verification));
  const sarifPath = writeSarif(
    ctx,
    inputs.sarif || path5.join(ctx.tempDir, "launchgate-secrets.sarif"),
    findings,
    started
  );
  return {
    findings,
    metrics: {
      scope: outcome.scope,
      engine: outcome.engineLabel,
      commits: stats.commits,
      files: stats.files,
      bytes: stats.bytes,
      binarySkipped: stats.binaryFiles.length,
      chunked: stats.chunked,
      ignored: ignoredByFile + silencedByPath,
      mbPerSecond: stats.bytes / 1e6 / Math.max(1e-3, (performance.now() - started) / 1e3),
      ...verify && verification ? { verification: verify.verificationMetrics(verification) } : {}
    },
    sections,
    outputs: {
      findings: String(findings.filter((f) => f.severity === "error" && f.ruleId !== "could-not-check").length),
      sarif: sarifPath
    }
  };
}
var secretScan = withFailureSarif(definition, (inputs) => inputs.sarif);
async function scanUrls(urls, scanner, stats, engineLabel) {
  let bundle;
  try {
    const { scanDeployedBundles } = await import("./bundles-MLKRG6C4.js");
    bundle = await scanDeployedBundles(urls, scanner);
  } catch (err) {
    throw new UserError(`Input 'urls': ${errorMessage(err)}`);
  }
  stats.files += bundle.fetched.length;
  stats.bytes += bundle.bytes;
  if (bundle.fetched.length === 0) throw new Error(`none of the urls could be fetched: ${bundle.problems.join("; ")}`);
  return {
    hits: bundle.hits,
    scope: `deployed pages and their scripts (${bundle.fetched.length} fetched)`,
    engineLabel,
    problems: bundle.problems.map((p) => `could not check: ${p}`),
    remarks: []
  };
}
async function scanTree(ctx, inputs, config, scanner, stats, builtinLabel, gitleaks) {
  for (const p of inputs.paths)
    if (!existsSync4(path5.resolve(ctx.cwd, p)))
      throw new UserError(`Input 'paths': ${p} does not exist (looked for ${path5.resolve(ctx.cwd, p)}).`);
  const walk = { symlinksSkipped: [] };
  const hits = [];
  let engineLabel = builtinLabel;
  if (inputs.engine === "gitleaks") {
    const gl = await gitleaks();
    engineLabel = gl.source;
    hits.push(...await runGitleaks(ctx, gl.bin, { paths: inputs.paths }, config.configText, config.ignores));
    for (const _ of treeFragments(ctx.cwd, inputs.paths, stats, walk)) void _;
  } else {
    for (const hit of await scanTreeFiles(ctx.cwd, inputs.paths, stats, walk, scanner)) hits.push(hit);
  }
  if (inputs.paths.length > 0 && stats.files + stats.binaryFiles.length === 0)
    throw new UserError(
      `Input 'paths': ${inputs.paths.join(", ")} hold no file to scan (folders named .git and node_modules are skipped, symlinks out of the workspace are not followed). Nothing was checked, so nothing can pass.`
    );
  const remarks = walk.symlinksSkipped.length ? [`symlinks not followed: ${listSome(walk.symlinksSkipped)}`] : [];
  return {
    hits: dedupe(hits),
    scope: inputs.paths.length ? `working tree: ${inputs.paths.join(", ")}` : "working tree",
    engineLabel,
    problems: [],
    remarks
  };
}
async function historyRange(ctx, inputs, resolved) {
  const gitDir = await ensureFullHistory(ctx);
  const range = await resolveRange(ctx, inputs.mode, inputs.base, inputs.head);
  const counting = countCommits(ctx, range.revs);
  resolved(range, gitDir);
  const counted = counting.then((expected) => {
    if (expected === 0 && range.mustHaveCommits) {
      throw new Error(
        `${range.label} resolves to no commits (git rev-list ${range.revs.join(" ")}): nothing was scanned, so nothing can pass.` + (inputs.mode === "diff" ? " Is the range empty or reversed? base must be an ancestor of head." : "")
      );
    }
    return { range, expected };
  });
  counted.catch(() => void 0);
  return { counted };
}
async function scanHistory(ctx, { range, expected }, inputs, config, scanner, stats, builtinLabel, gitleaks, pool) {
  const hits = [];
  const remarks = [];
  let engineLabel = builtinLabel;
  if (inputs.engine === "gitleaks") {
    const gl = await gitleaks();
    engineLabel = gl.source;
    hits.push(...await runGitleaks(ctx, gl.bin, { revs: range.revs }, config.configText, config.ignores));
    await countAdded(ctx.cwd, range.revs, stats);
  } else {
    const scanned = await scanHistoryRange({
      cwd: ctx.cwd,
      revs: range.revs,
      scanner,
      stats,
      threads: pool.threadCount,
      started: pool.threads,
      setup: { configText: config.configText, ruleIds: config.ruleSet.rules.map((r) => r.id) }
    });
    hits.push(...scanned.hits);
    if (scanned.threads > 1) remarks.push(`read and scanned by ${scanned.threads} threads`);
  }
  if (stats.commits < expected)
    throw new Error(
      `git listed ${expected} commits in ${range.label} but only ${stats.commits} were read: refusing to pass a partial scan.`
    );
  return { hits: dedupe(hits), scope: range.label, engineLabel, problems: [], remarks };
}
function dedupe(hits) {
  const seen = /* @__PURE__ */ new Set();
  return hits.filter((h) => {
    const key = `${h.fingerprint}\0${h.column}\0${h.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function toFindings(ctx, hits, ignores) {
  const findings = [];
  const secretOf = /* @__PURE__ */ new Map();
  const rows = [];
  let ignoredByFile = 0;
  let silencedByPath = 0;
  for (const hit of hits) if (hit.secret !== hit.file && isDistinctive(hit.secret)) ctx.secrets.add(hit.secret);
  const cellText = (text2) => escapeText(ctx.secrets.redact(text2));
  for (const hit of hits) {
    const isValue = hit.secret !== hit.file;
    if (isIgnored(hit.fingerprint, hit.commit, ignores)) {
      ignoredByFile++;
      continue;
    }
    if (hit.suppressed) {
      silencedByPath++;
      continue;
    }
    const author = hit.author === void 0 || !isValue ? hit.author : maskValue(hit.author, hit.secret);
    const shown = redactMatch(hit.secret);
    const finding = {
      ruleId: hit.ruleId,
      severity: "error",
      title: hit.description,
      message: findingMessage(hit, isValue ? shown : "This file", author),
      file: hit.file,
      line: hit.line || void 0,
      endLine: hit.endLine || void 0,
      column: hit.line ? hit.column : void 0,
      fingerprint: hit.fingerprint
    };
    findings.push(finding);
    if (isValue) secretOf.set(finding, hit.secret);
    rows.push([
      code(hit.ruleId),
      cellText(`${hit.file}${hit.line ? `:${hit.line}` : ""}${hit.column > 1 ? `:${hit.column}` : ""}`),
      hit.commit ? code(hit.commit.slice(0, 7)) : "\u2014",
      author === void 0 ? "\u2014" : cellText(author),
      hit.date ? cellText(hit.date.slice(0, 10)) : "\u2014",
      isValue ? code(shown) : "(the file)",
      code(hit.fingerprint)
    ]);
  }
  return { findings, secretOf, rows, ignoredByFile, silencedByPath };
}
function maskValue(text2, value) {
  return value.length > 0 ? text2.split(value).join(MASK) : text2;
}
function findingMessage(hit, what, author) {
  const ignore = "If it is not a secret, add the fingerprint to .gitleaksignore.";
  if (hit.url !== void 0)
    return `In a deployed page or script, served at ${hit.url}: ${what}. Anyone who loads the page can read it: rotate it now, then remove it from what is served and keep it on the server. ${ignore}`;
  if (hit.commit) {
    const sha = hit.commit.slice(0, 7);
    const by = `${author ? ` by ${author}` : ""}${hit.date ? ` on ${hit.date.slice(0, 10)}` : ""}`;
    return `Added in ${sha}${by}: ${what}. Rotate it now: commit ${sha} keeps it in the git history even after the file is fixed; then remove it and load it from a secret store. ${ignore}`;
  }
  return `Found in the working tree: ${what}. Remove it and load it from a secret store; rotate it if this file was ever committed, pushed, published or deployed. ${ignore}`;
}
function scannedLine(outcome, stats, ignoredByFile, silencedByPath) {
  const parts = [
    `${stats.commits} commit(s), ${stats.files} file(s), ${formatBytes(stats.bytes)}`,
    stats.binaryFiles.length ? `${stats.binaryFiles.length} binary file(s) checked by name only: ${listSome(stats.binaryFiles)}` : "",
    stats.chunked ? `${stats.chunked} file(s) over ${formatBytes(CHUNK_BYTES)} scanned in overlapping chunks` : "",
    ignoredByFile ? `${ignoredByFile} finding(s) ignored by .gitleaksignore` : "",
    silencedByPath ? `${silencedByPath} finding(s) silenced by a path allowlist` : "",
    ...outcome.remarks
  ].filter(Boolean);
  return `Scanned ${outcome.scope} with ${outcome.engineLabel}: ${parts.join("; ")}.`;
}
function writeSarif(ctx, where, findings, started) {
  const report = buildReport("secret-scan", { findings, metrics: {} }, "error", performance.now() - started);
  return writeSarifFile(ctx, where, toSarif([report]));
}
function listSome(items, max = 10) {
  return items.slice(0, max).join(", ") + (items.length > max ? ` and ${items.length - max} more` : "");
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export {
  secretScan
};
