import type { Severity } from '../../core/finding.js';
import type { Statement } from './parse.js';
import { CATALOG } from './rules/index.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** One line: what goes wrong. */
  why: string;
  /** The safe alternative, in the finding's message. */
  fix: string;
  /** The squawk rule that covers the same ground, for `npm run compare:squawk`. */
  squawk?: string;
}

const LEGACY_RULES: Record<string, RuleInfo> = {
  'require-concurrent-index': {
    id: 'require-concurrent-index',
    severity: 'error',
    why: 'CREATE INDEX without CONCURRENTLY blocks writes to the table until the index is built.',
    fix: 'Use CREATE INDEX CONCURRENTLY (outside a transaction).',
    squawk: 'require-concurrent-index-creation',
  },
  'concurrently-in-transaction': {
    id: 'concurrently-in-transaction',
    severity: 'error',
    why: 'CONCURRENTLY cannot run inside a transaction block: the migration fails at run time.',
    fix: 'Put the statement in its own migration that the tool runs without a transaction.',
    squawk: 'ban-concurrent-index-creation-in-transaction',
  },
  'require-concurrent-index-drop': {
    id: 'require-concurrent-index-drop',
    severity: 'error',
    why: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.',
    fix: 'Use DROP INDEX CONCURRENTLY (outside a transaction).',
    squawk: 'require-concurrent-index-deletion',
  },
  'adding-not-null-column': {
    id: 'adding-not-null-column',
    severity: 'error',
    why: 'Adding a NOT NULL column without a default fails on a table with rows, and breaks inserts from the app version still running.',
    fix: 'Add the column nullable (or with a constant default), backfill, then add NOT NULL.',
    squawk: 'adding-required-field',
  },
  'volatile-default': {
    id: 'volatile-default',
    severity: 'error',
    why: 'A column added with a volatile default (or any default before Postgres 11) rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    fix: 'Add the column without the default, set the default, and backfill in batches.',
    squawk: 'adding-field-with-default',
  },
  'set-not-null': {
    id: 'set-not-null',
    severity: 'error',
    why: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.',
    fix: 'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then SET NOT NULL (Postgres 12+ skips the scan).',
    squawk: 'adding-not-nullable-field',
  },
  'constraint-not-valid': {
    id: 'constraint-not-valid',
    severity: 'error',
    why: 'Adding a FOREIGN KEY or CHECK constraint validates every row while holding a lock that blocks writes.',
    fix: 'Add it with NOT VALID, then VALIDATE CONSTRAINT in a later statement or migration.',
    squawk: 'constraint-missing-not-valid',
  },
  'unique-without-index': {
    id: 'unique-without-index',
    severity: 'error',
    why: 'Adding a UNIQUE or PRIMARY KEY constraint builds its index while blocking writes.',
    fix: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … USING INDEX.',
    squawk: 'disallowed-unique-constraint',
  },
  'change-column-type': {
    id: 'change-column-type',
    severity: 'error',
    why: 'Changing a column type usually rewrites the table under an ACCESS EXCLUSIVE lock, and the running app may not read the new type.',
    fix: 'Add a new column, backfill, switch the app, then drop the old one.',
    squawk: 'changing-column-type',
  },
  'validate-under-lock': {
    id: 'validate-under-lock',
    severity: 'error',
    why: 'VALIDATE CONSTRAINT scans the table; in the same transaction as the statement that added the constraint, the lock that statement took is still held, so the scan blocks the app.',
    fix: 'Commit first: VALIDATE CONSTRAINT in a later migration (or after COMMIT in a file the tool does not wrap).',
  },
  'rename-column': {
    id: 'rename-column',
    severity: 'error',
    why: 'Renaming a column breaks the app version still running, which uses the old name.',
    fix: 'Add the new column, write both, backfill, switch reads, then drop the old one (expand/contract).',
    squawk: 'renaming-column',
  },
  'rename-table': {
    id: 'rename-table',
    severity: 'error',
    why: 'Renaming a table breaks the app version still running, which uses the old name.',
    fix: 'Create the new table (or a view with the old name), switch the app, then drop the old one.',
    squawk: 'renaming-table',
  },
  'drop-column': {
    id: 'drop-column',
    severity: 'warning',
    why: 'Dropping a column breaks the app version still running if it still reads or writes it.',
    fix: 'Stop using the column in a deploy first, then drop it in a later one.',
    squawk: 'ban-drop-column',
  },
  'drop-table': {
    id: 'drop-table',
    severity: 'warning',
    why: 'Dropping a table breaks the app version still running if it still uses it.',
    fix: 'Stop using the table in a deploy first, then drop it in a later one.',
    squawk: 'ban-drop-table',
  },
  truncate: {
    id: 'truncate',
    severity: 'error',
    why: 'TRUNCATE takes an ACCESS EXCLUSIVE lock and deletes every row.',
    fix: 'Delete in batches, or make sure the table is not in use.',
  },
  'vacuum-full': {
    id: 'vacuum-full',
    severity: 'error',
    why: 'VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock.',
    fix: 'Use pg_repack, or plain VACUUM.',
  },
  cluster: {
    id: 'cluster',
    severity: 'error',
    why: 'CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock.',
    fix: 'Use pg_repack, or run it in a maintenance window.',
  },
  'lock-table': {
    id: 'lock-table',
    severity: 'error',
    why: 'An explicit LOCK TABLE blocks the app for as long as the migration runs.',
    fix: 'Remove it; rely on the lock each statement takes, with a lock_timeout.',
  },
  'reindex-without-concurrently': {
    id: 'reindex-without-concurrently',
    severity: 'error',
    why: 'REINDEX without CONCURRENTLY blocks writes to the table.',
    fix: 'Use REINDEX … CONCURRENTLY (Postgres 12+).',
    squawk: 'require-concurrent-reindex',
  },
  'require-lock-timeout': {
    id: 'require-lock-timeout',
    severity: 'warning',
    why: 'A statement waiting for a lock that blocks writes (ACCESS EXCLUSIVE, SHARE ROW EXCLUSIVE) queues every query behind it; without lock_timeout it can wait forever.',
    fix: "SET lock_timeout = '5s'; before it (and retry the migration if it times out).",
    squawk: 'require-lock-timeout',
  },
  'prefer-bigint': {
    id: 'prefer-bigint',
    severity: 'warning',
    why: 'int/serial keys overflow at 2.1 billion, and changing them later rewrites the table.',
    fix: 'Use bigint, or bigint GENERATED ALWAYS AS IDENTITY.',
    squawk: 'prefer-bigint-over-int',
  },
  'prefer-text': {
    id: 'prefer-text',
    severity: 'warning',
    why: 'Changing a varchar(n) limit later takes an ACCESS EXCLUSIVE lock.',
    fix: 'Use text with a CHECK (length(col) <= n) constraint.',
    squawk: 'prefer-text-field',
  },
  'prefer-timestamptz': {
    id: 'prefer-timestamptz',
    severity: 'warning',
    why: 'timestamp without time zone loses the offset and misorders events across zones.',
    fix: 'Use timestamptz.',
    squawk: 'prefer-timestamp-tz',
  },
  'syntax-error': {
    id: 'syntax-error',
    severity: 'error',
    why: 'Postgres cannot parse the migration.',
    fix: 'Fix the SQL at the line given.',
  },
  'apply-failed': {
    id: 'apply-failed',
    severity: 'error',
    why: 'The migration does not apply to a fresh database after the ones before it.',
    fix: 'Fix the statement; the database error says why.',
  },
  'apply-not-checked': {
    id: 'apply-not-checked',
    severity: 'error',
    why: 'The apply check could not verify these statements: they failed after something they may depend on was skipped.',
    fix: 'Set apply: database-url to a server that has every extension the migrations need, or fix what was skipped.',
  },
  'statement-timeout': {
    id: 'statement-timeout',
    severity: 'error',
    why: 'A statement ran past the statement-timeout on an empty database: on production data it would run longer.',
    fix: 'Make the statement finish (a loop that never ends, a lock it waits on), or raise input statement-timeout.',
  },
  'not-utf8': {
    id: 'not-utf8',
    severity: 'error',
    why: 'The migration is not valid UTF-8, so it cannot be checked.',
    fix: 'Re-save the file as UTF-8.',
  },
  'unrendered-template': {
    id: 'unrendered-template',
    severity: 'warning',
    why: 'The migration is a template ({{ … }}) that its tool renders before it runs, so it cannot be checked as it stands.',
    fix: 'Check the rendered SQL, or list the template outside input migrations.',
  },
  'undetected-migrations': {
    id: 'undetected-migrations',
    severity: 'error',
    why: 'A folder holds SQL migrations that no known layout matches, so none of them was checked.',
    fix: "Set input 'migrations' to the folder's glob.",
  },
  'edited-applied-migration': {
    id: 'edited-applied-migration',
    severity: 'error',
    why: 'This migration was already on the base branch: environments that ran it will never run the edit.',
    fix: 'Revert the edit and put the change in a new migration.',
  },
  'empty-migration': {
    id: 'empty-migration',
    severity: 'warning',
    why: 'The migration has no statements.',
    fix: 'Remove it, or add the statements it was meant to have.',
  },
};

