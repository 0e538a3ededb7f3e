import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  PGLITE_EXTENSIONS
} from "./chunk-JQKGKFI6.js";
import {
  parse
} from "./chunk-5KVXQQFD.js";
import {
  require_picomatch
} from "./chunk-V5DM6DG7.js";
import {
  defineCheck
} from "./chunk-HSSO2BYN.js";
import {
  UserError,
  bool,
  choice,
  closest,
  errorMessage,
  integer,
  list,
  text
} from "./chunk-Q3S2AIDP.js";
import {
  table
} from "./chunk-BRXJLU2M.js";
import {
  __export,
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-OS5SADBN.js";

// src/checks/migration-check/index.ts
var migration_check_exports = {};
__export(migration_check_exports, {
  migrationCheck: () => migrationCheck,
  parseRuleSeverities: () => parseRuleSeverities
});
init_define_LAUNCHGATE_GATES();
import { readFileSync as readFileSync3 } from "node:fs";
import path5 from "node:path";

// src/checks/migration-check/apply.ts
init_define_LAUNCHGATE_GATES();

// src/checks/migration-check/engine.ts
init_define_LAUNCHGATE_GATES();
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var StatementTimeoutError = class extends Error {
  constructor(seconds) {
    super(`the statement was still running after ${seconds} s, so it was stopped`);
    this.seconds = seconds;
  }
  seconds;
};
var DatabaseError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
var PARSE_TIMEOUT_SECONDS = 120;
var OPEN_TIMEOUT_SECONDS = 180;
function bundledEntry() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [
    path.join(here, "migration-engine.js"),
    path.join(here, "..", "shared", "migration-engine.js")
  ])
    if (existsSync(candidate)) return candidate;
  return void 0;
}
async function startEngine() {
  const entry = bundledEntry();
  if (entry) return new ChildEngine(entry);
  return inProcessEngine();
}
async function inProcessEngine() {
  const { parseSql } = await import("./parse-VB54D4FF.js");
  const { PgliteHost } = await import("./pglite-host-PNJS57C4.js");
  const host = new PgliteHost();
  return {
    parse: (sql) => parseSql(sql),
    open: (extensions) => host.open(extensions),
    exec: async (sql) => {
      try {
        await host.exec(sql);
      } catch (err) {
        throw new DatabaseError(String(err?.message ?? err), err?.code);
      }
    },
    closeDatabase: () => host.close(),
    shutdown: () => host.close()
  };
}
var ChildEngine = class {
  constructor(entry) {
    this.entry = entry;
  }
  entry;
  child;
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  stderr = "";
  parse(sql) {
    return this.request({ op: "parse", sql }, PARSE_TIMEOUT_SECONDS);
  }
  open(extensions) {
    return this.request({ op: "open", extensions }, OPEN_TIMEOUT_SECONDS);
  }
  async exec(sql, timeoutSeconds) {
    await this.request({ op: "exec", sql }, timeoutSeconds);
  }
  async closeDatabase() {
    if (this.child) await this.request({ op: "close" }, OPEN_TIMEOUT_SECONDS);
  }
  async shutdown() {
    const child = this.child;
    if (!child) return;
    this.child = void 0;
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve();
      }, 5e3);
      timer.unref();
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.connected) child.disconnect();
      else child.kill("SIGKILL");
    });
  }
  spawn() {
    const child = fork(this.entry, [], {
      execArgv: ["--liftoff-only", "--no-warnings"],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"]
    });
    this.stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-2e3);
    });
    child.on("message", (reply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new DatabaseError(reply.message, reply.code));
    });
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = void 0;
      const why = `the embedded engine stopped (${signal ?? `exit ${code}`})${this.stderr.trim() ? `: ${this.stderr.trim().split("\n").slice(-3).join(" ")}` : ""}`;
      for (const [id, waiter] of this.pending) {
        this.pending.delete(id);
        waiter.reject(new Error(why));
      }
    });
    child.on("error", () => void 0);
    return child;
  }
  request(request, timeoutSeconds) {
    this.child ??= this.spawn();
    const child = this.child;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        if (this.child === child) this.child = void 0;
        child.kill("SIGKILL");
        reject(new StatementTimeoutError(timeoutSeconds));
      }, timeoutSeconds * 1e3);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        }
      });
      child.send({ ...request, id });
    });
  }
};

// src/checks/migration-check/apply.ts
var BUILTIN_EXTENSIONS = /* @__PURE__ */ new Set(["plpgsql"]);
function requestedExtensions(statements) {
  const names = /* @__PURE__ */ new Set();
  for (const s of statements) if (s.node.CreateExtensionStmt) names.add(s.node.CreateExtensionStmt.extname);
  return [...names];
}
function embeddedEngine(engine, timeoutSeconds) {
  let loaded = /* @__PURE__ */ new Set();
  const run = (sql) => engine.exec(sql, timeoutSeconds);
  return {
    name: "embedded PGlite",
    runsTransactionStatements: true,
    begin: async (statements) => {
      const wanted = requestedExtensions(statements).filter((e) => PGLITE_EXTENSIONS.includes(e));
      loaded = new Set(await engine.open(wanted));
    },
    exec: run,
    savepoint: {
      set: () => run("SAVEPOINT lg_statement"),
      release: () => run("RELEASE SAVEPOINT lg_statement"),
      rollback: () => run("ROLLBACK TO SAVEPOINT lg_statement")
    },
    end: () => engine.closeDatabase(),
    close: () => engine.closeDatabase(),
    cannotRun: (s) => {
      const ext = s.node.CreateExtensionStmt?.extname;
      if (ext && !BUILTIN_EXTENSIONS.has(ext) && !loaded.has(ext))
        return `the embedded engine has no extension '${ext}'`;
      if (s.node.CreatedbStmt || s.node.DropdbStmt) return "the embedded engine holds a single database";
      return void 0;
    }
  };
}
var NOT_IN_TRANSACTION = (s) => Boolean(
  s.node.IndexStmt?.concurrent || s.node.DropStmt?.concurrent || s.node.VacuumStmt || s.node.ReindexStmt?.params?.some((p) => p?.DefElem?.defname === "concurrently") || s.node.AlterTableStmt?.cmds?.some((c) => c?.AlterTableCmd?.def?.PartitionCmd?.concurrent)
);
function maskUrl(url) {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}
async function serverEngine(url, timeoutSeconds) {
  const pg = (await import("./esm-7A3DPDH3.js")).default;
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 1e4,
    // A backstop in case the server ignores statement_timeout.
    query_timeout: (timeoutSeconds + 10) * 1e3
  });
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (err) {
    const password = (() => {
      try {
        return decodeURIComponent(new URL(url).password);
      } catch {
        return "";
      }
    })();
    let message = String(err?.message ?? err).replaceAll(url, "***");
    if (password) message = message.replaceAll(password, "***");
    throw new Error(`cannot connect to the database at ${maskUrl(url)}: ${err?.code ? `${err.code} ` : ""}${message}`);
  }
  const query = async (sql) => {
    try {
      await client.query(sql);
    } catch (err) {
      if (err?.code === "57014" || /Query read timeout/.test(String(err?.message)))
        throw new StatementTimeoutError(timeoutSeconds);
      throw new DatabaseError(String(err?.message ?? err), err?.code);
    }
  };
  return {
    name: "database-url (rolled back)",
    runsTransactionStatements: false,
    begin: async () => {
      await query("BEGIN");
      await query(`SET LOCAL statement_timeout = '${timeoutSeconds}s'`);
    },
    exec: query,
    savepoint: {
      set: () => query("SAVEPOINT lg_statement"),
      release: () => query("RELEASE SAVEPOINT lg_statement"),
      rollback: () => query("ROLLBACK TO SAVEPOINT lg_statement")
    },
    end: async () => {
      await client.query("ROLLBACK").catch(() => void 0);
    },
    close: async () => {
      await client.query("ROLLBACK").catch(() => void 0);
      await client.end().catch(() => void 0);
    },
    cannotRun: (s) => NOT_IN_TRANSACTION(s) ? "cannot run inside the rolled-back transaction that keeps the database unchanged" : void 0
  };
}
var ref = (file, s) => ({ file, line: s.line, endLine: s.endLine, text: s.text });
async function applySet(engine, set) {
  const outcome = { set: set.name, applied: 0, skipped: [], notChecked: [], notReached: 0 };
  const all = set.units.flatMap((u) => u.statements);
  await engine.begin(all);
  let remaining = all.length;
  try {
    for (const unit of set.units) {
      if (unit.parseError) {
        outcome.skipped.push({ file: unit.file, line: unit.parseError.line, reason: "the file does not parse" });
        continue;
      }
      const ownTransaction = unit.wrapped && engine.runsTransactionStatements;
      let inTransaction2 = ownTransaction || !engine.runsTransactionStatements;
      if (ownTransaction) await engine.exec("BEGIN");
      for (const statement of unit.statements) {
        remaining--;
        const reason = engine.cannotRun(statement);
        if (reason) {
          outcome.skipped.push({ ...ref(unit.file, statement), reason });
          continue;
        }
        const tx = statement.node.TransactionStmt?.kind;
        if (tx && !engine.runsTransactionStatements) continue;
        if (tx && engine.runsTransactionStatements && ownTransaction) continue;
        const guarded = inTransaction2 && !tx && engine.savepoint && outcome.skipped.length > 0;
        try {
          if (guarded) await engine.savepoint.set();
          await engine.exec(statement.text);
          if (guarded) await engine.savepoint.release();
          outcome.applied++;
          if (tx === "TRANS_STMT_BEGIN" || tx === "TRANS_STMT_START") inTransaction2 = true;
          if (tx === "TRANS_STMT_COMMIT" || tx === "TRANS_STMT_ROLLBACK") inTransaction2 = false;
        } catch (err) {
          if (err instanceof StatementTimeoutError) {
            outcome.failure = { ...ref(unit.file, statement), message: err.message, timedOut: true };
            outcome.notReached = remaining;
            return outcome;
          }
          const message = err instanceof Error ? err.message : String(err);
          if (outcome.skipped.length > 0) {
            outcome.notChecked.push({ ...ref(unit.file, statement), message });
            if (guarded) await engine.savepoint.rollback();
            continue;
          }
          if (ownTransaction) await engine.exec("ROLLBACK").catch(() => void 0);
          outcome.failure = { ...ref(unit.file, statement), message, timedOut: false };
          outcome.notReached = remaining;
          return outcome;
        }
      }
      if (ownTransaction) await engine.exec("COMMIT");
    }
  } finally {
    await engine.end().catch(() => void 0);
  }
  return outcome;
}

// src/checks/migration-check/backcompat.ts
init_define_LAUNCHGATE_GATES();
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { readFileSync as readFileSync2, statSync } from "node:fs";
import path3 from "node:path";

