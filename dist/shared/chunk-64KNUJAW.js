import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  PGLITE_EXTENSIONS
} from "./chunk-HQOJW264.js";
import {
  CATALOG,
  readDoBlock,
  trackStatement
} from "./chunk-UC5Q3KIK.js";
import {
  DatabaseError,
  StatementTimeoutError,
  startEngine
} from "./chunk-SBOPSLHH.js";
import {
  parse
} from "./chunk-IZSMAHAY.js";
import {
  require_picomatch
} from "./chunk-P224PUG6.js";
import {
  groupBy
} from "./chunk-72I7UR5T.js";
import {
  defineCheck
} from "./chunk-MJ7T7JTD.js";
import {
  bool,
  choice,
  closest,
  integer,
  list,
  text
} from "./chunk-FWQDJEAF.js";
import {
  table
} from "./chunk-DLCS5LTK.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  __export,
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/migration-check/index.ts
var migration_check_exports = {};
__export(migration_check_exports, {
  migrationCheck: () => migrationCheck,
  parseRuleSeverities: () => parseRuleSeverities
});
init_define_LAUNCHGATE_GATES();
import { readFileSync as readFileSync3 } from "node:fs";
import path4 from "node:path";

// src/checks/migration-check/apply.ts
init_define_LAUNCHGATE_GATES();
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
  const pg = (await import("./esm-YHEOTAYG.js")).default;
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
      let inTransaction = ownTransaction || !engine.runsTransactionStatements;
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
        const guarded = inTransaction && !tx && engine.savepoint && outcome.skipped.length > 0;
        try {
          if (guarded) await engine.savepoint.set();
          await engine.exec(statement.text);
          if (guarded) await engine.savepoint.release();
          outcome.applied++;
          if (tx === "TRANS_STMT_BEGIN" || tx === "TRANS_STMT_START") inTransaction = true;
          if (tx === "TRANS_STMT_COMMIT" || tx === "TRANS_STMT_ROLLBACK") inTransaction = false;
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
import path2 from "node:path";

// src/checks/migration-check/discover.ts
init_define_LAUNCHGATE_GATES();
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var base = (f) => path.posix.basename(f);
var dir = (f) => path.posix.dirname(f);
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
    accepts: (f, root) => existsSync(path.join(root, dir(f), "down.sql")),
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
    entries = readdirSync(path.join(root, rel), { withFileTypes: true });
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
      const text2 = readFileSync(path.join(root, conf), "utf8");
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
      const folder = path.posix.normalize(path.posix.join(dir(conf), loc.replace(/^filesystem:/, "")));
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
        const journal = JSON.parse(readFileSync(path.join(root, folder, "meta", "_journal.json"), "utf8"));
        journals.set(folder, new Map((journal.entries ?? []).map((e) => [e.tag, e.idx])));
      } catch {
        journals.set(folder, null);
      }
    }
    const idx = journals.get(folder)?.get(path.posix.basename(f.path, ".sql"));
    if (idx !== void 0) f.order = [idx];
    else if (journals.get(folder)) f.order = [Number.MAX_SAFE_INTEGER, path.posix.basename(f.path)];
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
      const meta = path.join(root, dir(file.path), "metadata.toml");
      try {
        if (existsSync(meta) && parse(readFileSync(meta, "utf8")).run_in_transaction === false)
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
      const conf = path.join(root, `${file.path}.conf`);
      if (existsSync(conf) && /^\s*executeInTransaction\s*=\s*false\s*$/m.test(readFileSync(conf, "utf8")))
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
      const absolute = path2.join(this.root, file);
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
  const block = readDoBlock(statement);
  if (block) {
    const hits2 = CATALOG.flatMap(
      (rule) => rule.check(statement, state).map((h) => ({ ...h, rule: rule.id, statement }))
    );
    const wasExplicit = state.explicitTransaction;
    state.explicitTransaction = true;
    hits2.push(...block.statements.flatMap((s) => checkStatement(s, state)));
    state.explicitTransaction = wasExplicit;
    if (!state.explicitTransaction && !state.wrapped) state.locksHeld.clear();
    return hits2;
  }
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
import path3 from "node:path";
function starter(repo) {
  const migrations = discoverMigrations(repo.cwd, []);
  if (!migrations.length) return void 0;
  const layouts = [...new Set(migrations.map((m) => m.layout))];
  const dirs = [...new Set(migrations.map((m) => path3.posix.dirname(m.path)))];
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
      const lint = await lintAll(readAndParse(ctx.cwd, all, engine), {
        changes,
        severities,
        pgVersion: inputs["postgres-version"],
        codeIndex: new CodeIndex(ctx.cwd, inputs["app-paths"], new Set(all.map((f) => f.path)), files)
      });
      const { findings, sources } = lint;
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
function readAndParse(root, files, engine) {
  const texts = files.map((file) => {
    const bytes = readFileSync3(path4.join(root, file.path));
    try {
      return { text: UTF8.decode(bytes) };
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
      return { text: "", notUtf8: { line, offset: bad } };
    }
  });
  const parsed = texts.map(
    (t) => t.notUtf8 ? Promise.resolve({ statements: [], comments: [] }) : engine.parse(t.text)
  );
  const sources = files.map((file, i) => parsed[i].then((p) => toSource(root, file, p, texts[i])));
  for (const source of sources) source.catch(() => void 0);
  return sources;
}
function toSource(root, file, p, read) {
  refineLayout(file, p.comments);
  const statements = upSection(file, p);
  const source = {
    file,
    parsed: p,
    statements,
    tx: runsInTransaction(file, root, p.comments, statements.length)
  };
  const notUtf8 = read.notUtf8;
  if (notUtf8)
    source.problem = {
      rule: "not-utf8",
      line: notUtf8.line,
      message: `${file.path} is not valid UTF-8 (byte ${notUtf8.offset}, line ${notUtf8.line}); Postgres reads migrations as UTF-8. Re-save the file as UTF-8.`
    };
  else if (p.error && /\{\{[\s\S]*?\}\}/.test(read.text))
    source.problem = {
      rule: "unrendered-template",
      line: p.error.line,
      message: `${file.path} holds template placeholders ({{ \u2026 }}) that the tool fills in before it runs the file, so it cannot be parsed or applied as it stands.`
    };
  else if (p.error) source.problem = { rule: "syntax-error", line: p.error.line, message: `${p.error.message}.` };
  return source;
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
async function lintAll(pending2, opts) {
  const sources = [];
  const findings = [];
  const rows = [];
  const ignored = [];
  let linted = 0;
  const setStates = /* @__PURE__ */ new Map();
  for (const next of pending2) {
    const source = await next;
    sources.push(source);
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
  return { findings, rows, ignored, linted, sources };
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
    const byFile = groupBy(o.notChecked, (n) => n.file);
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
  parseRuleSeverities,
  migration_check_exports
};