/** Every rule: those still written in this file, and the catalog (one file per rule under rules/). */
export const RULES: Record<string, RuleInfo> = {
  ...LEGACY_RULES,
  ...Object.fromEntries(
    CATALOG.map((r) => [r.id, { id: r.id, severity: r.severity, why: r.why, fix: r.fix, squawk: r.squawk }]),
  ),
};

export type RuleSeverity = Severity | 'off';

export interface Hit {
  rule: string;
  statement: Statement;
  detail: string;
  /** Names (table, table.column) that app code may still use. */
  names?: string[];
}

/** What earlier migrations of the same set established, carried from file to file. */
export interface SetState {
  /** CHECK (col IS NOT NULL) constraints added NOT VALID: name → table.column. */
  pendingNotNullChecks: Map<string, string>;
  /** Columns with a validated CHECK (col IS NOT NULL): Postgres 12+ sets NOT NULL on them without a scan. */
  validatedNotNull: Set<string>;
}

export function newSetState(): SetState {
  return { pendingNotNullChecks: new Map(), validatedNotNull: new Set() };
}

/** Lock modes that block writes and so queue every later query behind a waiting statement. */
export type BlockingLock = 'ACCESS EXCLUSIVE' | 'EXCLUSIVE' | 'SHARE ROW EXCLUSIVE';