// src/checks/migration-check/discover.ts
init_define_LAUNCHGATE_GATES();
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync as existsSync2, readdirSync, readFileSync } from "node:fs";
import path2 from "node:path";
var base = (f) => path2.posix.basename(f);
var dir = (f) => path2.posix.dirname(f);
var versionParts = (v) => v.split(/[._]/).map((p) => /^\d+$/.test(p) ? Number(p) : p);
var numericPrefix = (f) => {
  const m = /^(\d+)/.exec(base(f));
  return m ? [Number(m[1]), base(f)] : [Infinity, base(f)];
};
var flywayOrder = (f) => base(f).startsWith("R__") ? [1, base(f)] : [0, ...versionParts(/^V([^_]+(?:_[^_]+)*?)__/.exec(base(f))?.[1] ?? "")];
var DBMATE_UP = /^--\s*migrate:up\b/;
var DBMATE_DOWN = /^--\s*migrate:down\b/;
var LAYOUTS = [
  {
    layout: "prisma",
    glob: "**/prisma/migrations/*/migration.sql",
    order: (f) => [base(dir(f))],
    set: (f) => dir(dir(f))
  },
  {
    layout: "diesel",
    glob: "**/migrations/*/up.sql",
    // Diesel keeps up.sql and down.sql side by side in one folder per migration.
    accepts: (f, root) => existsSync2(path2.join(root, dir(f), "down.sql")),
    order: (f) => [base(dir(f))],
    set: (f) => dir(dir(f))
  },
  { layout: "supabase", glob: "**/supabase/migrations/*.sql", order: (f) => [base(f)], set: dir },
  { layout: "drizzle", glob: "**/drizzle/*.sql", order: numericPrefix, set: dir },
  { layout: "flyway", glob: "**/V*__*.sql", order: flywayOrder, set: dir },
  { layout: "flyway", glob: "**/R__*.sql", order: flywayOrder, set: dir },
  { layout: "golang-migrate", glob: "**/*.up.sql", order: numericPrefix, set: dir },
  {
    // dbmate files are plain .sql files too: they become dbmate once their `-- migrate:up` comment is seen.
    layout: "plain",
    glob: "**/{db/migrations,migrations}/*.sql",
    accepts: (f) => !f.endsWith(".down.sql"),
    order: (f) => [base(f).replace(/\d+/g, (d) => d.padStart(12, "0"))],
    set: dir
  }
];
var MATCHERS = LAYOUTS.map((l) => (0, import_picomatch.default)(l.glob, { dot: false }));
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "vendor", ".next", "build", "coverage"]);
function listFiles(root, rel = "", out = []) {
  let entries;
  try {
    entries = readdirSync(path2.join(root, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) listFiles(root, child, out);
    } else if (e.isFile()) out.push(child);
  }
  return out;
}
function compareKeys(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (typeof x === "number" && typeof y === "number") {
      if (x !== y) return x - y;
    } else if (String(x) !== String(y)) return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
function flywayLocations(root, files) {
  const out = /* @__PURE__ */ new Map();
  for (const conf of files.filter((f) => /(^|\/)flyway\.(conf|toml)$/.test(f))) {
    let locations = [];
    try {
      const text2 = readFileSync(path2.join(root, conf), "utf8");
      if (conf.endsWith(".conf")) {
        const line = text2.split("\n").find((l) => /^\s*flyway\.locations\s*=/.test(l));
        if (line) locations = line.slice(line.indexOf("=") + 1).split(",");
      } else {
        const toml = parse(text2);
        const tables = [toml.flyway, ...Object.values(toml.environments ?? {})];
        for (const t of tables) if (Array.isArray(t?.locations)) locations.push(...t.locations.map(String));
      }
    } catch {
      continue;
    }
    for (const raw of locations) {
      const loc = raw.trim();
      if (!loc || loc.startsWith("classpath:")) continue;
      const folder = path2.posix.normalize(path2.posix.join(dir(conf), loc.replace(/^filesystem:/, "")));
      out.set(folder.replace(/\/$/, ""), conf);
    }
  }
  return out;
}
function discoverMigrations(root, globs, files = listFiles(root)) {
  const wanted = globs.length > 0 ? (0, import_picomatch.default)(globs, { dot: true }) : void 0;
  const flyway = flywayLocations(root, files);
  const chosen = [];
  for (const file of files) {
    if (wanted && !wanted(file)) continue;
    const i = LAYOUTS.findIndex((l, k) => MATCHERS[k](file) && (!l.accepts || l.accepts(file, root)));
    const rule = LAYOUTS[i];
    if (rule) {
      let set = rule.set(file);
      if (rule.layout === "flyway") {
        const location = [...flyway.keys()].find((loc) => file.startsWith(`${loc}/`));
        if (location) set = flyway.get(location);
      }
      chosen.push({ path: file, layout: rule.layout, order: rule.order(file), set });
    } else if (wanted) chosen.push({ path: file, layout: "custom", order: [file], set: globs.join(", ") });
  }
  applyDrizzleJournal(root, chosen);
  return chosen.sort((a, b) => a.set.localeCompare(b.set) || compareKeys(a.order, b.order));
}
function undetectedMigrationFolders(found, files) {
  const known = new Set(found.map((f) => dir(f.path)));
  const folders = /* @__PURE__ */ new Set();
  for (const file of files) {
    if (!file.endsWith(".sql") || known.has(dir(file))) continue;
    if (file.endsWith(".down.sql") || base(file) === "down.sql" || /^U\d/.test(base(file))) continue;
    if (/migrat/i.test(dir(file))) folders.add(dir(file));
  }
  return [...folders].sort();
}
function refineLayout(file, comments) {
  if (file.layout === "plain" && comments.some((c) => DBMATE_UP.test(c.text))) file.layout = "dbmate";
}
function applyDrizzleJournal(root, files) {
  const journals = /* @__PURE__ */ new Map();
  for (const f of files.filter((x) => x.layout === "drizzle")) {
    const folder = dir(f.path);
    if (!journals.has(folder)) {
      try {
        const journal = JSON.parse(readFileSync(path2.join(root, folder, "meta", "_journal.json"), "utf8"));
        journals.set(folder, new Map((journal.entries ?? []).map((e) => [e.tag, e.idx])));
      } catch {
        journals.set(folder, null);
      }
    }
    const idx = journals.get(folder)?.get(path2.posix.basename(f.path, ".sql"));
    if (idx !== void 0) f.order = [idx];
    else if (journals.get(folder)) f.order = [Number.MAX_SAFE_INTEGER, path2.posix.basename(f.path)];
  }
}
function runsInTransaction(file, root, comments, statementCount) {
  switch (file.layout) {
    case "prisma":
      return statementCount > 1 ? { wrapped: true, why: "Prisma runs a multi-statement migration in a transaction" } : { wrapped: false, why: "Prisma runs a single-statement migration without a transaction" };
    case "drizzle":
      return { wrapped: true, why: "Drizzle's migrator runs every file in a transaction" };
    case "supabase":
      return { wrapped: true, why: "the Supabase CLI runs each migration in a transaction" };
    case "diesel": {
      const meta = path2.join(root, dir(file.path), "metadata.toml");
      try {
        if (existsSync2(meta) && parse(readFileSync(meta, "utf8")).run_in_transaction === false)
          return { wrapped: false, why: "its metadata.toml sets run_in_transaction = false" };
      } catch {
      }
      return {
        wrapped: true,
        why: "Diesel runs each migration in a transaction unless metadata.toml sets run_in_transaction = false"
      };
    }
    case "golang-migrate":
      return statementCount > 1 ? {
        wrapped: true,
        why: "golang-migrate sends the file as one multi-statement query, which Postgres runs as one implicit transaction"
      } : { wrapped: false, why: "a single statement" };
    case "dbmate":
      return comments.some((c) => DBMATE_UP.test(c.text) && /\btransaction:false\b/.test(c.text)) ? { wrapped: false, why: "-- migrate:up transaction:false" } : { wrapped: true, why: "dbmate wraps each migration in a transaction unless transaction:false" };
    case "flyway": {
      const conf = path2.join(root, `${file.path}.conf`);
      if (existsSync2(conf) && /^\s*executeInTransaction\s*=\s*false\s*$/m.test(readFileSync(conf, "utf8")))
        return { wrapped: false, why: `${file.path}.conf sets executeInTransaction=false` };
      return {
        wrapped: true,
        why: "Flyway runs each migration in a transaction unless its .conf sets executeInTransaction=false"
      };
    }
    default:
      return { wrapped: false, why: "no known tool wraps it; explicit BEGIN/COMMIT are followed" };
  }
}

// src/checks/migration-check/backcompat.ts
var CODE_EXTENSIONS = /\.(ts|tsx|js|jsx|mjs|cjs|py|rb|go|java|kt|cs|php|ex|exs|rs|scala|sql|prisma|graphql|vue|svelte|erb|html)$/;
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_REFERENCES = 5;
var MAX_MATCHES = 25;
var CodeIndex = class {
  constructor(root, appPaths, migrationFiles, allFiles) {
    this.root = root;
    this.appPaths = appPaths;
    this.migrationFiles = migrationFiles;
    this.allFiles = allFiles;
  }
  root;
  appPaths;
  migrationFiles;
  allFiles;
  files;
  load() {
    if (this.files) return this.files;
    const match = this.appPaths.length ? (0, import_picomatch2.default)(this.appPaths.map((p) => /[*?{]/.test(p) ? p : `${p.replace(/\/$/, "")}/**`)) : () => true;
    this.files = [];
    for (const file of this.allFiles ?? listFiles(this.root)) {
      if (this.migrationFiles.has(file) || !CODE_EXTENSIONS.test(file) || !match(file) || /(^|\/)migrations?\//.test(file))
        continue;
      const absolute = path3.join(this.root, file);
      if (statSync(absolute).size > MAX_FILE_BYTES) continue;
      this.files.push({ file, lines: readFileSync2(absolute, "utf8").split("\n") });
    }
    return this.files;
  }
  /**
   * "`orders.ref` is still used in a.ts:3, b.ts:9 and 2 more.", or undefined when the name is not used, or is so
   * common a word (`id`, `status`) that a list of its matches would say nothing.
   */
  describe(qualifiedName) {
    if (!/^[A-Za-z_][\w$]*$/.test(qualifiedName.split(".").at(-1))) return void 0;
    const { refs, total } = this.references(qualifiedName);
    if (total === 0 || total > MAX_MATCHES) return void 0;
    const more = total > refs.length ? ` and ${total - refs.length} more` : "";
    return `\`${qualifiedName}\` is still used in ${refs.map((r) => `${r.file}:${r.line}`).join(", ")}${more}.`;
  }
  references(qualifiedName) {
    const word = qualifiedName.split(".").at(-1);
    const pattern = new RegExp(`(?<![\\w$])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w$])`);
    const refs = [];
    let total = 0;
    for (const { file, lines } of this.load()) {
      lines.forEach((text2, i) => {
        if (pattern.test(text2)) {
          total++;
          if (refs.length < MAX_REFERENCES) refs.push({ file, line: i + 1 });
        }
      });
    }
    return { refs, total };
  }
};

// src/checks/migration-check/rules.ts
init_define_LAUNCHGATE_GATES();

// src/checks/migration-check/rules/index.ts
init_define_LAUNCHGATE_GATES();

// src/checks/migration-check/rules/ban-drop-database.ts
init_define_LAUNCHGATE_GATES();

// src/checks/migration-check/rules/rule.ts
init_define_LAUNCHGATE_GATES();
var defineRule = (rule) => rule;
var sval = (n) => n?.String?.sval;
var dotted = (list2) => (list2 ?? []).map(sval).filter(Boolean).join(".");
var relName = (rel) => rel ? [rel.schemaname === "public" ? void 0 : rel.schemaname, rel.relname].filter(Boolean).join(".") : "?";
var typeNameOf = (typeName) => (typeName?.names ?? []).map(sval).filter((s) => s !== "pg_catalog").join(".");
var hasDefElem = (list2, name) => (list2 ?? []).some((d) => d?.DefElem?.defname === name);
var inTransaction = (state) => state.wrapped || state.explicitTransaction;
function alterCommandsOnExisting(statement, state) {
  const a = statement.node.AlterTableStmt;
  if (!a) return [];
  const table2 = relName(a.relation);
  if (state.createdTables.has(table2)) return [];
  return (a.cmds ?? []).map((c) => c.AlterTableCmd).filter(Boolean).map((cmd) => ({ table: table2, cmd }));
}
var columnConstraints = (col) => (col?.constraints ?? []).map((c) => c.Constraint);
var dropNames = (drop) => (drop.objects ?? []).map(
  (o) => (o.List?.items ?? []).map(sval).join(".").replace(/^public\./, "")
);
function definedColumns(statement) {
  const n = statement.node;
  if (n.CreateStmt) {
    const table2 = relName(n.CreateStmt.relation);
    const keyColumns = /* @__PURE__ */ new Set();
    for (const elt of n.CreateStmt.tableElts ?? []) {
      const con = elt.Constraint;
      if (con && (con.contype === "CONSTR_PRIMARY" || con.contype === "CONSTR_FOREIGN"))
        for (const k of [...con.keys ?? [], ...con.fk_attrs ?? []]) keyColumns.add(sval(k) ?? "");
    }
    return (n.CreateStmt.tableElts ?? []).filter((elt) => elt.ColumnDef).map((elt) => ({ table: table2, col: elt.ColumnDef, keyColumns }));
  }
  if (n.AlterTableStmt) {
    const table2 = relName(n.AlterTableStmt.relation);
    return (n.AlterTableStmt.cmds ?? []).map((c) => c.AlterTableCmd).filter((cmd) => cmd?.subtype === "AT_AddColumn").map((cmd) => ({ table: table2, col: cmd.def.ColumnDef, keyColumns: /* @__PURE__ */ new Set() }));
  }
  return [];
}

// src/checks/migration-check/rules/ban-drop-database.ts
var ban_drop_database_default = defineRule({
  id: "ban-drop-database",
  severity: "error",
  why: "DROP DATABASE deletes a whole database: it has no place in a migration.",
  fix: "Remove it; drop databases by hand, deliberately.",
  squawk: "ban-drop-database",
  check: (statement) => statement.node.DropdbStmt ? [{ detail: `database ${statement.node.DropdbStmt.dbname}` }] : [],
  cases: { bad: ["DROP DATABASE app;", "DROP DATABASE IF EXISTS app;"], good: ["DROP SCHEMA IF EXISTS tmp;"] }
});

// src/checks/migration-check/rules/ban-truncate-cascade.ts
init_define_LAUNCHGATE_GATES();
var ban_truncate_cascade_default = defineRule({
  id: "ban-truncate-cascade",
  severity: "error",
  why: "TRUNCATE \u2026 CASCADE also empties every table that references this one, including tables the migration never names.",
  fix: "Name each table to truncate, without CASCADE.",
  squawk: "ban-truncate-cascade",
  check: (statement) => statement.node.TruncateStmt?.behavior === "DROP_CASCADE" ? [{ detail: "TRUNCATE \u2026 CASCADE" }] : [],
  cases: {
    bad: ["TRUNCATE orders CASCADE;"],
    good: ["TRUNCATE orders;"]
  }
});

// src/checks/migration-check/rules/ban-uncommitted-transaction.ts
init_define_LAUNCHGATE_GATES();
var ban_uncommitted_transaction_default = defineRule({
  id: "ban-uncommitted-transaction",
  severity: "error",
  why: "A BEGIN with no COMMIT leaves the transaction open: the tool may commit it, roll it back, or hold its locks until the session ends.",
  fix: "End the transaction with COMMIT in the same file.",
  squawk: "ban-uncommitted-transaction",
  check: () => [],
  end: (state) => state.openedTransaction ? [{ statement: state.openedTransaction, detail: "BEGIN without a COMMIT" }] : [],
  cases: {
    bad: ["BEGIN; CREATE TABLE t (id bigint);"],
    good: ["BEGIN; CREATE TABLE t (id bigint); COMMIT;", "BEGIN; CREATE TABLE t (id bigint); ROLLBACK;"]
  }
});

// src/checks/migration-check/rules/domain-constraints.ts
init_define_LAUNCHGATE_GATES();
var alterDomainConstraint = defineRule({
  id: "alter-domain-add-constraint",
  severity: "error",
  why: "ALTER DOMAIN \u2026 ADD CONSTRAINT checks every column of every table that uses the domain, while blocking writes to them.",
  fix: "Add it NOT VALID, then ALTER DOMAIN \u2026 VALIDATE CONSTRAINT in a later migration.",
  squawk: "ban-alter-domain-with-add-constraint",
  check(statement) {
    const d = statement.node.AlterDomainStmt;
    const con = d?.subtype === "C" ? d.def?.Constraint : void 0;
    if (!con || con.skip_validation) return [];
    return [{ detail: `constraint ${con.conname ?? "(unnamed)"} on domain ${dotted(d.typeName)}` }];
  },
  cases: {
    bad: ["ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0);"],
    good: [
      "ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0) NOT VALID;",
      "ALTER DOMAIN positive VALIDATE CONSTRAINT pos;"
    ]
  }
});
var createDomainConstraint = defineRule({
  id: "create-domain-with-constraint",
  severity: "notice",
  why: "A CHECK on a domain is hard to change later: altering it re-checks every column that uses the domain.",
  fix: "Put the CHECK on the table columns, or accept the cost of changing it later.",
  squawk: "ban-create-domain-with-constraint",
  check(statement) {
    const d = statement.node.CreateDomainStmt;
    const checks = (d?.constraints ?? []).filter((c) => c.Constraint?.contype === "CONSTR_CHECK");
    return checks.length ? [{ detail: `domain ${dotted(d.domainname)} has a CHECK` }] : [];
  },
  cases: {
    bad: ["CREATE DOMAIN positive AS int CHECK (VALUE > 0);"],
    good: ["CREATE DOMAIN email AS text;", "CREATE DOMAIN email AS text NOT NULL;"]
  }
});

// src/checks/migration-check/rules/identifier-too-long.ts
init_define_LAUNCHGATE_GATES();
var MAX_BYTES = 63;
var NAME_FIELDS = /* @__PURE__ */ new Set(["relname", "colname", "idxname", "conname", "trigname", "newname", "schemaname"]);
function namesAtLimit(node, out) {
  if (Array.isArray(node)) for (const n of node) namesAtLimit(n, out);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string" && NAME_FIELDS.has(key) && Buffer.byteLength(value) > MAX_BYTES - 4) out.add(value);
      else namesAtLimit(value, out);
    }
}
var IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;
function writtenLonger(text2, name) {
  const lower = text2.toLowerCase();
  for (let at = lower.indexOf(name.toLowerCase()); at >= 0; at = lower.indexOf(name.toLowerCase(), at + 1)) {
    let end = at + name.length;
    while (end < text2.length && IDENTIFIER_CHAR.test(text2[end])) end++;
    if (end > at + name.length) return text2.slice(at, end);
  }
  return void 0;
}
var identifier_too_long_default = defineRule({
  id: "identifier-too-long",
  severity: "error",
  why: "Postgres silently cuts names longer than 63 bytes, so the object gets a different name than the one the code and later migrations use.",
  fix: "Use a name of at most 63 bytes.",
  squawk: "identifier-too-long",
  check(statement) {
    const names = /* @__PURE__ */ new Set();
    namesAtLimit(statement.node, names);
    const hits = [];
    for (const name of names) {
      const written = writtenLonger(statement.text, name);
      if (written)
        hits.push({ detail: `${written} is ${Buffer.byteLength(written)} bytes; Postgres keeps only ${name}` });
    }
    return hits;
  },
  cases: {
    bad: [`CREATE TABLE t (${"a".repeat(64)} text);`, `CREATE INDEX CONCURRENTLY ${"i".repeat(70)} ON t (a);`],
    good: [`CREATE TABLE t (${"a".repeat(63)} text);`, 'CREATE INDEX CONCURRENTLY "\xE9_index" ON t (a);']
  }
});

// src/checks/migration-check/rules/prefer-identity.ts
init_define_LAUNCHGATE_GATES();
var SERIALS = /* @__PURE__ */ new Set(["serial", "bigserial", "smallserial", "serial4", "serial8", "serial2"]);
function serialColumns(node) {
  const elts = node.CreateStmt?.tableElts ?? [];
  const added = (node.AlterTableStmt?.cmds ?? []).map((c) => c.AlterTableCmd).filter((c) => c?.subtype === "AT_AddColumn").map((c) => c.def);
  return [...elts, ...added].map((e) => e?.ColumnDef).filter((c) => c && SERIALS.has(dotted(c.typeName?.names))).map((c) => `${c.colname} ${dotted(c.typeName.names)}`);
}
var prefer_identity_default = defineRule({
  id: "prefer-identity",
  severity: "notice",
  why: "serial makes a sequence the table does not own by standard rules: grants, copies and dumps of it go wrong.",
  fix: "Use bigint GENERATED ALWAYS AS IDENTITY.",
  squawk: "prefer-identity",
  check: (statement) => serialColumns(statement.node).map((c) => ({ detail: `column ${c}` })),
  cases: {
    bad: ["CREATE TABLE t (id bigserial PRIMARY KEY);", "CREATE TABLE t (id serial8);"],
    good: ["CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"]
  }
});

// src/checks/migration-check/rules/require-concurrent-partition-detach.ts
init_define_LAUNCHGATE_GATES();
var require_concurrent_partition_detach_default = defineRule({
  id: "require-concurrent-partition-detach",
  severity: "error",
  why: "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the parent table, blocking every query on it.",
  fix: "Use DETACH PARTITION \u2026 CONCURRENTLY (Postgres 14+, outside a transaction).",
  squawk: "require-concurrent-partition-detach",
  check(statement, state) {
    const cmds = statement.node.AlterTableStmt?.cmds ?? [];
    return cmds.map((c) => c.AlterTableCmd).filter((c) => c?.subtype === "AT_DetachPartition" && !c.def?.PartitionCmd?.concurrent && state.pgVersion >= 14).map((c) => ({ detail: `partition ${c.def?.PartitionCmd?.name?.relname ?? "?"}` }));
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE events DETACH PARTITION events_2023;"],
    good: ["ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;"]
  }
});

// src/checks/migration-check/rules/require-enum-value-ordering.ts
init_define_LAUNCHGATE_GATES();
var require_enum_value_ordering_default = defineRule({
  id: "require-enum-value-ordering",
  severity: "notice",
  why: "ADD VALUE without BEFORE or AFTER puts the value last, which decides how the enum sorts (ORDER BY, <, >).",
  fix: "Say where it goes: ALTER TYPE \u2026 ADD VALUE 'x' BEFORE 'y' (or AFTER).",
  squawk: "require-enum-value-ordering",
  check(statement) {
    const e = statement.node.AlterEnumStmt;
    if (!e?.newVal || e.oldVal || e.newValNeighbor) return [];
    return [{ detail: `value '${e.newVal}' added to ${dotted(e.typeName)} with no position` }];
  },
  cases: {
    bad: ["ALTER TYPE status ADD VALUE 'archived';"],
    good: ["ALTER TYPE status ADD VALUE 'archived' AFTER 'done';", "ALTER TYPE status RENAME VALUE 'a' TO 'b';"]
  }
});

// src/checks/migration-check/rules/transaction-nesting.ts
init_define_LAUNCHGATE_GATES();
var transaction_nesting_default = defineRule({
  id: "transaction-nesting",
  severity: "warning",
  why: "A BEGIN or COMMIT inside a transaction the tool already opened: BEGIN only warns, and COMMIT ends the tool\u2019s transaction early, so what follows runs outside it.",
  fix: "Remove BEGIN/COMMIT from the file, or tell the tool not to wrap it (Flyway executeInTransaction=false, dbmate transaction:false, Diesel run_in_transaction = false).",
  squawk: "transaction-nesting",
  check(statement, state) {
    const kind = statement.node.TransactionStmt?.kind;
    if (!kind) return [];
    const opens = kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START";
    const closes = kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK";
    if (opens && (state.wrapped || state.explicitTransaction))
      return [{ detail: state.wrapped ? "BEGIN in a file the tool runs in a transaction" : "BEGIN inside BEGIN" }];
    if (closes && state.wrapped && !state.explicitTransaction)
      return [{ detail: `${kind === "TRANS_STMT_COMMIT" ? "COMMIT" : "ROLLBACK"} ends the tool's own transaction` }];
    return [];
  },
  cases: {
    bad: ["BEGIN; BEGIN;", "COMMIT;"],
    good: ["CREATE TABLE t (id bigint);"],
    wrapped: true
  }
});

// src/checks/migration-check/rules/prefer-bigint.ts
init_define_LAUNCHGATE_GATES();
var NARROW_INTEGERS = /* @__PURE__ */ new Set(["int4", "int2", "serial", "smallserial", "int", "integer", "smallint"]);
var isKey = (name, col, keyColumns) => name === "id" || name.endsWith("_id") || keyColumns.has(name) || columnConstraints(col).some((c) => c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_FOREIGN");
var prefer_bigint_default = defineRule({
  id: "prefer-bigint",
  severity: "warning",
  why: "int/serial keys overflow at 2.1 billion, and changing them later rewrites the table.",
  fix: "Use bigint, or bigint GENERATED ALWAYS AS IDENTITY.",
  squawk: "prefer-bigint-over-int",
  check: (statement) => definedColumns(statement).filter(({ col, keyColumns }) => isKey(col.colname, col, keyColumns)).filter(({ col }) => NARROW_INTEGERS.has(typeNameOf(col.typeName))).map(({ table: table2, col }) => {
    const type = typeNameOf(col.typeName);
    return { detail: `${table2}.${col.colname} is ${type === "int4" ? "integer" : type}` };
  }),
  cases: {
    bad: [
      "CREATE TABLE t (id serial PRIMARY KEY);",
      "CREATE TABLE t (a integer, PRIMARY KEY (a));",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN customer_id int;"
    ],
    good: [
      "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);",
      "CREATE TABLE t (quantity integer);"
    ]
  }
});

// src/checks/migration-check/rules/prefer-text.ts
init_define_LAUNCHGATE_GATES();
var prefer_text_default = defineRule({
  id: "prefer-text",
  severity: "warning",
  why: "Changing a varchar(n) limit later takes an ACCESS EXCLUSIVE lock.",
  fix: "Use text with a CHECK (length(col) <= n) constraint.",
  squawk: "prefer-text-field",
  check: (statement) => definedColumns(statement).filter(({ col }) => typeNameOf(col.typeName) === "varchar" && (col.typeName.typmods ?? []).length > 0).map(({ table: table2, col }) => ({ detail: `${table2}.${col.colname} is varchar(n)` })),
  cases: {
    bad: ["CREATE TABLE t (name varchar(40));", "SET lock_timeout = '5s'; ALTER TABLE t ADD COLUMN code varchar(8);"],
    good: ["CREATE TABLE t (name text);", "CREATE TABLE t (name varchar);"]
  }
});

// src/checks/migration-check/rules/prefer-timestamptz.ts
init_define_LAUNCHGATE_GATES();
var prefer_timestamptz_default = defineRule({
  id: "prefer-timestamptz",
  severity: "warning",
  why: "timestamp without time zone loses the offset and misorders events across zones.",
  fix: "Use timestamptz.",
  squawk: "prefer-timestamp-tz",
  check: (statement) => definedColumns(statement).filter(({ col }) => typeNameOf(col.typeName) === "timestamp").map(({ table: table2, col }) => ({ detail: `${table2}.${col.colname} is timestamp without time zone` })),
  cases: {
    bad: ["CREATE TABLE t (at timestamp);", "CREATE TABLE t (at timestamp without time zone);"],
    good: ["CREATE TABLE t (at timestamptz);", "CREATE TABLE t (at timestamp with time zone);"]
  }
});

// src/checks/migration-check/rules/concurrently-in-transaction.ts
init_define_LAUNCHGATE_GATES();
var concurrently_in_transaction_default = defineRule({
  id: "concurrently-in-transaction",
  severity: "error",
  why: "CONCURRENTLY cannot run inside a transaction block: the migration fails at run time.",
  fix: "Put the statement in its own migration that the tool runs without a transaction.",
  squawk: "ban-concurrent-index-creation-in-transaction",
  check(statement, state) {
    if (!inTransaction(state)) return [];
    const n = statement.node;
    if (n.IndexStmt?.concurrent)
      return [{ detail: `CREATE INDEX CONCURRENTLY on ${relName(n.IndexStmt.relation)} inside a transaction` }];
    if (n.DropStmt?.removeType === "OBJECT_INDEX" && n.DropStmt.concurrent)
      return [{ detail: `DROP INDEX CONCURRENTLY ${dropNames(n.DropStmt).join(", ")} inside a transaction` }];
    if (n.ReindexStmt && hasDefElem(n.ReindexStmt.params, "concurrently"))
      return [{ detail: "REINDEX CONCURRENTLY inside a transaction" }];
    return [];
  },
  cases: {
    bad: [
      "BEGIN; CREATE INDEX CONCURRENTLY i ON orders (a);",
      "BEGIN; DROP INDEX CONCURRENTLY i; COMMIT;",
      "BEGIN; REINDEX INDEX CONCURRENTLY orders_pkey; COMMIT;"
    ],
    good: ["CREATE INDEX CONCURRENTLY i ON orders (a);", "BEGIN; COMMIT; DROP INDEX CONCURRENTLY i;"]
  }
});

// src/checks/migration-check/rules/require-concurrent-index.ts
init_define_LAUNCHGATE_GATES();
var require_concurrent_index_default = defineRule({
  id: "require-concurrent-index",
  severity: "error",
  why: "CREATE INDEX without CONCURRENTLY blocks writes to the table until the index is built.",
  fix: "Use CREATE INDEX CONCURRENTLY (outside a transaction).",
  squawk: "require-concurrent-index-creation",
  check(statement, state) {
    const idx = statement.node.IndexStmt;
    if (!idx || idx.concurrent || state.createdTables.has(relName(idx.relation))) return [];
    return [{ detail: `index ${idx.idxname ?? "(unnamed)"} on ${relName(idx.relation)}` }];
  },
  cases: {
    bad: ["CREATE INDEX i ON orders (a);", "CREATE UNIQUE INDEX ON public.orders (a);"],
    good: ["CREATE INDEX CONCURRENTLY i ON orders (a);", "CREATE TABLE t (a text); CREATE INDEX i ON t (a);"]
  }
});

// src/checks/migration-check/rules/require-concurrent-index-drop.ts
init_define_LAUNCHGATE_GATES();
var require_concurrent_index_drop_default = defineRule({
  id: "require-concurrent-index-drop",
  severity: "error",
  why: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.",
  fix: "Use DROP INDEX CONCURRENTLY (outside a transaction).",
  squawk: "require-concurrent-index-deletion",
  check(statement) {
    const d = statement.node.DropStmt;
    if (d?.removeType !== "OBJECT_INDEX" || d.concurrent) return [];
    return [{ detail: `index ${dropNames(d).join(", ")}` }];
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; DROP INDEX i;", "DROP INDEX IF EXISTS i, j;"],
    good: ["DROP INDEX CONCURRENTLY i;"]
  }
});

// src/checks/migration-check/rules/drop-table.ts
init_define_LAUNCHGATE_GATES();
var drop_table_default = defineRule({
  id: "drop-table",
  severity: "warning",
  why: "Dropping a table breaks the app version still running if it still uses it.",
  fix: "Stop using the table in a deploy first, then drop it in a later one.",
  squawk: "ban-drop-table",
  check(statement, state) {
    const d = statement.node.DropStmt;
    if (d?.removeType !== "OBJECT_TABLE") return [];
    const existing = dropNames(d).filter((t) => !state.createdTables.has(t));
    return existing.length ? [{ detail: `table ${existing.join(", ")}`, names: existing }] : [];
  },
  cases: {
    bad: [
      "SET lock_timeout = '5s'; DROP TABLE orders;",
      "SET lock_timeout = '5s'; DROP TABLE IF EXISTS public.orders;"
    ],
    good: ["CREATE TABLE t (a text); DROP TABLE t;"]
  }
});

// src/checks/migration-check/rules/adding-not-null-column.ts
init_define_LAUNCHGATE_GATES();
var adding_not_null_column_default = defineRule({
  id: "adding-not-null-column",
  severity: "error",
  why: "Adding a NOT NULL column without a default fails on a table with rows, and breaks inserts from the app version still running.",
  fix: "Add the column nullable (or with a constant default), backfill, then add NOT NULL.",
  squawk: "adding-required-field",
  check: (statement, state) => alterCommandsOnExisting(statement, state).filter(({ cmd }) => cmd.subtype === "AT_AddColumn").filter(({ cmd }) => {
    const col = cmd.def.ColumnDef;
    const kinds = columnConstraints(col).map((c) => c.contype);
    const notNull = kinds.includes("CONSTR_NOTNULL") || kinds.includes("CONSTR_PRIMARY");
    const fills = ["CONSTR_DEFAULT", "CONSTR_IDENTITY", "CONSTR_GENERATED"].some((k) => kinds.includes(k));
    return notNull && !fills && !["serial", "bigserial", "smallserial"].includes(typeNameOf(col.typeName));
  }).map(({ table: table2, cmd }) => ({ detail: `${table2}.${cmd.def.ColumnDef.colname} is NOT NULL without a default` })),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN s text NOT NULL;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN k bigint PRIMARY KEY;"
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN s text NOT NULL DEFAULT 'new';",
      "CREATE TABLE t (a text); ALTER TABLE t ADD COLUMN b text NOT NULL;"
    ]
  }
});

// src/checks/migration-check/rules/volatile-default.ts
init_define_LAUNCHGATE_GATES();
var NON_VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "now",
  "transaction_timestamp",
  "statement_timestamp",
  "current_date",
  "lower",
  "upper",
  "coalesce",
  "jsonb_build_object",
  "json_build_object",
  "to_jsonb",
  "array"
]);
function isVolatile(expr) {
  if (!expr || typeof expr !== "object") return false;
  if (expr.FuncCall) {
    const name = (expr.FuncCall.funcname ?? []).map(sval).filter((s) => s !== "pg_catalog").join(".");
    if (!NON_VOLATILE_FUNCTIONS.has(name)) return true;
    return (expr.FuncCall.args ?? []).some(isVolatile);
  }
  if (expr.NextValueExpr) return true;
  return Object.values(expr).some(
    (v) => Array.isArray(v) ? v.some(isVolatile) : typeof v === "object" && isVolatile(v)
  );
}
function rewriteOf(col, pgVersion) {
  const constraints = columnConstraints(col);
  const def = constraints.find((c) => c.contype === "CONSTR_DEFAULT");
  if (constraints.some((c) => c.contype === "CONSTR_IDENTITY"))
    return "is an identity column: every existing row gets a value, so the table is rewritten";
  const volatile = def && isVolatile(def.raw_expr) || ["serial", "bigserial", "smallserial"].includes(typeNameOf(col.typeName)) || constraints.some((c) => c.contype === "CONSTR_GENERATED");
  if (volatile) return "has a volatile default";
  if (def && pgVersion < 11) return `has a default (Postgres ${pgVersion} rewrites the table)`;
  return void 0;
}
var volatile_default_default = defineRule({
  id: "volatile-default",
  severity: "error",
  why: "A column added with a volatile default (or any default before Postgres 11) rewrites the whole table under an ACCESS EXCLUSIVE lock.",
  fix: "Add the column without the default, set the default, and backfill in batches.",
  squawk: "adding-field-with-default",
  check: (statement, state) => alterCommandsOnExisting(statement, state).flatMap(({ table: table2, cmd }) => {
    if (cmd.subtype === "AT_AddIdentity")
      return [{ detail: `${table2}.${cmd.name} becomes an identity column under an ACCESS EXCLUSIVE lock` }];
    if (cmd.subtype !== "AT_AddColumn") return [];
    const why = rewriteOf(cmd.def.ColumnDef, state.pgVersion);
    return why ? [{ detail: `${table2}.${cmd.def.ColumnDef.colname} ${why}` }] : [];
  }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN u uuid DEFAULT gen_random_uuid();",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN n bigserial;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;"
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT now();",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN s text DEFAULT 'x';"
    ]
  }
});

