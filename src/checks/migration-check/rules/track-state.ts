// What a statement does to the file's state (transactions, new tables, lock_timeout, locks held, NOT NULL checks),
// applied by the dispatcher after every rule has judged the statement against the state before it.
import type { Statement } from '../parse.js';
import type { BlockingLock, FileState } from '../rules.js';
import { columnConstraints, dropNames, hasDefElem, inTransaction, relName, sval } from './rule.js';

/**
 * ALTER TABLE subcommands that take less than ACCESS EXCLUSIVE, as Postgres's AlterTableGetLockLevel decides
 * (docs: ALTER TABLE; each checked in pg_locks by scripts/corpus-evidence.ts). Every other subcommand takes ACCESS
 * EXCLUSIVE: Postgres's own default, so a new or rare one is never under-counted.
 */
const WEAKER_ALTERS: Record<string, 'SHARE UPDATE EXCLUSIVE' | 'SHARE ROW EXCLUSIVE'> = {
  AT_SetStatistics: 'SHARE UPDATE EXCLUSIVE',
  AT_ClusterOn: 'SHARE UPDATE EXCLUSIVE',
  AT_DropCluster: 'SHARE UPDATE EXCLUSIVE',
  AT_SetRelOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_ResetRelOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_ValidateConstraint: 'SHARE UPDATE EXCLUSIVE',
  AT_AttachPartition: 'SHARE UPDATE EXCLUSIVE',
  AT_DetachPartitionFinalize: 'SHARE UPDATE EXCLUSIVE',
  AT_EnableTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableAlwaysTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableReplicaTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableTrigAll: 'SHARE ROW EXCLUSIVE',
  AT_EnableTrigUser: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrig: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrigAll: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrigUser: 'SHARE ROW EXCLUSIVE',
  AT_AlterConstraint: 'SHARE ROW EXCLUSIVE',
};

/** Tables the statement creates: nobody else uses them yet, so locks on them block nothing. */
function createdBy(statement: Statement): string | undefined {
  const n = statement.node;
  if (n.CreateTableAsStmt) return relName(n.CreateTableAsStmt.into?.rel);
  if (n.SelectStmt?.intoClause) return relName(n.SelectStmt.intoClause.rel);
  if (n.CreateStmt) return relName(n.CreateStmt.relation);
  // CREATE VIEW (not OR REPLACE) makes a view nobody reads yet.
  if (n.ViewStmt && !n.ViewStmt.replace) return relName(n.ViewStmt.view);
  return undefined;
}

type Lock = { table: string | undefined; mode: BlockingLock };

const exclusive = (table: string | undefined): Lock => ({ table, mode: 'ACCESS EXCLUSIVE' });
const shareRowExclusive = (table: string | undefined): Lock => ({ table, mode: 'SHARE ROW EXCLUSIVE' });

function dropLocks(d: any, state: Readonly<FileState>): Lock[] {
  const names = dropNames(d);
  switch (d.removeType) {
    case 'OBJECT_INDEX':
      return d.concurrent ? [] : [exclusive(names[0])];
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW':
      return names.map(exclusive);
    case 'OBJECT_TRIGGER':
    case 'OBJECT_POLICY':
    case 'OBJECT_RULE':
      // `DROP TRIGGER t ON tbl` (and POLICY, RULE) names [tbl…, t]: the table is locked ACCESS EXCLUSIVE.
      return (d.objects ?? []).map((o: any) =>
        exclusive(
          (o.List?.items ?? [])
            .map(sval)
            .slice(0, -1)
            .filter((x: string) => x !== 'public')
            .join('.'),
        ),
      );
    case 'OBJECT_TABLE':
      return [exclusive(names.find((t) => !state.createdTables.has(t)))];
    default:
      return [];
  }
}