export interface FileState {
  pgVersion: number;
  /** The tool wraps the whole file in a transaction. */
  wrapped: boolean;
  explicitTransaction: boolean;
  /** The BEGIN of the explicit transaction still open. */
  openedTransaction?: Statement;
  lockTimeoutSet: boolean;
  lockTimeoutReported: boolean;
  createdTables: Set<string>;
  /** Locks taken inside the open transaction: held until it commits. table → strongest blocking mode. */
  locksHeld: Map<string, BlockingLock>;
  set: SetState;
}

export function newFileState(pgVersion: number, wrapped: boolean, set: SetState = newSetState()): FileState {
  return {
    pgVersion,
    wrapped,
    explicitTransaction: false,
    lockTimeoutSet: false,
    lockTimeoutReported: false,
    createdTables: new Set(),
    locksHeld: new Map(),
    set,
  };
}

/** A relation's name as Postgres resolves it by default: `"public"."t2"` and `t2` are the same table. */
const relName = (rel: any): string =>
  rel ? [rel.schemaname === 'public' ? undefined : rel.schemaname, rel.relname].filter(Boolean).join('.') : '?';
const sval = (n: any): string | undefined => n?.String?.sval;
const typeNameOf = (typeName: any): string =>
  (typeName?.names ?? [])
    .map(sval)
    .filter((s: string) => s !== 'pg_catalog')
    .join('.');
const hasDefElem = (list: any[] | undefined, name: string) => (list ?? []).some((d) => d?.DefElem?.defname === name);

/** Functions whose result does not change row to row: a default using them is evaluated once, no rewrite. */
const NON_VOLATILE_FUNCTIONS = new Set([
  'now',
  'transaction_timestamp',
  'statement_timestamp',
  'current_date',
  'lower',
  'upper',
  'coalesce',
  'jsonb_build_object',
  'json_build_object',
  'to_jsonb',
  'array',
]);