// src/checks/migration-check/rules/unique-without-index.ts
init_define_LAUNCHGATE_GATES();
var isUniqueOrKey = (con) => con?.contype === "CONSTR_UNIQUE" || con?.contype === "CONSTR_PRIMARY";
var unique_without_index_default = defineRule({
  id: "unique-without-index",
  severity: "error",
  why: "Adding a UNIQUE or PRIMARY KEY constraint builds its index while blocking writes.",
  fix: "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT \u2026 USING INDEX.",
  squawk: "disallowed-unique-constraint",
  check: (statement, state) => alterCommandsOnExisting(statement, state).flatMap(({ table: table2, cmd }) => {
    if (cmd.subtype === "AT_AddColumn") {
      const col = cmd.def.ColumnDef;
      return columnConstraints(col).some(isUniqueOrKey) ? [{ detail: `${table2}.${col.colname}` }] : [];
    }
    const con = cmd.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
    if (!isUniqueOrKey(con) || con.indexname) return [];
    const kind = con.contype === "CONSTR_PRIMARY" ? "primary key" : "unique";
    return [{ detail: `${kind} ${con.conname ?? ""} on ${table2}`.replace("  ", " ") }];
  }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT u UNIQUE (ref);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD PRIMARY KEY (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN ref text UNIQUE;"
    ],
    good: ["SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT u UNIQUE USING INDEX orders_ref_idx;"]
  }
});