function alterTableLocks(a: any): Lock[] {
  const table = relName(a.relation);
  const locks: Lock[] = [];
  if (a.objtype !== 'OBJECT_TABLE') return locks;
  for (const cmdNode of a.cmds ?? []) {
    const cmd = cmdNode.AlterTableCmd;
    if (!cmd) continue;
    const con = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
    const weaker = WEAKER_ALTERS[cmd.subtype];
    // ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE on both tables; DETACH … CONCURRENTLY SHARE UPDATE EXCLUSIVE.
    if (con?.contype === 'CONSTR_FOREIGN')
      locks.push(shareRowExclusive(table), shareRowExclusive(relName(con.pktable)));
    else if (cmd.subtype === 'AT_DetachPartition' && cmd.def?.PartitionCmd?.concurrent) continue;
    else if (weaker === 'SHARE ROW EXCLUSIVE') locks.push(shareRowExclusive(table));
    else if (!weaker) locks.push(exclusive(table));
    if (cmd.subtype === 'AT_AddColumn')
      for (const c of columnConstraints(cmd.def.ColumnDef))
        if (c.contype === 'CONSTR_FOREIGN') locks.push(shareRowExclusive(relName(c.pktable)));
  }
  return locks;
}

const firstRelation = (relations: any[] | undefined): string | undefined =>
  (relations ?? []).map((r: any) => relName(r.RangeVar))[0];

/** The blocking locks each kind of statement takes, by the node of that kind, in the order it takes them. */
const LOCKS_BY_KIND: Record<string, (node: any, state: Readonly<FileState>) => Lock[]> = {
  ViewStmt: (v) => (v.replace ? [exclusive(relName(v.view))] : []),
  RefreshMatViewStmt: (r) => (r.concurrent ? [] : [exclusive(relName(r.relation))]),
  CreateTrigStmt: (t) => [shareRowExclusive(relName(t.relation))],
  // A foreign key locks the table it references (SHARE ROW EXCLUSIVE), which is in use; PARTITION OF locks the
  // parent ACCESS EXCLUSIVE (measured on Postgres 15).
  CreateStmt: (c) => [
    ...(c.partbound ? (c.inhRelations ?? []).map((r: any) => exclusive(relName(r.RangeVar))) : []),
    ...(c.tableElts ?? [])
      .flatMap((elt: any) => (elt.Constraint ? [elt.Constraint] : columnConstraints(elt.ColumnDef)))
      .filter((con: any) => con?.contype === 'CONSTR_FOREIGN')
      .map((con: any) => shareRowExclusive(relName(con.pktable))),
  ],
  DropStmt: dropLocks,
  AlterTableStmt: alterTableLocks,
  RenameStmt: (r) =>
    r.renameType === 'OBJECT_COLUMN' || r.renameType === 'OBJECT_TABLE' ? [exclusive(relName(r.relation))] : [],
  TruncateStmt: (t) => [exclusive(firstRelation(t.relations))],
  VacuumStmt: (v) => (hasDefElem(v.options, 'full') ? [exclusive('vacuum full')] : []),
  ClusterStmt: (c) => [exclusive(relName(c.relation))],
  // Mode 8 is ACCESS EXCLUSIVE, LOCK TABLE's default; NOWAIT never queues, so it needs no lock_timeout.
  LockStmt: (l) => ((l.mode === 8 || l.mode === undefined) && !l.nowait ? [exclusive(firstRelation(l.relations))] : []),
  // Policies and rules change how every query on the table runs: ACCESS EXCLUSIVE (measured).
  CreatePolicyStmt: (p) => [exclusive(relName(p.table))],
  AlterPolicyStmt: (p) => [exclusive(relName(p.table))],
  RuleStmt: (r) => [exclusive(relName(r.relation))],
  // ALTER SEQUENCE takes SHARE ROW EXCLUSIVE on the sequence, which blocks nextval() and so every INSERT using it.
  AlterSeqStmt: (a) => [shareRowExclusive(relName(a.sequence))],
  AlterObjectSchemaStmt: (a) => (a.objectType === 'OBJECT_TABLE' ? [exclusive(relName(a.relation))] : []),
};

