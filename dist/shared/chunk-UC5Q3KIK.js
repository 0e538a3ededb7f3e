import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  alterCommandsOnExisting,
  columnConstraints,
  defineRule,
  definedColumns,
  dotted,
  dropNames,
  hasDefElem,
  inTransaction,
  relName,
  sval,
  typeNameOf
} from "./chunk-BYUFD6SG.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/migration-check/rules/index.ts
init_define_LAUNCHGATE_GATES();

// src/checks/migration-check/rules/ban-drop-database.ts
init_define_LAUNCHGATE_GATES();
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
  why: "ALTER DOMAIN \u2026 ADD CONSTRAINT, SET NOT NULL and VALIDATE CONSTRAINT check every column of every table that uses the domain, under a SHARE lock that blocks writes to them.",
  fix: "Put the CHECK on the table columns instead (NOT VALID, then VALIDATE CONSTRAINT, which lets writes go on); a domain constraint added NOT VALID only checks new values.",
  squawk: "ban-alter-domain-with-add-constraint",
  check(statement) {
    const d = statement.node.AlterDomainStmt;
    if (d?.subtype === "O") return [{ detail: `SET NOT NULL on domain ${dotted(d.typeName)}` }];
    if (d?.subtype === "V")
      return [
        { detail: `VALIDATE CONSTRAINT ${d.name} on domain ${dotted(d.typeName)} locks every table using it SHARE` }
      ];
    const con = d?.subtype === "C" ? d.def?.Constraint : void 0;
    if (!con || con.skip_validation) return [];
    return [{ detail: `constraint ${con.conname ?? "(unnamed)"} on domain ${dotted(d.typeName)}` }];
  },
  cases: {
    bad: [
      "ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0);",
      "ALTER DOMAIN positive SET NOT NULL;",
      "ALTER DOMAIN positive VALIDATE CONSTRAINT pos;"
    ],
    good: [
      "ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0) NOT VALID;",
      "ALTER DOMAIN positive DROP NOT NULL;"
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
    for (const key in node) {
      const value = node[key];
      if (typeof value === "string") {
        if (value.length >= 15 && NAME_FIELDS.has(key) && Buffer.byteLength(value) > MAX_BYTES - 4) out.add(value);
      } else if (value && typeof value === "object") namesAtLimit(value, out);
    }
}
var IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;
function writtenLonger(text, name) {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(name.toLowerCase()); at >= 0; at = lower.indexOf(name.toLowerCase(), at + 1)) {
    let end = at + name.length;
    while (end < text.length && IDENTIFIER_CHAR.test(text[end])) end++;
    if (end > at + name.length) return text.slice(at, end);
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
var NARROW_INTEGERS = /* @__PURE__ */ new Set([
  "int4",
  "int2",
  "serial",
  "serial4",
  "serial2",
  "smallserial",
  "int",
  "integer",
  "smallint"
]);
var isKey = (name, col, keyColumns) => name === "id" || name.endsWith("_id") || keyColumns.has(name) || columnConstraints(col).some((c) => c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_FOREIGN");
var prefer_bigint_default = defineRule({
  id: "prefer-bigint",
  severity: "warning",
  why: "int/serial keys overflow at 2.1 billion, and changing them later rewrites the table.",
  fix: "Use bigint, or bigint GENERATED ALWAYS AS IDENTITY.",
  squawk: "prefer-bigint-over-int",
  check: (statement) => definedColumns(statement).filter(({ col, keyColumns }) => isKey(col.colname, col, keyColumns)).filter(({ col }) => NARROW_INTEGERS.has(typeNameOf(col.typeName))).map(({ table, col }) => {
    const type = typeNameOf(col.typeName);
    return { detail: `${table}.${col.colname} is ${type === "int4" ? "integer" : type}` };
  }),
  cases: {
    bad: [
      "CREATE TABLE t (id serial PRIMARY KEY);",
      "CREATE TABLE t (id serial4 PRIMARY KEY);",
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
  check: (statement) => definedColumns(statement).filter(({ col }) => typeNameOf(col.typeName) === "varchar" && (col.typeName.typmods ?? []).length > 0).map(({ table, col }) => ({ detail: `${table}.${col.colname} is varchar(n)` })),
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
  check: (statement) => definedColumns(statement).filter(({ col }) => typeNameOf(col.typeName) === "timestamp").map(({ table, col }) => ({ detail: `${table}.${col.colname} is timestamp without time zone` })),
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
    const detach = (n.AlterTableStmt?.cmds ?? []).find(
      (c) => c.AlterTableCmd?.subtype === "AT_DetachPartition" && c.AlterTableCmd.def?.PartitionCmd?.concurrent
    );
    if (detach)
      return [
        { detail: `DETACH PARTITION CONCURRENTLY on ${relName(n.AlterTableStmt.relation)} inside a transaction` }
      ];
    return [];
  },
  cases: {
    bad: [
      "BEGIN; CREATE INDEX CONCURRENTLY i ON orders (a);",
      "BEGIN; DROP INDEX CONCURRENTLY i; COMMIT;",
      "BEGIN; REINDEX INDEX CONCURRENTLY orders_pkey; COMMIT;",
      "BEGIN; ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY; COMMIT;"
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
    if (d?.removeType === "OBJECT_SCHEMA" && d.behavior === "DROP_CASCADE")
      return [{ detail: `schema ${dropNames(d).join(", ")} with CASCADE, and every table in it` }];
    if (d?.removeType !== "OBJECT_TABLE") return [];
    const existing = dropNames(d).filter((t) => !state.createdTables.has(t));
    return existing.length ? [{ detail: `table ${existing.join(", ")}`, names: existing }] : [];
  },
  cases: {
    bad: [
      "SET lock_timeout = '5s'; DROP TABLE orders;",
      "SET lock_timeout = '5s'; DROP TABLE IF EXISTS public.orders;",
      "DROP SCHEMA billing CASCADE;"
    ],
    good: ["CREATE TABLE t (a text); DROP TABLE t;", "DROP SCHEMA IF EXISTS empty_schema;"]
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
  }).map(({ table, cmd }) => ({ detail: `${table}.${cmd.def.ColumnDef.colname} is NOT NULL without a default` })),
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
  "array",
  // `x AT TIME ZONE 'utc'` is timezone('utc', x); these are immutable or stable: one value for the statement.
  "timezone",
  "date_trunc",
  "to_timestamp",
  "to_char",
  "make_interval",
  "greatest",
  "least",
  "nullif",
  "concat"
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
  check: (statement, state) => alterCommandsOnExisting(statement, state).flatMap(({ table, cmd }) => {
    if (cmd.subtype !== "AT_AddColumn") return [];
    const why = rewriteOf(cmd.def.ColumnDef, state.pgVersion);
    return why ? [{ detail: `${table}.${cmd.def.ColumnDef.colname} ${why}` }] : [];
  }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN u uuid DEFAULT gen_random_uuid();",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN n bigserial;"
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT now();",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT timezone('utc', now());",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT (now() AT TIME ZONE 'utc');",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN s text DEFAULT 'x';",
      // An existing column keeps its values: a catalog change, no rewrite (measured on Postgres 15).
      "SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;"
    ]
  }
});

// src/checks/migration-check/rules/unique-without-index.ts
init_define_LAUNCHGATE_GATES();
var isUniqueOrKey = (con) => ["CONSTR_UNIQUE", "CONSTR_PRIMARY", "CONSTR_EXCLUSION"].includes(con?.contype);
var unique_without_index_default = defineRule({
  id: "unique-without-index",
  severity: "error",
  why: "Adding a UNIQUE, PRIMARY KEY or EXCLUDE constraint builds its index while blocking writes.",
  fix: "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT \u2026 USING INDEX (an EXCLUDE constraint has no such form: add it to a new table, or in a maintenance window).",
  squawk: "disallowed-unique-constraint",
  check: (statement, state) => alterCommandsOnExisting(statement, state).flatMap(({ table, cmd }) => {
    if (cmd.subtype === "AT_AddColumn") {
      const col = cmd.def.ColumnDef;
      return columnConstraints(col).some(isUniqueOrKey) ? [{ detail: `${table}.${col.colname}` }] : [];
    }
    const con = cmd.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
    if (!isUniqueOrKey(con) || con.indexname) return [];
    const kind = { CONSTR_PRIMARY: "primary key", CONSTR_EXCLUSION: "exclusion" }[con.contype] ?? "unique";
    return [{ detail: `${kind} ${con.conname ?? ""} on ${table}`.replace("  ", " ") }];
  }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT u UNIQUE (ref);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD PRIMARY KEY (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN ref text UNIQUE;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT e EXCLUDE USING btree (ref WITH =);"
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
  check: (statement, state) => alterCommandsOnExisting(statement, state).flatMap(({ table, cmd }) => {
    if (cmd.subtype === "AT_AddColumn") {
      const col = cmd.def.ColumnDef;
      const constraints = columnConstraints(col);
      if (constraints.some((c) => c.contype === "CONSTR_CHECK" && !c.skip_validation))
        return [{ detail: `check on ${table}.${col.colname}, a new column: every row is checked under the lock` }];
      const def = constraints.some((c) => c.contype === "CONSTR_DEFAULT");
      if (def && constraints.some((c) => c.contype === "CONSTR_FOREIGN" && !c.skip_validation))
        return [
          {
            detail: `foreign key on ${table}.${col.colname}, a new column with a default, so every row is validated`
          }
        ];
      return [];
    }
    const con = cmd.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
    if (con?.contype !== "CONSTR_FOREIGN" && con?.contype !== "CONSTR_CHECK" || con.skip_validation) return [];
    const kind = con.contype === "CONSTR_FOREIGN" ? "foreign key" : "check";
    return [{ detail: `${kind} ${con.conname ?? ""} on ${table}`.replace("  ", " ") }];
  }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN c bigint DEFAULT 1 REFERENCES customers (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN q int CHECK (q > 0);"
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
  check: (statement, state) => alterCommandsOnExisting(statement, state).filter(({ cmd }) => cmd.subtype === "AT_AlterColumnType").map(({ table, cmd }) => ({
    detail: `${table}.${cmd.name} to ${typeNameOf(cmd.def?.ColumnDef?.typeName)}`,
    names: [`${table}.${cmd.name}`]
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
var WEAKER_ALTERS = {
  AT_SetStatistics: "SHARE UPDATE EXCLUSIVE",
  AT_ClusterOn: "SHARE UPDATE EXCLUSIVE",
  AT_DropCluster: "SHARE UPDATE EXCLUSIVE",
  AT_SetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ValidateConstraint: "SHARE UPDATE EXCLUSIVE",
  AT_AttachPartition: "SHARE UPDATE EXCLUSIVE",
  AT_DetachPartitionFinalize: "SHARE UPDATE EXCLUSIVE",
  AT_EnableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableAlwaysTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableReplicaTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigUser: "SHARE ROW EXCLUSIVE",
  AT_DisableTrig: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigUser: "SHARE ROW EXCLUSIVE",
  AT_AlterConstraint: "SHARE ROW EXCLUSIVE"
};
function createdBy(statement) {
  const n = statement.node;
  if (n.CreateTableAsStmt) return relName(n.CreateTableAsStmt.into?.rel);
  if (n.SelectStmt?.intoClause) return relName(n.SelectStmt.intoClause.rel);
  if (n.CreateStmt) return relName(n.CreateStmt.relation);
  if (n.ViewStmt && !n.ViewStmt.replace) return relName(n.ViewStmt.view);
  return void 0;
}
var exclusive = (table) => ({ table, mode: "ACCESS EXCLUSIVE" });
var shareRowExclusive = (table) => ({ table, mode: "SHARE ROW EXCLUSIVE" });
function dropLocks(d, state) {
  const names = dropNames(d);
  switch (d.removeType) {
    case "OBJECT_INDEX":
      return d.concurrent ? [] : [exclusive(names[0])];
    case "OBJECT_VIEW":
    case "OBJECT_MATVIEW":
      return names.map(exclusive);
    case "OBJECT_TRIGGER":
    case "OBJECT_POLICY":
    case "OBJECT_RULE":
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
  const table = relName(a.relation);
  const locks = [];
  if (a.objtype !== "OBJECT_TABLE") return locks;
  for (const cmdNode of a.cmds ?? []) {
    const cmd = cmdNode.AlterTableCmd;
    if (!cmd) continue;
    const con = cmd.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
    const weaker = WEAKER_ALTERS[cmd.subtype];
    if (con?.contype === "CONSTR_FOREIGN")
      locks.push(shareRowExclusive(table), shareRowExclusive(relName(con.pktable)));
    else if (cmd.subtype === "AT_DetachPartition" && cmd.def?.PartitionCmd?.concurrent) continue;
    else if (weaker === "SHARE ROW EXCLUSIVE") locks.push(shareRowExclusive(table));
    else if (!weaker) locks.push(exclusive(table));
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
  // A foreign key locks the table it references (SHARE ROW EXCLUSIVE), which is in use; PARTITION OF locks the
  // parent ACCESS EXCLUSIVE (measured on Postgres 15).
  CreateStmt: (c) => [
    ...c.partbound ? (c.inhRelations ?? []).map((r) => exclusive(relName(r.RangeVar))) : [],
    ...(c.tableElts ?? []).flatMap((elt) => elt.Constraint ? [elt.Constraint] : columnConstraints(elt.ColumnDef)).filter((con) => con?.contype === "CONSTR_FOREIGN").map((con) => shareRowExclusive(relName(con.pktable)))
  ],
  DropStmt: dropLocks,
  AlterTableStmt: alterTableLocks,
  RenameStmt: (r) => r.renameType === "OBJECT_COLUMN" || r.renameType === "OBJECT_TABLE" ? [exclusive(relName(r.relation))] : [],
  TruncateStmt: (t) => [exclusive(firstRelation(t.relations))],
  VacuumStmt: (v) => hasDefElem(v.options, "full") ? [exclusive("vacuum full")] : [],
  ClusterStmt: (c) => [exclusive(relName(c.relation))],
  // Mode 8 is ACCESS EXCLUSIVE, LOCK TABLE's default; NOWAIT never queues, so it needs no lock_timeout.
  LockStmt: (l) => (l.mode === 8 || l.mode === void 0) && !l.nowait ? [exclusive(firstRelation(l.relations))] : [],
  // Policies and rules change how every query on the table runs: ACCESS EXCLUSIVE (measured).
  CreatePolicyStmt: (p) => [exclusive(relName(p.table))],
  AlterPolicyStmt: (p) => [exclusive(relName(p.table))],
  RuleStmt: (r) => [exclusive(relName(r.relation))],
  // ALTER SEQUENCE takes SHARE ROW EXCLUSIVE on the sequence, which blocks nextval() and so every INSERT using it.
  AlterSeqStmt: (a) => [shareRowExclusive(relName(a.sequence))],
  AlterObjectSchemaStmt: (a) => a.objectType === "OBJECT_TABLE" ? [exclusive(relName(a.relation))] : []
};
function locksTaken(statement, state) {
  const created = new Set(state.createdTables);
  const newTable = createdBy(statement);
  if (newTable) created.add(newTable);
  const locks = Object.entries(statement.node).flatMap(([kind, node]) => LOCKS_BY_KIND[kind]?.(node, state) ?? []);
  return locks.filter((l) => !!l.table && !created.has(l.table));
}
function notNullCheckColumn(table, con) {
  if (con?.contype !== "CONSTR_CHECK" || !con.skip_validation || !con.conname) return void 0;
  const test = con.raw_expr?.NullTest;
  const column = test?.nulltesttype === "IS_NOT_NULL" ? sval(test.arg?.ColumnRef?.fields?.at(-1)) : void 0;
  return column ? `${table}.${column}` : void 0;
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
    if (!state.wrapped) {
      state.locksHeld.clear();
      if (state.lockTimeoutBeforeLocal !== void 0) state.lockTimeoutSet = state.lockTimeoutBeforeLocal;
      state.lockTimeoutBeforeLocal = void 0;
    }
  }
  const created = createdBy(statement);
  if (created) state.createdTables.add(created);
  const v = n.VariableSetStmt;
  if (v?.name === "lock_timeout" && (!v.is_local || wasInTransaction)) {
    const arg = v.args?.[0]?.A_Const;
    const value = arg?.sval?.sval ?? arg?.ival?.ival ?? (arg?.ival ? 0 : void 0);
    if (v.is_local && !state.wrapped) state.lockTimeoutBeforeLocal ??= state.lockTimeoutSet;
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
function advanceNotNullChecks(table, cmdNodes, set, until) {
  for (const cmdNode of cmdNodes) {
    const cmd = cmdNode.AlterTableCmd;
    if (!cmd || cmd === until) return;
    const covered = cmd.subtype === "AT_AddConstraint" ? notNullCheckColumn(table, cmd.def?.Constraint) : void 0;
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
    for (const { table, cmd } of alterCommandsOnExisting(statement, state)) {
      if (cmd.subtype !== "AT_SetNotNull") continue;
      const set = {
        pendingNotNullChecks: new Map(state.set.pendingNotNullChecks),
        validatedNotNull: new Set(state.set.validatedNotNull)
      };
      const a = statement.node.AlterTableStmt;
      advanceNotNullChecks(relName(a.relation), a.cmds ?? [], set, cmd);
      if (!(state.pgVersion >= 12 && set.validatedNotNull.has(`${table}.${cmd.name}`)))
        hits.push({ detail: `${table}.${cmd.name}` });
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
  check: (statement, state) => alterCommandsOnExisting(statement, state).filter(({ cmd }) => cmd.subtype === "AT_ValidateConstraint").flatMap(({ table, cmd }) => {
    const held = inTransaction(state) ? state.locksHeld.get(table) : void 0;
    if (!held) return [];
    return [
      {
        detail: `VALIDATE CONSTRAINT ${cmd.name} scans ${table} while this transaction still holds the ${held} lock an earlier statement took on it`
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
  check: (statement, state) => alterCommandsOnExisting(statement, state).filter(({ cmd }) => cmd.subtype === "AT_DropColumn").map(({ table, cmd }) => ({ detail: `${table}.${cmd.name}`, names: [`${table}.${cmd.name}`] })),
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
    const table = relName(r?.relation);
    if (r?.renameType !== "OBJECT_COLUMN" || state.createdTables.has(table)) return [];
    return [{ detail: `${table}.${r.subname} to ${r.newname}`, names: [`${table}.${r.subname}`] }];
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
    const moved = statement.node.AlterObjectSchemaStmt;
    if (moved?.objectType === "OBJECT_TABLE" && !state.createdTables.has(relName(moved.relation)))
      return [{ detail: `${relName(moved.relation)} to schema ${moved.newschema}`, names: [relName(moved.relation)] }];
    const table = relName(r?.relation);
    if (r?.renameType !== "OBJECT_TABLE" || state.createdTables.has(table)) return [];
    return [{ detail: `${table} to ${r.newname}`, names: [table] }];
  },
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders RENAME TO purchases;",
      "SET lock_timeout = '5s'; ALTER TABLE orders SET SCHEMA archive;"
    ],
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
  check(statement, state) {
    const tables = (statement.node.TruncateStmt?.relations ?? []).map((r) => relName(r.RangeVar)).filter((t) => !state.createdTables.has(t));
    return tables.length ? [{ detail: tables.join(", ") }] : [];
  },
  cases: {
    bad: ["TRUNCATE orders;", "TRUNCATE TABLE orders, customers;"],
    good: ["DELETE FROM orders WHERE id < 100;", "CREATE TABLE staging (id bigint); TRUNCATE staging;"]
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

// src/checks/migration-check/rules/refresh-without-concurrently.ts
init_define_LAUNCHGATE_GATES();
var refresh_without_concurrently_default = defineRule({
  id: "refresh-without-concurrently",
  severity: "error",
  why: "REFRESH MATERIALIZED VIEW without CONCURRENTLY rebuilds the view under an ACCESS EXCLUSIVE lock: every query reading it waits until the refresh ends.",
  fix: "Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view), or refresh outside the migration.",
  check(statement, state) {
    const r = statement.node.RefreshMatViewStmt;
    if (!r || r.concurrent || state.createdTables.has(relName(r.relation))) return [];
    return [{ detail: `materialized view ${relName(r.relation)}` }];
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; REFRESH MATERIALIZED VIEW order_stats;"],
    good: [
      "SET lock_timeout = '5s'; REFRESH MATERIALIZED VIEW CONCURRENTLY order_stats;",
      "CREATE MATERIALIZED VIEW s AS SELECT 1 AS n WITH NO DATA; REFRESH MATERIALIZED VIEW s;"
    ]
  }
});

// src/checks/migration-check/rules/table-rewrite.ts
init_define_LAUNCHGATE_GATES();
var REWRITES = {
  AT_SetLogged: "SET LOGGED",
  AT_SetUnLogged: "SET UNLOGGED",
  AT_SetTableSpace: "SET TABLESPACE",
  AT_SetAccessMethod: "SET ACCESS METHOD"
};
var table_rewrite_default = defineRule({
  id: "table-rewrite",
  severity: "error",
  why: "SET LOGGED, SET UNLOGGED, SET TABLESPACE and SET ACCESS METHOD copy the whole table into a new file under an ACCESS EXCLUSIVE lock: every query waits for the copy.",
  fix: "Run it in a maintenance window, or build the new table beside the old one and switch over.",
  check: (statement, state) => alterCommandsOnExisting(statement, state).filter(({ cmd }) => REWRITES[cmd.subtype]).map(({ table, cmd }) => ({ detail: `${REWRITES[cmd.subtype]} rewrites ${table}` })),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders SET UNLOGGED;",
      "SET lock_timeout = '5s'; ALTER TABLE orders SET LOGGED;",
      "SET lock_timeout = '5s'; ALTER TABLE orders SET TABLESPACE archive;"
    ],
    good: [
      "CREATE TABLE t (a text); ALTER TABLE t SET UNLOGGED;",
      "SET lock_timeout = '5s'; ALTER TABLE orders SET (fillfactor = 90);"
    ]
  }
});

// src/checks/migration-check/rules/unchecked-do-block.ts
init_define_LAUNCHGATE_GATES();

// src/checks/migration-check/rules/do-block.ts
init_define_LAUNCHGATE_GATES();
function readDoBlock(statement) {
  return statement.doBlock ?? null;
}

// src/checks/migration-check/rules/unchecked-do-block.ts
var unchecked_do_block_default = defineRule({
  id: "unchecked-do-block",
  severity: "notice",
  why: "Part of a DO block cannot be read by the rules (EXECUTE of a built string, a statement using PL/pgSQL variables, or another language), so what it does to locks and the running app was not checked.",
  fix: "Write the statement as plain SQL where you can; otherwise review it by hand, or run apply: database-url against a copy of production.",
  check(statement) {
    const block = statement.node.DoStmt ? readDoBlock(statement) : null;
    return (block?.unreadable ?? []).map((u) => ({ detail: `line ${u.line}: ${u.what}` }));
  },
  cases: {
    bad: [
      "DO $$ BEGIN EXECUTE 'ALTER TABLE ' || 'orders' || ' ADD COLUMN n text'; END $$;",
      "DO LANGUAGE plpython3u $$ plpy.execute('ALTER TABLE orders ADD COLUMN n text') $$;"
    ],
    good: ["DO $$ BEGIN UPDATE orders SET n = 'x' WHERE n IS NULL; END $$;"]
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
  refresh_without_concurrently_default,
  table_rewrite_default,
  unchecked_do_block_default,
  require_lock_timeout_default
];

export {
  trackStatement,
  readDoBlock,
  CATALOG
};