// src/checks/migration-check/rules/constraint-not-valid.ts
init_define_LAUNCHGATE_GATES();
var constraint_not_valid_default = defineRule({
  id: "constraint-not-valid",
  severity: "error",
  why: "Adding a FOREIGN KEY or CHECK constraint validates every row while holding a lock that blocks writes.",
  fix: "Add it with NOT VALID, then VALIDATE CONSTRAINT in a later statement or migration.",
  squawk: "constraint-missing-not-valid",
  check: (statement, state) => alterCommandsOnExisting(statement, state).flatMap(({ table: table2, cmd }) => {
    if (cmd.subtype === "AT_AddColumn") {
      const col = cmd.def.ColumnDef;
      const constraints = columnConstraints(col);
      const def = constraints.some((c) => c.contype === "CONSTR_DEFAULT");
      if (def && constraints.some((c) => c.contype === "CONSTR_FOREIGN" && !c.skip_validation))
        return [
          {
            detail: `foreign key on ${table2}.${col.colname}, a new column with a default, so every row is validated`
          }
        ];
      return [];
    }
    const con = cmd.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
    if (con?.contype !== "CONSTR_FOREIGN" && con?.contype !== "CONSTR_CHECK" || con.skip_validation) return [];
    const kind = con.contype === "CONSTR_FOREIGN" ? "foreign key" : "check";
    return [{ detail: `${kind} ${con.conname ?? ""} on ${table2}`.replace("  ", " ") }];
  }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN c bigint DEFAULT 1 REFERENCES customers (id);"
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN c bigint REFERENCES customers (id);"
    ]
  }
});