/** The blocking locks the statement takes on tables that already exist (new ones are nobody else's yet). */
export function locksTaken(statement: Statement, state: Readonly<FileState>): { table: string; mode: BlockingLock }[] {
  const created = new Set(state.createdTables);
  const newTable = createdBy(statement);
  if (newTable) created.add(newTable);
  const locks = Object.entries(statement.node).flatMap(([kind, node]) => LOCKS_BY_KIND[kind]?.(node, state) ?? []);
  return locks.filter((l): l is { table: string; mode: BlockingLock } => !!l.table && !created.has(l.table));
}

/** The table.column a `CHECK (col IS NOT NULL) NOT VALID` constraint covers, if that is what `con` is. */
export function notNullCheckColumn(table: string, con: any): string | undefined {
  if (con?.contype !== 'CONSTR_CHECK' || !con.skip_validation || !con.conname) return undefined;
  const test = con.raw_expr?.NullTest;
  const column = test?.nulltesttype === 'IS_NOT_NULL' ? sval(test.arg?.ColumnRef?.fields?.at(-1)) : undefined;
  return column ? `${table}.${column}` : undefined;
}

/** Applies what the statement does to the state, once the rules have judged it. */
export function trackStatement(statement: Statement, state: FileState): void {
  const n = statement.node;
  const locks = locksTaken(statement, state);
  const wasInTransaction = inTransaction(state);
  const kind = n.TransactionStmt?.kind;
  if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
    state.explicitTransaction = true;
    state.openedTransaction ??= statement;
  }
  if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK') {
    state.explicitTransaction = false;
    state.openedTransaction = undefined;
    if (!state.wrapped) {
      state.locksHeld.clear();
      // SET LOCAL lasts until the end of its transaction (Postgres docs, SET).
      if (state.lockTimeoutBeforeLocal !== undefined) state.lockTimeoutSet = state.lockTimeoutBeforeLocal;
      state.lockTimeoutBeforeLocal = undefined;
    }
  }
  const created = createdBy(statement);
  if (created) state.createdTables.add(created);
  const v = n.VariableSetStmt;
  // SET LOCAL outside a transaction does nothing (Postgres only warns); inside one, it ends with the transaction.
  if (v?.name === 'lock_timeout' && (!v.is_local || wasInTransaction)) {
    const arg = v.args?.[0]?.A_Const;
    const value = arg?.sval?.sval ?? arg?.ival?.ival ?? (arg?.ival ? 0 : undefined);
    if (v.is_local && !state.wrapped) state.lockTimeoutBeforeLocal ??= state.lockTimeoutSet;
    state.lockTimeoutSet = v.kind === 'VAR_SET_VALUE' && value !== undefined && String(value) !== '0';
  }
  if (n.AlterTableStmt && !state.createdTables.has(relName(n.AlterTableStmt.relation)))
    advanceNotNullChecks(relName(n.AlterTableStmt.relation), n.AlterTableStmt.cmds ?? [], state.set);

  if (wasInTransaction)
    for (const l of locks)
      if (state.locksHeld.get(l.table) !== 'ACCESS EXCLUSIVE') state.locksHeld.set(l.table, l.mode);
  if (locks.length && !state.lockTimeoutSet) state.lockTimeoutReported = true;
}

/**
 * Follows `CHECK (col IS NOT NULL) NOT VALID` then `VALIDATE CONSTRAINT` through an ALTER TABLE's commands, in
 * order, into `set` (a copy, when a rule needs to know the state at one command).
 */
export function advanceNotNullChecks(table: string, cmdNodes: any[], set: FileState['set'], until?: any): void {
  for (const cmdNode of cmdNodes) {
    const cmd = cmdNode.AlterTableCmd;
    if (!cmd || cmd === until) return;
    const covered = cmd.subtype === 'AT_AddConstraint' ? notNullCheckColumn(table, cmd.def?.Constraint) : undefined;
    if (covered) set.pendingNotNullChecks.set(cmd.def.Constraint.conname, covered);
    if (cmd.subtype === 'AT_ValidateConstraint') {
      const target = set.pendingNotNullChecks.get(cmd.name);
      if (target) set.validatedNotNull.add(target);
    }
  }
}