function isVolatile(expr: any): boolean {
  if (!expr || typeof expr !== 'object') return false;
  if (expr.FuncCall) {
    const name = (expr.FuncCall.funcname ?? [])
      .map(sval)
      .filter((s: string) => s !== 'pg_catalog')
      .join('.');
    if (!NON_VOLATILE_FUNCTIONS.has(name)) return true;
    return (expr.FuncCall.args ?? []).some(isVolatile);
  }
  if (expr.NextValueExpr) return true;
  return Object.values(expr).some((v) =>
    Array.isArray(v) ? v.some(isVolatile) : typeof v === 'object' && isVolatile(v),
  );
}

function columnTypeHits(statement: Statement, table: string, col: any, out: Hit[], keyColumns: Set<string>): void {
  const name: string = col.colname;
  const type = typeNameOf(col.typeName);
  const constraints: any[] = (col.constraints ?? []).map((c: any) => c.Constraint);
  const isKey =
    name === 'id' ||
    name.endsWith('_id') ||
    keyColumns.has(name) ||
    constraints.some((c) => c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_FOREIGN');
  if (isKey && ['int4', 'int2', 'serial', 'smallserial', 'int', 'integer', 'smallint'].includes(type)) {
    out.push({ rule: 'prefer-bigint', statement, detail: `${table}.${name} is ${type === 'int4' ? 'integer' : type}` });
  }
  if (type === 'varchar' && (col.typeName.typmods ?? []).length > 0)
    out.push({ rule: 'prefer-text', statement, detail: `${table}.${name} is varchar(n)` });
  if (type === 'timestamp')
    out.push({ rule: 'prefer-timestamptz', statement, detail: `${table}.${name} is timestamp without time zone` });
}

const ACCESS_EXCLUSIVE_ALTERS = new Set([
  'AT_AddColumn',
  'AT_DropColumn',
  'AT_AlterColumnType',
  'AT_SetNotNull',
  'AT_DropNotNull',
  'AT_AddConstraint',
  'AT_DropConstraint',
  'AT_ColumnDefault',
  'AT_SetStatistics',
]);

/** Checks one statement, updating the file state; returns the rule hits. */
export function checkStatement(statement: Statement, state: FileState): Hit[] {
  // Catalog rules see the state before this statement; the chain below then updates it.
  const hits: Hit[] = CATALOG.flatMap((rule) =>
    rule.check(statement, state).map((h) => ({ ...h, rule: rule.id, statement })),
  );
  const n = statement.node;
  const inTransaction = state.wrapped || state.explicitTransaction;
  /** The blocking locks this statement takes on tables that already exist. */
  const locks: { table: string; mode: BlockingLock }[] = [];
  const lock = (table: string | undefined, mode: BlockingLock = 'ACCESS EXCLUSIVE') => {
    if (table && !state.createdTables.has(table)) locks.push({ table, mode });
  };
  let takesAccessExclusiveOn: string | undefined;

  if (n.TransactionStmt) {
    const kind = n.TransactionStmt.kind;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
      state.explicitTransaction = true;
      state.openedTransaction ??= statement;
    }
    if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK') {
      state.explicitTransaction = false;
      state.openedTransaction = undefined;
      if (!state.wrapped) state.locksHeld.clear();
    }
  } else if (n.CreateTableAsStmt) {
    // CREATE TABLE … AS and CREATE MATERIALIZED VIEW: a new relation, nobody else uses it yet.
    state.createdTables.add(relName(n.CreateTableAsStmt.into?.rel));
  } else if (n.SelectStmt?.intoClause) {
    state.createdTables.add(relName(n.SelectStmt.intoClause.rel));
  } else if (n.ViewStmt) {
    if (n.ViewStmt.replace) lock(relName(n.ViewStmt.view));
  } else if (n.RefreshMatViewStmt) {
    if (!n.RefreshMatViewStmt.concurrent) lock(relName(n.RefreshMatViewStmt.relation));
  } else if (n.CreateTrigStmt) {
    lock(relName(n.CreateTrigStmt.relation), 'SHARE ROW EXCLUSIVE');
  } else if (n.VariableSetStmt) {
    const v = n.VariableSetStmt;
    if (v.name === 'lock_timeout') {
      const arg = v.args?.[0]?.A_Const;
      const value = arg?.sval?.sval ?? arg?.ival?.ival ?? (arg?.ival ? 0 : undefined);
      state.lockTimeoutSet = v.kind === 'VAR_SET_VALUE' && value !== undefined && String(value) !== '0';
    }
  } else if (n.CreateStmt) {
    const c = n.CreateStmt;
    const table = relName(c.relation);
    state.createdTables.add(table);
    const keyColumns = new Set<string>();
    for (const elt of c.tableElts ?? []) {
      const con = elt.Constraint;
      if (con && (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_FOREIGN'))
        for (const k of [...(con.keys ?? []), ...(con.fk_attrs ?? [])]) keyColumns.add(sval(k) ?? '');
    }
    for (const elt of c.tableElts ?? [])
      if (elt.ColumnDef) columnTypeHits(statement, table, elt.ColumnDef, hits, keyColumns);
    // A foreign key locks the table it references (SHARE ROW EXCLUSIVE), which is in use.
    for (const elt of c.tableElts ?? []) {
      const cons = elt.Constraint ? [elt.Constraint] : (elt.ColumnDef?.constraints ?? []).map((x: any) => x.Constraint);
      for (const con of cons) if (con?.contype === 'CONSTR_FOREIGN') lock(relName(con.pktable), 'SHARE ROW EXCLUSIVE');
    }
  } else if (n.IndexStmt) {
    const idx = n.IndexStmt;
    const table = relName(idx.relation);
    if (idx.concurrent && inTransaction)
      hits.push({
        rule: 'concurrently-in-transaction',
        statement,
        detail: `CREATE INDEX CONCURRENTLY on ${table} inside a transaction`,
      });
    if (!idx.concurrent && !state.createdTables.has(table))
      hits.push({
        rule: 'require-concurrent-index',
        statement,
        detail: `index ${idx.idxname ?? '(unnamed)'} on ${table}`,
      });
  } else if (n.DropStmt) {
    const d = n.DropStmt;
    const names: string[] = (d.objects ?? []).map((o: any) =>
      (o.List?.items ?? [])
        .map(sval)
        .join('.')
        .replace(/^public\./, ''),
    );
    if (d.removeType === 'OBJECT_INDEX') {
      if (d.concurrent && inTransaction)
        hits.push({
          rule: 'concurrently-in-transaction',
          statement,
          detail: `DROP INDEX CONCURRENTLY ${names.join(', ')} inside a transaction`,
        });
      if (!d.concurrent) {
        hits.push({ rule: 'require-concurrent-index-drop', statement, detail: `index ${names.join(', ')}` });
        takesAccessExclusiveOn = names[0];
      }
    } else if (d.removeType === 'OBJECT_VIEW' || d.removeType === 'OBJECT_MATVIEW') {
      for (const name of names) lock(name.replace(/^public\./, ''));
    } else if (d.removeType === 'OBJECT_TRIGGER') {
      // `DROP TRIGGER t ON tbl` names [tbl…, t]: the table is locked ACCESS EXCLUSIVE.
      for (const o of d.objects ?? []) {
        const parts: string[] = (o.List?.items ?? []).map(sval);
        lock(
          parts
            .slice(0, -1)
            .filter((x) => x !== 'public')
            .join('.'),
        );
      }
    } else if (d.removeType === 'OBJECT_TABLE') {
      const existing = names.filter((t) => !state.createdTables.has(t));
      if (existing.length)
        hits.push({ rule: 'drop-table', statement, detail: `table ${existing.join(', ')}`, names: existing });
      takesAccessExclusiveOn = existing[0];
    }
  } else if (n.AlterTableStmt) {
    const a = n.AlterTableStmt;
    const table = relName(a.relation);
    const isNew = state.createdTables.has(table);
    for (const cmdNode of a.cmds ?? []) {
      const cmd = cmdNode.AlterTableCmd;
      if (!cmd) continue;
      const con = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
      if (a.objtype === 'OBJECT_TABLE' && ACCESS_EXCLUSIVE_ALTERS.has(cmd.subtype)) {
        // ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE on both tables; every other change here ACCESS EXCLUSIVE.
        if (con?.contype === 'CONSTR_FOREIGN') {
          lock(table, 'SHARE ROW EXCLUSIVE');
          lock(relName(con.pktable), 'SHARE ROW EXCLUSIVE');
        } else lock(table);
      }
      if (cmd.subtype === 'AT_AddColumn') {
        const col = cmd.def.ColumnDef;
        const constraints: any[] = (col.constraints ?? []).map((c: any) => c.Constraint);
        const def = constraints.find((c) => c.contype === 'CONSTR_DEFAULT');
        const notNull = constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
        const identity = constraints.some((c) => c.contype === 'CONSTR_IDENTITY');
        const generated = identity || constraints.some((c) => c.contype === 'CONSTR_GENERATED');
        const type = typeNameOf(col.typeName);
        columnTypeHits(statement, table, col, hits, new Set());
        for (const c of constraints)
          if (c.contype === 'CONSTR_FOREIGN') lock(relName(c.pktable), 'SHARE ROW EXCLUSIVE');
        if (isNew) continue;
        if (notNull && !def && !generated && !['serial', 'bigserial', 'smallserial'].includes(type)) {
          hits.push({
            rule: 'adding-not-null-column',
            statement,
            detail: `${table}.${col.colname} is NOT NULL without a default`,
          });
        }
        const volatile =
          (def && isVolatile(def.raw_expr)) ||
          ['serial', 'bigserial', 'smallserial'].includes(type) ||
          constraints.some((c) => c.contype === 'CONSTR_GENERATED');
        if (identity) {
          hits.push({
            rule: 'volatile-default',
            statement,
            detail: `${table}.${col.colname} is an identity column: every existing row gets a value, so the table is rewritten`,
          });
        } else if (volatile || (def && state.pgVersion < 11)) {
          hits.push({
            rule: 'volatile-default',
            statement,
            detail: `${table}.${col.colname} ${volatile ? 'has a volatile default' : `has a default (Postgres ${state.pgVersion} rewrites the table)`}`,
          });
        }
        if (constraints.some((c) => c.contype === 'CONSTR_UNIQUE' || c.contype === 'CONSTR_PRIMARY'))
          hits.push({ rule: 'unique-without-index', statement, detail: `${table}.${col.colname}` });
        // A new column without a default is NULL in every row, so Postgres skips validating an inline foreign key
        // (no scan); with any default, even DEFAULT NULL, it scans the table to validate it.
        if (def && constraints.some((c) => c.contype === 'CONSTR_FOREIGN' && !c.skip_validation))
          hits.push({
            rule: 'constraint-not-valid',
            statement,
            detail: `foreign key on ${table}.${col.colname}, a new column with a default, so every row is validated`,
          });
      } else if (isNew) {
        continue;
      } else if (cmd.subtype === 'AT_AlterColumnType') {
        hits.push({
          rule: 'change-column-type',
          statement,
          detail: `${table}.${cmd.name} to ${typeNameOf(cmd.def?.ColumnDef?.typeName)}`,
          names: [`${table}.${cmd.name}`],
        });
      } else if (cmd.subtype === 'AT_SetNotNull') {
        if (!(state.pgVersion >= 12 && state.set.validatedNotNull.has(`${table}.${cmd.name}`)))
          hits.push({ rule: 'set-not-null', statement, detail: `${table}.${cmd.name}` });
      } else if (cmd.subtype === 'AT_AddIdentity') {
        hits.push({
          rule: 'volatile-default',
          statement,
          detail: `${table}.${cmd.name} becomes an identity column under an ACCESS EXCLUSIVE lock`,
        });
      } else if (con) {
        if ((con.contype === 'CONSTR_FOREIGN' || con.contype === 'CONSTR_CHECK') && !con.skip_validation) {
          hits.push({
            rule: 'constraint-not-valid',
            statement,
            detail:
              `${con.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check'} ${con.conname ?? ''} on ${table}`.replace(
                '  ',
                ' ',
              ),
          });
        }
        if (con.contype === 'CONSTR_CHECK' && con.skip_validation && con.conname) {
          const test = con.raw_expr?.NullTest;
          const column = test?.nulltesttype === 'IS_NOT_NULL' ? sval(test.arg?.ColumnRef?.fields?.at(-1)) : undefined;
          if (column) state.set.pendingNotNullChecks.set(con.conname, `${table}.${column}`);
        }
        if ((con.contype === 'CONSTR_UNIQUE' || con.contype === 'CONSTR_PRIMARY') && !con.indexname) {
          hits.push({
            rule: 'unique-without-index',
            statement,
            detail:
              `${con.contype === 'CONSTR_PRIMARY' ? 'primary key' : 'unique'} ${con.conname ?? ''} on ${table}`.replace(
                '  ',
                ' ',
              ),
          });
        }
      } else if (cmd.subtype === 'AT_ValidateConstraint') {
        const held = inTransaction ? state.locksHeld.get(table) : undefined;
        if (held)
          hits.push({
            rule: 'validate-under-lock',
            statement,
            detail: `VALIDATE CONSTRAINT ${cmd.name} scans ${table} while this transaction still holds the ${held} lock an earlier statement took on it`,
          });
        const target = state.set.pendingNotNullChecks.get(cmd.name);
        if (target) state.set.validatedNotNull.add(target);
      } else if (cmd.subtype === 'AT_DropColumn') {
        hits.push({ rule: 'drop-column', statement, detail: `${table}.${cmd.name}`, names: [`${table}.${cmd.name}`] });
      }
    }
  } else if (n.RenameStmt) {
    const r = n.RenameStmt;
    const table = relName(r.relation);
    if (!state.createdTables.has(table)) {
      if (r.renameType === 'OBJECT_COLUMN')
        hits.push({
          rule: 'rename-column',
          statement,
          detail: `${table}.${r.subname} to ${r.newname}`,
          names: [`${table}.${r.subname}`],
        });
      if (r.renameType === 'OBJECT_TABLE')
        hits.push({ rule: 'rename-table', statement, detail: `${table} to ${r.newname}`, names: [table] });
      if (r.renameType === 'OBJECT_COLUMN' || r.renameType === 'OBJECT_TABLE') takesAccessExclusiveOn = table;
    }
  } else if (n.TruncateStmt) {
    const tables = (n.TruncateStmt.relations ?? []).map((r: any) => relName(r.RangeVar));
    hits.push({ rule: 'truncate', statement, detail: tables.join(', ') });
    takesAccessExclusiveOn = tables[0];
  } else if (n.VacuumStmt) {
    if (hasDefElem(n.VacuumStmt.options, 'full')) {
      hits.push({
        rule: 'vacuum-full',
        statement,
        detail:
          (n.VacuumStmt.rels ?? []).map((r: any) => relName(r.VacuumRelation?.relation)).join(', ') || 'all tables',
      });
      takesAccessExclusiveOn = 'vacuum full';
    }
  } else if (n.ClusterStmt) {
    hits.push({ rule: 'cluster', statement, detail: relName(n.ClusterStmt.relation) });
    takesAccessExclusiveOn = relName(n.ClusterStmt.relation);
  } else if (n.LockStmt) {
    const tables = (n.LockStmt.relations ?? []).map((r: any) => relName(r.RangeVar));
    hits.push({ rule: 'lock-table', statement, detail: tables.join(', ') });
    if (n.LockStmt.mode === 8 || n.LockStmt.mode === undefined) takesAccessExclusiveOn = tables[0];
  } else if (n.ReindexStmt) {
    const concurrently = hasDefElem(n.ReindexStmt.params, 'concurrently');
    if (concurrently && inTransaction)
      hits.push({
        rule: 'concurrently-in-transaction',
        statement,
        detail: 'REINDEX CONCURRENTLY inside a transaction',
      });
    if (!concurrently)
      hits.push({
        rule: 'reindex-without-concurrently',
        statement,
        detail: relName(n.ReindexStmt.relation) || n.ReindexStmt.name,
      });
  }

  if (takesAccessExclusiveOn) lock(takesAccessExclusiveOn);
  if (inTransaction)
    for (const l of locks)
      if (state.locksHeld.get(l.table) !== 'ACCESS EXCLUSIVE') state.locksHeld.set(l.table, l.mode);
  if (locks.length && !state.lockTimeoutSet && !state.lockTimeoutReported) {
    state.lockTimeoutReported = true;
    hits.push({
      rule: 'require-lock-timeout',
      statement,
      detail: `${locks[0].mode} lock on ${locks[0].table} with no lock_timeout set before it`,
    });
  }
  return hits;
}

/** Hits that need the whole file (a transaction left open); call after its last statement. */
export function finishFile(state: FileState): Hit[] {
  return CATALOG.flatMap((rule) => (rule.end?.(state) ?? []).map((h) => ({ ...h, rule: rule.id })));
}