// src/checks/migration-check/rules/change-column-type.ts
init_define_LAUNCHGATE_GATES();
var change_column_type_default = defineRule({
  id: "change-column-type",
  severity: "error",
  why: "Changing a column type usually rewrites the table under an ACCESS EXCLUSIVE lock, and the running app may not read the new type.",
  fix: "Add a new column, backfill, switch the app, then drop the old one.",
  squawk: "changing-column-type",
  check: (statement, state) => alterCommandsOnExisting(statement, state).filter(({ cmd }) => cmd.subtype === "AT_AlterColumnType").map(({ table: table2, cmd }) => ({
    detail: `${table2}.${cmd.name} to ${typeNameOf(cmd.def?.ColumnDef?.typeName)}`,
    names: [`${table2}.${cmd.name}`]
  })),
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN amount TYPE numeric;"],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN amount_v2 numeric;",
      "CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a TYPE bigint;"
    ]
  }
});

// src/checks/migration-check/rules/set-not-null.ts
init_define_LAUNCHGATE_GATES();

// src/checks/migration-check/rules/track-state.ts
init_define_LAUNCHGATE_GATES();
var ACCESS_EXCLUSIVE_ALTERS = /* @__PURE__ */ new Set([
  "AT_AddColumn",
  "AT_DropColumn",
  "AT_AlterColumnType",
  "AT_SetNotNull",
  "AT_DropNotNull",
  "AT_AddConstraint",
  "AT_DropConstraint",
  "AT_ColumnDefault",
  "AT_SetStatistics"
]);
function createdBy(statement) {
  const n = statement.node;
  if (n.CreateTableAsStmt) return relName(n.CreateTableAsStmt.into?.rel);
  if (n.SelectStmt?.intoClause) return relName(n.SelectStmt.intoClause.rel);
  if (n.CreateStmt) return relName(n.CreateStmt.relation);
  return void 0;
}
var exclusive = (table2) => ({ table: table2, mode: "ACCESS EXCLUSIVE" });
var shareRowExclusive = (table2) => ({ table: table2, mode: "SHARE ROW EXCLUSIVE" });
function dropLocks(d, state) {
  const names = dropNames(d);
  switch (d.removeType) {
    case "OBJECT_INDEX":
      return d.concurrent ? [] : [exclusive(names[0])];
    case "OBJECT_VIEW":
    case "OBJECT_MATVIEW":
      return names.map(exclusive);
    case "OBJECT_TRIGGER":
      return (d.objects ?? []).map(
        (o) => exclusive(
          (o.List?.items ?? []).map(sval).slice(0, -1).filter((x) => x !== "public").join(".")
        )
      );
    case "OBJECT_TABLE":
      return [exclusive(names.find((t) => !state.createdTables.has(t)))];
    default:
      return [];
  }
}
function alterTableLocks(a) {
  const table2 = relName(a.relation);
  const locks = [];
  for (const cmdNode of a.cmds ?? []) {
    const cmd = cmdNode.AlterTableCmd;
    if (!cmd) continue;
    const con = cmd.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
    if (a.objtype === "OBJECT_TABLE" && ACCESS_EXCLUSIVE_ALTERS.has(cmd.subtype)) {
      if (con?.contype === "CONSTR_FOREIGN")
        locks.push(shareRowExclusive(table2), shareRowExclusive(relName(con.pktable)));
      else locks.push(exclusive(table2));
    }
    if (cmd.subtype === "AT_AddColumn") {
      for (const c of columnConstraints(cmd.def.ColumnDef))
        if (c.contype === "CONSTR_FOREIGN") locks.push(shareRowExclusive(relName(c.pktable)));
    }
  }
  return locks;
}
var firstRelation = (relations) => (relations ?? []).map((r) => relName(r.RangeVar))[0];
var LOCKS_BY_KIND = {
  ViewStmt: (v) => v.replace ? [exclusive(relName(v.view))] : [],
  RefreshMatViewStmt: (r) => r.concurrent ? [] : [exclusive(relName(r.relation))],
  CreateTrigStmt: (t) => [shareRowExclusive(relName(t.relation))],
  // A foreign key locks the table it references (SHARE ROW EXCLUSIVE), which is in use.
  CreateStmt: (c) => (c.tableElts ?? []).flatMap((elt) => elt.Constraint ? [elt.Constraint] : columnConstraints(elt.ColumnDef)).filter((con) => con?.contype === "CONSTR_FOREIGN").map((con) => shareRowExclusive(relName(con.pktable))),
  DropStmt: dropLocks,
  AlterTableStmt: alterTableLocks,
  RenameStmt: (r) => r.renameType === "OBJECT_COLUMN" || r.renameType === "OBJECT_TABLE" ? [exclusive(relName(r.relation))] : [],
  TruncateStmt: (t) => [exclusive(firstRelation(t.relations))],
  VacuumStmt: (v) => hasDefElem(v.options, "full") ? [exclusive("vacuum full")] : [],
  ClusterStmt: (c) => [exclusive(relName(c.relation))],
  // Mode 8 is ACCESS EXCLUSIVE, LOCK TABLE's default.
  LockStmt: (l) => l.mode === 8 || l.mode === void 0 ? [exclusive(firstRelation(l.relations))] : []
};
function locksTaken(statement, state) {
  const created = new Set(state.createdTables);
  const newTable = createdBy(statement);
  if (newTable) created.add(newTable);
  const locks = Object.entries(statement.node).flatMap(([kind, node]) => LOCKS_BY_KIND[kind]?.(node, state) ?? []);
  return locks.filter((l) => !!l.table && !created.has(l.table));
}
function notNullCheckColumn(table2, con) {
  if (con?.contype !== "CONSTR_CHECK" || !con.skip_validation || !con.conname) return void 0;
  const test = con.raw_expr?.NullTest;
  const column = test?.nulltesttype === "IS_NOT_NULL" ? sval(test.arg?.ColumnRef?.fields?.at(-1)) : void 0;
  return column ? `${table2}.${column}` : void 0;
}
function trackStatement(statement, state) {
  const n = statement.node;
  const locks = locksTaken(statement, state);
  const wasInTransaction = inTransaction(state);
  const kind = n.TransactionStmt?.kind;
  if (kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START") {
    state.explicitTransaction = true;
    state.openedTransaction ??= statement;
  }
  if (kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK") {
    state.explicitTransaction = false;
    state.openedTransaction = void 0;
    if (!state.wrapped) state.locksHeld.clear();
  }
  const created = createdBy(statement);
  if (created) state.createdTables.add(created);
  const v = n.VariableSetStmt;
  if (v?.name === "lock_timeout") {
    const arg = v.args?.[0]?.A_Const;
    const value = arg?.sval?.sval ?? arg?.ival?.ival ?? (arg?.ival ? 0 : void 0);
    state.lockTimeoutSet = v.kind === "VAR_SET_VALUE" && value !== void 0 && String(value) !== "0";
  }
  if (n.AlterTableStmt && !state.createdTables.has(relName(n.AlterTableStmt.relation)))
    advanceNotNullChecks(relName(n.AlterTableStmt.relation), n.AlterTableStmt.cmds ?? [], state.set);
  if (wasInTransaction) {
    for (const l of locks)
      if (state.locksHeld.get(l.table) !== "ACCESS EXCLUSIVE") state.locksHeld.set(l.table, l.mode);
  }
  if (locks.length && !state.lockTimeoutSet) state.lockTimeoutReported = true;
}
function advanceNotNullChecks(table2, cmdNodes, set, until) {
  for (const cmdNode of cmdNodes) {
    const cmd = cmdNode.AlterTableCmd;
    if (!cmd || cmd === until) return;
    const covered = cmd.subtype === "AT_AddConstraint" ? notNullCheckColumn(table2, cmd.def?.Constraint) : void 0;
    if (covered) set.pendingNotNullChecks.set(cmd.def.Constraint.conname, covered);
    if (cmd.subtype === "AT_ValidateConstraint") {
      const target = set.pendingNotNullChecks.get(cmd.name);
      if (target) set.validatedNotNull.add(target);
    }
  }
}

// src/checks/migration-check/rules/set-not-null.ts
var set_not_null_default = defineRule({
  id: "set-not-null",
  severity: "error",
  why: "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
  fix: "Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then SET NOT NULL (Postgres 12+ skips the scan).",
  squawk: "adding-not-nullable-field",
  check(statement, state) {
    const hits = [];
    for (const { table: table2, cmd } of alterCommandsOnExisting(statement, state)) {
      if (cmd.subtype !== "AT_SetNotNull") continue;
      const set = {
        pendingNotNullChecks: new Map(state.set.pendingNotNullChecks),
        validatedNotNull: new Set(state.set.validatedNotNull)
      };
      const a = statement.node.AlterTableStmt;
      advanceNotNullChecks(relName(a.relation), a.cmds ?? [], set, cmd);
      if (!(state.pgVersion >= 12 && set.validatedNotNull.has(`${table2}.${cmd.name}`)))
        hits.push({ detail: `${table2}.${cmd.name}` });
    }
    return hits;
  },
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN s SET NOT NULL;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN s SET NOT NULL, ADD CONSTRAINT s_nn CHECK (s IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT s_nn;"
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT s_nn CHECK (s IS NOT NULL) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT s_nn; ALTER TABLE orders ALTER COLUMN s SET NOT NULL;"
    ]
  }
});

// src/checks/migration-check/rules/validate-under-lock.ts
init_define_LAUNCHGATE_GATES();
var validate_under_lock_default = defineRule({
  id: "validate-under-lock",
  severity: "error",
  why: "VALIDATE CONSTRAINT scans the table; in the same transaction as the statement that added the constraint, the lock that statement took is still held, so the scan blocks the app.",
  fix: "Commit first: VALIDATE CONSTRAINT in a later migration (or after COMMIT in a file the tool does not wrap).",
  check: (statement, state) => alterCommandsOnExisting(statement, state).filter(({ cmd }) => cmd.subtype === "AT_ValidateConstraint").flatMap(({ table: table2, cmd }) => {
    const held = inTransaction(state) ? state.locksHeld.get(table2) : void 0;
    if (!held) return [];
    return [
      {
        detail: `VALIDATE CONSTRAINT ${cmd.name} scans ${table2} while this transaction still holds the ${held} lock an earlier statement took on it`
      }
    ];
  }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; BEGIN; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT c;"
    ],
    good: [
      "SET lock_timeout = '5s'; BEGIN; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0) NOT VALID; COMMIT; ALTER TABLE orders VALIDATE CONSTRAINT c;"
    ]
  }
});

// src/checks/migration-check/rules/drop-column.ts
init_define_LAUNCHGATE_GATES();
var drop_column_default = defineRule({
  id: "drop-column",
  severity: "warning",
  why: "Dropping a column breaks the app version still running if it still reads or writes it.",
  fix: "Stop using the column in a deploy first, then drop it in a later one.",
  squawk: "ban-drop-column",
  check: (statement, state) => alterCommandsOnExisting(statement, state).filter(({ cmd }) => cmd.subtype === "AT_DropColumn").map(({ table: table2, cmd }) => ({ detail: `${table2}.${cmd.name}`, names: [`${table2}.${cmd.name}`] })),
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE orders DROP COLUMN legacy;"],
    good: ["CREATE TABLE t (a text, b text); ALTER TABLE t DROP COLUMN b;"]
  }
});

// src/checks/migration-check/rules/rename-column.ts
init_define_LAUNCHGATE_GATES();
var rename_column_default = defineRule({
  id: "rename-column",
  severity: "error",
  why: "Renaming a column breaks the app version still running, which uses the old name.",
  fix: "Add the new column, write both, backfill, switch reads, then drop the old one (expand/contract).",
  squawk: "renaming-column",
  check(statement, state) {
    const r = statement.node.RenameStmt;
    const table2 = relName(r?.relation);
    if (r?.renameType !== "OBJECT_COLUMN" || state.createdTables.has(table2)) return [];
    return [{ detail: `${table2}.${r.subname} to ${r.newname}`, names: [`${table2}.${r.subname}`] }];
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE orders RENAME COLUMN a TO b;"],
    good: ["CREATE TABLE t (a text); ALTER TABLE t RENAME COLUMN a TO b;"]
  }
});

// src/checks/migration-check/rules/rename-table.ts
init_define_LAUNCHGATE_GATES();
var rename_table_default = defineRule({
  id: "rename-table",
  severity: "error",
  why: "Renaming a table breaks the app version still running, which uses the old name.",
  fix: "Create the new table (or a view with the old name), switch the app, then drop the old one.",
  squawk: "renaming-table",
  check(statement, state) {
    const r = statement.node.RenameStmt;
    const table2 = relName(r?.relation);
    if (r?.renameType !== "OBJECT_TABLE" || state.createdTables.has(table2)) return [];
    return [{ detail: `${table2} to ${r.newname}`, names: [table2] }];
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE orders RENAME TO purchases;"],
    good: ["CREATE TABLE t (a text); ALTER TABLE t RENAME TO u;"]
  }
});

// src/checks/migration-check/rules/truncate.ts
init_define_LAUNCHGATE_GATES();
var truncate_default = defineRule({
  id: "truncate",
  severity: "error",
  why: "TRUNCATE takes an ACCESS EXCLUSIVE lock and deletes every row.",
  fix: "Delete in batches, or make sure the table is not in use.",
  check(statement) {
    const t = statement.node.TruncateStmt;
    return t ? [{ detail: (t.relations ?? []).map((r) => relName(r.RangeVar)).join(", ") }] : [];
  },
  cases: {
    bad: ["TRUNCATE orders;", "TRUNCATE TABLE orders, customers;"],
    good: ["DELETE FROM orders WHERE id < 100;"]
  }
});

// src/checks/migration-check/rules/vacuum-full.ts
init_define_LAUNCHGATE_GATES();
var vacuum_full_default = defineRule({
  id: "vacuum-full",
  severity: "error",
  why: "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock.",
  fix: "Use pg_repack, or plain VACUUM.",
  check(statement) {
    const v = statement.node.VacuumStmt;
    if (!v || !hasDefElem(v.options, "full")) return [];
    const tables = (v.rels ?? []).map((r) => relName(r.VacuumRelation?.relation)).join(", ");
    return [{ detail: tables || "all tables" }];
  },
  cases: {
    bad: ["VACUUM FULL orders;", "VACUUM FULL;"],
    good: ["VACUUM orders;", "VACUUM (ANALYZE) orders;"]
  }
});

// src/checks/migration-check/rules/cluster.ts
init_define_LAUNCHGATE_GATES();
var cluster_default = defineRule({
  id: "cluster",
  severity: "error",
  why: "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock.",
  fix: "Use pg_repack, or run it in a maintenance window.",
  check: (statement) => statement.node.ClusterStmt ? [{ detail: relName(statement.node.ClusterStmt.relation) }] : [],
  cases: {
    bad: ["CLUSTER orders USING orders_pkey;"],
    good: ["ANALYZE orders;"]
  }
});

// src/checks/migration-check/rules/lock-table.ts
init_define_LAUNCHGATE_GATES();
var lock_table_default = defineRule({
  id: "lock-table",
  severity: "error",
  why: "An explicit LOCK TABLE blocks the app for as long as the migration runs.",
  fix: "Remove it; rely on the lock each statement takes, with a lock_timeout.",
  check(statement) {
    const l = statement.node.LockStmt;
    return l ? [{ detail: (l.relations ?? []).map((r) => relName(r.RangeVar)).join(", ") }] : [];
  },
  cases: {
    bad: ["LOCK TABLE orders;", "LOCK TABLE orders IN SHARE MODE;"],
    good: ["SELECT 1;"]
  }
});

// src/checks/migration-check/rules/reindex-without-concurrently.ts
init_define_LAUNCHGATE_GATES();
var reindex_without_concurrently_default = defineRule({
  id: "reindex-without-concurrently",
  severity: "error",
  why: "REINDEX without CONCURRENTLY blocks writes to the table.",
  fix: "Use REINDEX \u2026 CONCURRENTLY (Postgres 12+).",
  squawk: "require-concurrent-reindex",
  check(statement) {
    const r = statement.node.ReindexStmt;
    if (!r || hasDefElem(r.params, "concurrently")) return [];
    return [{ detail: relName(r.relation) || r.name }];
  },
  cases: {
    bad: ["REINDEX INDEX orders_pkey;", "REINDEX TABLE orders;"],
    good: ["REINDEX INDEX CONCURRENTLY orders_pkey;"]
  }
});

// src/checks/migration-check/rules/require-lock-timeout.ts
init_define_LAUNCHGATE_GATES();
var require_lock_timeout_default = defineRule({
  id: "require-lock-timeout",
  severity: "warning",
  why: "A statement waiting for a lock that blocks writes (ACCESS EXCLUSIVE, SHARE ROW EXCLUSIVE) queues every query behind it; without lock_timeout it can wait forever.",
  fix: "SET lock_timeout = '5s'; before it (and retry the migration if it times out).",
  squawk: "require-lock-timeout",
  check(statement, state) {
    if (state.lockTimeoutSet || state.lockTimeoutReported) return [];
    const [first] = locksTaken(statement, state);
    return first ? [{ detail: `${first.mode} lock on ${first.table} with no lock_timeout set before it` }] : [];
  },
  cases: {
    bad: ["ALTER TABLE orders ADD COLUMN n text;", "SET lock_timeout = '5s'; SET lock_timeout = 0; DROP TABLE orders;"],
    good: [
      "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN n text;",
      "CREATE TABLE t (a text); ALTER TABLE t ADD COLUMN b text;"
    ]
  }
});

// src/checks/migration-check/rules/index.ts
var CATALOG = [
  identifier_too_long_default,
  ban_uncommitted_transaction_default,
  transaction_nesting_default,
  require_concurrent_partition_detach_default,
  ban_truncate_cascade_default,
  ban_drop_database_default,
  require_enum_value_ordering_default,
  alterDomainConstraint,
  createDomainConstraint,
  prefer_identity_default,
  prefer_bigint_default,
  prefer_text_default,
  prefer_timestamptz_default,
  concurrently_in_transaction_default,
  require_concurrent_index_default,
  require_concurrent_index_drop_default,
  drop_table_default,
  adding_not_null_column_default,
  volatile_default_default,
  unique_without_index_default,
  constraint_not_valid_default,
  change_column_type_default,
  set_not_null_default,
  validate_under_lock_default,
  drop_column_default,
  rename_column_default,
  rename_table_default,
  truncate_default,
  vacuum_full_default,
  cluster_default,
  lock_table_default,
  reindex_without_concurrently_default,
  require_lock_timeout_default
];

// src/checks/migration-check/rules.ts
var FILE_RULES = {
  "syntax-error": {
    id: "syntax-error",
    severity: "error",
    why: "Postgres cannot parse the migration.",
    fix: "Fix the SQL at the line given."
  },
  "apply-failed": {
    id: "apply-failed",
    severity: "error",
    why: "The migration does not apply to a fresh database after the ones before it.",
    fix: "Fix the statement; the database error says why."
  },
  "apply-not-checked": {
    id: "apply-not-checked",
    severity: "error",
    why: "The apply check could not verify these statements: they failed after something they may depend on was skipped.",
    fix: "Set apply: database-url to a server that has every extension the migrations need, or fix what was skipped."
  },
  "statement-timeout": {
    id: "statement-timeout",
    severity: "error",
    why: "A statement ran past the statement-timeout on an empty database: on production data it would run longer.",
    fix: "Make the statement finish (a loop that never ends, a lock it waits on), or raise input statement-timeout."
  },
  "not-utf8": {
    id: "not-utf8",
    severity: "error",
    why: "The migration is not valid UTF-8, so it cannot be checked.",
    fix: "Re-save the file as UTF-8."
  },
  "unrendered-template": {
    id: "unrendered-template",
    severity: "warning",
    why: "The migration is a template ({{ \u2026 }}) that its tool renders before it runs, so it cannot be checked as it stands.",
    fix: "Check the rendered SQL, or list the template outside input migrations."
  },
  "undetected-migrations": {
    id: "undetected-migrations",
    severity: "error",
    why: "A folder holds SQL migrations that no known layout matches, so none of them was checked.",
    fix: "Set input 'migrations' to the folder's glob."
  },
  "edited-applied-migration": {
    id: "edited-applied-migration",
    severity: "error",
    why: "This migration was already on the base branch: environments that ran it will never run the edit.",
    fix: "Revert the edit and put the change in a new migration."
  },
  "empty-migration": {
    id: "empty-migration",
    severity: "warning",
    why: "The migration has no statements.",
    fix: "Remove it, or add the statements it was meant to have."
  }
};
var RULES = {
  ...Object.fromEntries(
    CATALOG.map((r) => [r.id, { id: r.id, severity: r.severity, why: r.why, fix: r.fix, squawk: r.squawk }])
  ),
  ...FILE_RULES
};
function newSetState() {
  return { pendingNotNullChecks: /* @__PURE__ */ new Map(), validatedNotNull: /* @__PURE__ */ new Set() };
}
function newFileState(pgVersion, wrapped, set = newSetState()) {
  return {
    pgVersion,
    wrapped,
    explicitTransaction: false,
    lockTimeoutSet: false,
    lockTimeoutReported: false,
    createdTables: /* @__PURE__ */ new Set(),
    locksHeld: /* @__PURE__ */ new Map(),
    set
  };
}
function checkStatement(statement, state) {
  const hits = CATALOG.flatMap(
    (rule) => rule.check(statement, state).map((h) => ({ ...h, rule: rule.id, statement }))
  );
  trackStatement(statement, state);
  return hits;
}
function finishFile(state) {
  return CATALOG.flatMap((rule) => (rule.end?.(state) ?? []).map((h) => ({ ...h, rule: rule.id })));
}

// src/checks/migration-check/starter.ts
init_define_LAUNCHGATE_GATES();
import path4 from "node:path";
function starter(repo) {
  const migrations = discoverMigrations(repo.cwd, []);
  if (!migrations.length) return void 0;
  const layouts = [...new Set(migrations.map((m) => m.layout))];
  const dirs = [...new Set(migrations.map((m) => path4.posix.dirname(m.path)))];
  return {
    // No changed-only: its default lints a PR's changed migrations on pull_request and all of them on push and
    // schedule, where there is no base to compare with.
    values: { apply: "embedded" },
    found: [
      `${migrations.length} ${layouts.join("/")} migration(s) in ${dirs.slice(0, 3).join(", ")}${dirs.length > 3 ? ", \u2026" : ""}`
    ]
  };
}

// src/checks/migration-check/rule-table.ts
init_define_LAUNCHGATE_GATES();
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
function migrationRulesTable() {
  const rows = ["| Rule | Default | What goes wrong | Safe alternative | squawk |", "| --- | --- | --- | --- | --- |"];
  for (const r of Object.values(RULES))
    rows.push(
      `| \`${r.id}\` | ${r.severity} | ${cell(r.why)} | ${cell(r.fix)} | ${r.squawk ? `\`${r.squawk}\`` : "\u2014"} |`
    );
  return rows.join("\n");
}

// src/checks/migration-check/index.ts
var IGNORE = /^--\s*launchgate:ignore\s+([\w-]+)\s*(.*)$/;
var migrationCheck = defineCheck({
  name: "migration-check",
  section: "migrations",
  impact: {
    default: "data",
    reach: "everyone",
    fix: "Follow the rule in the migration report: split the change into backward-compatible steps.",
    byRule: {
      ...Object.fromEntries(Object.entries(RULES).map(([id, rule]) => [id, { class: "data", fix: rule.fix }])),
      "no-migrations": "hygiene"
    }
  },
  starter,
  readmeTables: { "rules:migration-check": migrationRulesTable },
  title: "launchgate migration check",
  description: "Lints Postgres migrations for locks and backward-incompatible changes and proves they apply.",
  branding: { icon: "database", color: "blue" },
  inputs: {
    migrations: list(
      "Migration globs, one per line; empty detects Prisma, Flyway, golang-migrate, dbmate, Diesel, Supabase, Drizzle and plain layouts."
    ),
    "changed-only": bool(
      "Lint only migrations added or changed against the base branch (default: true on pull_request).",
      ""
    ),
    base: text("Base ref for changed-only (default: the pull request base)."),
    rules: list("Rule severities, one per line: `rule-id: error|warning|notice|off`."),
    "postgres-version": integer("Postgres major version the migrations run on.", "17", 9, 30),
    apply: choice("Apply check: embedded (PGlite), database-url (a real server), or none.", "embedded", [
      "embedded",
      "database-url",
      "none"
    ]),
    "database-url": { ...text("Postgres URL used only when apply is database-url."), secret: true },
    "statement-timeout": integer(
      "Seconds one statement may run in the apply check before it is stopped and reported (statement-timeout).",
      "60",
      1,
      3600
    ),
    "app-paths": list(
      "Application code searched for names a migration drops or renames (default: the repository minus the migrations)."
    )
  },
  outputs: {
    findings: { description: "Number of findings." }
  },
  async run(inputs, ctx) {
    const severities = parseRuleSeverities(inputs.rules);
    if (inputs.apply === "database-url" && !inputs["database-url"])
      throw new UserError(`Input 'database-url' is required when apply is database-url.`);
    const files = listFiles(ctx.cwd);
    const all = discoverMigrations(ctx.cwd, inputs.migrations, files);
    if (all.length === 0) return nothingFound(ctx, inputs.migrations, files);
    const changedOnly = inputs["changed-only"] ?? ctx.event.name.startsWith("pull_request");
    const changes = changedOnly ? await changedFiles(ctx, inputs.base) : void 0;
    const engine = await startEngine();
    try {
      const sources = await readAndParse(ctx.cwd, all, engine);
      const lint = lintAll(sources, {
        changes,
        severities,
        pgVersion: inputs["postgres-version"],
        codeIndex: new CodeIndex(ctx.cwd, inputs["app-paths"], new Set(all.map((f) => f.path)), files)
      });
      const findings = lint.findings;
      for (const folder of inputs.migrations.length ? [] : undetectedMigrationFolders(all, files))
        findings.push(undetectedFinding(folder, severities));
      let outcomes = [];
      let engineName = "none";
      if (inputs.apply !== "none") {
        const sql = inputs.apply === "embedded" ? embeddedEngine(engine, inputs["statement-timeout"]) : await serverEngine(inputs["database-url"], inputs["statement-timeout"]);
        engineName = sql.name;
        outcomes = await applyAll(sql, sources);
        findings.push(...applyFindings(outcomes, sources, severities, engineName, inputs.apply === "embedded"));
      }
      const filtered = findings.filter((f) => f.severity !== "off");
      return {
        findings: filtered,
        metrics: {
          files: all.length,
          linted: lint.linted,
          sets: new Set(all.map((f) => f.set)).size,
          applied: sum(outcomes, (o) => o.applied),
          skipped: sum(outcomes, (o) => o.skipped.length),
          notChecked: sum(outcomes, (o) => o.notChecked.length + o.notReached),
          ignored: lint.ignored.length,
          engine: engineName
        },
        sections: sections(lint.rows, filtered, lint.ignored, outcomes, engineName, inputs.apply),
        outputs: { findings: String(filtered.length) }
      };
    } finally {
      await engine.shutdown();
    }
  }
});
var sum = (items, f) => items.reduce((n, t) => n + f(t), 0);
function nothingFound(ctx, globs, files) {
  if (globs.length)
    throw new UserError(
      `Input 'migrations' got ${globs.map((g) => JSON.stringify(g)).join(", ")}, which match no file under ${ctx.cwd}. Give globs relative to the working directory, such as db/migrations/*.sql.`
    );
  const severities = /* @__PURE__ */ new Map();
  const folders = undetectedMigrationFolders([], files);
  const findings = folders.length ? folders.map((folder) => undetectedFinding(folder, severities)) : [
    {
      ruleId: "no-migrations",
      severity: "warning",
      title: "No migrations found",
      message: `Nothing matched the layouts ${[...new Set(LAYOUTS.map((l) => `${l.layout} (${l.glob})`))].join(", ")} under ${ctx.cwd}. Set input 'migrations' to your migration globs.`
    }
  ];
  return { findings, metrics: { files: 0 }, outputs: { findings: String(findings.length) } };
}
function undetectedFinding(folder, severities) {
  const info = RULES["undetected-migrations"];
  return {
    ruleId: "undetected-migrations",
    severity: severities.get("undetected-migrations") ?? info.severity,
    title: info.why,
    message: `${folder} holds .sql files that no known migration layout matches, so none of them was checked. Set input 'migrations' to their glob, for example ${folder}/*.sql.`
  };
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
async function readAndParse(root, files, engine) {
  const texts = files.map((file) => {
    const bytes = readFileSync3(path5.join(root, file.path));
    try {
      return { text: UTF8.decode(bytes) };
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
      return { text: "", notUtf8: { line, offset: bad } };
    }
  });
  const parsed = await Promise.all(
    texts.map((t) => t.notUtf8 ? Promise.resolve({ statements: [], comments: [] }) : engine.parse(t.text))
  );
  return files.map((file, i) => {
    const p = parsed[i];
    refineLayout(file, p.comments);
    const statements = upSection(file, p);
    const source = {
      file,
      parsed: p,
      statements,
      tx: runsInTransaction(file, root, p.comments, statements.length)
    };
    const notUtf8 = texts[i].notUtf8;
    if (notUtf8)
      source.problem = {
        rule: "not-utf8",
        line: notUtf8.line,
        message: `${file.path} is not valid UTF-8 (byte ${notUtf8.offset}, line ${notUtf8.line}); Postgres reads migrations as UTF-8. Re-save the file as UTF-8.`
      };
    else if (p.error && /\{\{[\s\S]*?\}\}/.test(texts[i].text))
      source.problem = {
        rule: "unrendered-template",
        line: p.error.line,
        message: `${file.path} holds template placeholders ({{ \u2026 }}) that the tool fills in before it runs the file, so it cannot be parsed or applied as it stands.`
      };
    else if (p.error) source.problem = { rule: "syntax-error", line: p.error.line, message: `${p.error.message}.` };
    return source;
  });
}
function firstInvalidUtf8(bytes) {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    try {
      UTF8.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      let ok = false;
      for (let extra = 1; extra <= 3 && mid + extra <= bytes.length && !ok; extra++) {
        try {
          UTF8.decode(bytes.subarray(0, mid + extra));
          ok = true;
        } catch {
        }
      }
      if (ok) lo = mid;
      else hi = mid - 1;
    }
  }
  return lo;
}
function lintAll(sources, opts) {
  const findings = [];
  const rows = [];
  const ignored = [];
  let linted = 0;
  const setStates = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const { file } = source;
    const lint = !opts.changes || opts.changes.has(file.path);
    if (!setStates.has(file.set)) setStates.set(file.set, newSetState());
    const setState = setStates.get(file.set);
    rows.push([
      file.path,
      file.layout,
      source.tx.wrapped ? "yes" : "no",
      source.statements.length,
      lint ? opts.changes ? opts.changes.get(file.path) === "M" ? "edited" : "new" : "linted" : "unchanged"
    ]);
    if (!lint) {
      const state = newFileState(opts.pgVersion, source.tx.wrapped, setState);
      if (!source.problem) for (const statement of source.statements) checkStatement(statement, state);
      continue;
    }
    linted++;
    if (source.problem) {
      findings.push(
        finding(
          source.problem.rule,
          opts.severities,
          file.path,
          source.problem.line,
          void 0,
          source.problem.message
        )
      );
      continue;
    }
    findings.push(...lintFile(source, opts, ignored, setState));
  }
  return { findings, rows, ignored, linted };
}
function lintFile(source, opts, ignored, setState) {
  const { file, parsed, statements, tx } = source;
  const out = [];
  if (opts.changes?.get(file.path) === "M")
    out.push(
      finding(
        "edited-applied-migration",
        opts.severities,
        file.path,
        1,
        void 0,
        `${file.path} is already on the base branch.`
      )
    );
  if (statements.length === 0)
    out.push(finding("empty-migration", opts.severities, file.path, 1, void 0, "No SQL statements."));
  const state = newFileState(opts.pgVersion, tx.wrapped, setState);
  const hits = statements.flatMap((statement) => checkStatement(statement, state));
  hits.push(...finishFile(state));
  for (const hit of hits) {
    const statement = hit.statement;
    const ignore = ignoreFor(parsed, statement, hit.rule);
    if (ignore) {
      ignored.push([`${file.path}:${statement.line}`, hit.rule, ignore]);
      continue;
    }
    let message = `${hit.detail}.`;
    if (hit.rule === "concurrently-in-transaction" || hit.rule === "transaction-nesting") message += ` (${tx.why}.)`;
    for (const name of hit.names ?? []) {
      const usage = opts.codeIndex.describe(name);
      if (usage) message += ` ${usage}`;
    }
    out.push(finding(hit.rule, opts.severities, file.path, statement.line, statement, message));
  }
  return out;
}
async function applyAll(engine, sources) {
  const sets = /* @__PURE__ */ new Map();
  for (const s of sources) {
    const set = sets.get(s.file.set) ?? { name: s.file.set, units: [] };
    set.units.push({
      file: s.file.path,
      wrapped: s.tx.wrapped,
      statements: s.problem ? [] : s.statements,
      parseError: s.problem ? { message: s.problem.message, line: s.problem.line } : void 0
    });
    sets.set(s.file.set, set);
  }
  const outcomes = [];
  try {
    for (const set of sets.values()) outcomes.push(await applySet(engine, set));
  } finally {
    await engine.close();
  }
  return outcomes;
}
function applyFindings(outcomes, sources, severities, engineName, embedded) {
  const findings = [];
  const named = outcomes.length > 1;
  const statementOf = (file, line) => sources.find((s) => s.file.path === file)?.statements.find((st) => st.line === line);
  for (const o of outcomes) {
    const where = named ? ` (set ${o.set})` : "";
    if (o.failure) {
      const f = o.failure;
      const rule = f.timedOut ? "statement-timeout" : "apply-failed";
      const more = o.notReached ? ` ${o.notReached} later statement(s) in this set were not applied.` : "";
      findings.push(
        finding(
          rule,
          severities,
          f.file,
          f.line,
          statementOf(f.file, f.line),
          `${engineName}${where}: ${f.message}.${more}`
        )
      );
    }
    const byFile = /* @__PURE__ */ new Map();
    for (const n of o.notChecked) byFile.set(n.file, [...byFile.get(n.file) ?? [], n]);
    for (const [file, list2] of byFile) {
      const first = list2[0];
      const skipped = [...new Set(o.skipped.map((s) => `${s.file}:${s.line} (${s.reason})`))].slice(0, 3).join(", ");
      findings.push(
        finding(
          "apply-not-checked",
          severities,
          file,
          first.line,
          statementOf(file, first.line),
          `${engineName}${where}: ${list2.length} statement(s) in this file failed after ${skipped} was skipped, so they may depend on it: ${first.message}.${embedded ? " Set apply: database-url to a server with everything the migrations need for full coverage." : ""}`
        )
      );
    }
  }
  return findings;
}
function sections(rows, findings, ignored, outcomes, engineName, apply) {
  const out = [
    { title: "Migrations", markdown: table(["File", "Layout", "Transaction", "Statements", "Status"], rows) }
  ];
  if (findings.some((f) => f.file)) {
    out.push({
      title: "What to change",
      markdown: table(
        ["File", "Line", "Rule", "Severity", "Statement", "Safe alternative"],
        findings.filter((f) => f.file).map((f) => [f.file, f.line ?? "", f.ruleId, f.severity, excerpt(f), RULES[f.ruleId]?.fix ?? ""])
      )
    });
  }
  if (ignored.length)
    out.push({ title: "Ignored by comment", markdown: table(["Statement", "Rule", "Reason"], ignored) });
  if (apply === "none") out.push({ title: "Apply check", markdown: "Skipped (apply: none)." });
  else if (outcomes.length) {
    const lines = [];
    for (const o of outcomes) {
      const prefix = outcomes.length > 1 ? `Set ${o.set} \u2014 ` : "";
      const unchecked = o.notChecked.length + o.notReached;
      const verdict = o.failure ? `, stopped at ${o.failure.file}:${o.failure.line}${o.failure.timedOut ? " (statement timeout)" : ""}` : o.skipped.length || unchecked ? "" : " \u2014 every migration applies";
      lines.push(
        `${prefix}${engineName}: ${o.applied} statement(s) applied${o.skipped.length ? `, ${o.skipped.length} skipped` : ""}${unchecked ? `, ${unchecked} not checked` : ""}${verdict}.`
      );
    }
    const skipped = outcomes.flatMap((o) => o.skipped);
    if (skipped.length) {
      lines.push(
        "",
        table(
          ["Statement", "Not run because"],
          skipped.map((s) => [`${s.file}:${s.line}`, s.reason])
        )
      );
      if (skipped.some((s) => s.reason.startsWith("the embedded engine")))
        lines.push(
          "",
          "For full coverage, set `apply: database-url` to a server that has what the embedded engine lacks."
        );
    }
    out.push({ title: "Apply check", markdown: lines.join("\n") });
  }
  return out;
}
var pending = /* @__PURE__ */ new WeakMap();
function excerpt(f) {
  const text2 = pending.get(f) ?? "";
  const one = text2.replace(/\s+/g, " ");
  return one.length > 80 ? `${one.slice(0, 77)}\u2026` : one;
}
var NO_FIX_IN_MESSAGE = /* @__PURE__ */ new Set([
  "syntax-error",
  "apply-failed",
  "apply-not-checked",
  "not-utf8",
  "unrendered-template",
  "statement-timeout"
]);
function finding(rule, severities, file, line, statement, detail) {
  const info = RULES[rule];
  const severity = severities.get(rule) ?? info.severity;
  const f = {
    ruleId: rule,
    severity,
    title: info.why,
    message: `${detail} ${NO_FIX_IN_MESSAGE.has(rule) ? "" : `Safe alternative: ${info.fix}`}`.trim(),
    file,
    line,
    endLine: statement?.endLine
  };
  if (statement) pending.set(f, statement.text);
  return f;
}
function upSection(file, parsed) {
  if (file.layout !== "dbmate") return parsed.statements;
  const up = parsed.comments.find((c) => DBMATE_UP.test(c.text));
  const down = parsed.comments.find((c) => DBMATE_DOWN.test(c.text));
  return parsed.statements.filter((s) => (!up || s.line > up.line) && (!down || s.line < down.line));
}
function ignoreFor(parsed, statement, rule) {
  for (const c of parsed.comments) {
    if (c.endLine !== statement.line - 1 && !(c.line >= statement.line && c.line <= statement.endLine)) continue;
    const m = IGNORE.exec(c.text.trim());
    if (m && m[1] === rule) return m[2].trim() || "(no reason given)";
  }
  return void 0;
}
function parseRuleSeverities(lines) {
  const out = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const m = /^([\w-]+)\s*[:=]\s*(\w+)$/.exec(line);
    if (!m)
      throw new UserError(
        `Input 'rules' got ${JSON.stringify(line)}; accepted: one \`rule-id: error|warning|notice|off\` per line.`
      );
    if (!RULES[m[1]]) {
      const hint = closest(m[1], Object.keys(RULES));
      throw new UserError(
        `Input 'rules' names an unknown rule '${m[1]}'${hint ? ` (did you mean '${hint}'?)` : ""}; rules: ${Object.keys(RULES).join(", ")}.`
      );
    }
    if (!["error", "warning", "notice", "off"].includes(m[2]))
      throw new UserError(`Input 'rules' got severity '${m[2]}' for ${m[1]}; accepted: error, warning, notice, off.`);
    out.set(m[1], m[2]);
  }
  return out;
}
async function changedFiles(ctx, baseInput) {
  const base2 = baseInput || ctx.event.payload.pull_request?.base?.sha || ctx.event.payload.pull_request?.base?.ref;
  if (!base2) throw new UserError(`changed-only needs a base: set input 'base' (a ref or SHA), or run on pull_request.`);
  const exists = await ctx.exec("git", ["rev-parse", "--verify", "--quiet", `${base2}^{commit}`], {
    ignoreReturnCode: true
  });
  if (exists.exitCode !== 0) {
    throw new UserError(
      `The base '${base2}' is not in this clone. Fetch it: set fetch-depth: 0 on actions/checkout (or run git fetch origin ${base2}).`
    );
  }
  let diff;
  try {
    diff = await ctx.exec("git", ["diff", "--name-status", "--relative", "--no-renames", `${base2}...HEAD`]);
  } catch (err) {
    throw new Error(`git diff against ${base2} failed: ${errorMessage(err)}`);
  }
  const out = /* @__PURE__ */ new Map();
  for (const line of diff.stdout.split("\n")) {
    const [status, file] = line.split("	");
    if (file && (status === "A" || status === "M")) out.set(file, status);
  }
  return out;
}

export {
  migrationCheck,
  migration_check_exports
};
