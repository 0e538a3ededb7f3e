// What a statement does to the file's state (transactions, new tables, lock_timeout, locks held, NOT NULL checks),
// applied by the dispatcher after every rule has judged the statement against the state before it.
import type { Statement } from '../parse.js';
import type { BlockingLock, FileState } from '../rules.js';
import { columnConstraints, dropNames, hasDefElem, inTransaction, relName, sval } from './rule.js';

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

/** Tables the statement creates: nobody else uses them yet, so locks on them block nothing. */
function createdBy(statement: Statement): string | undefined {
  const n = statement.node;
  if (n.CreateTableAsStmt) return relName(n.CreateTableAsStmt.into?.rel);
  if (n.SelectStmt?.intoClause) return relName(n.SelectStmt.intoClause.rel);
  if (n.CreateStmt) return relName(n.CreateStmt.relation);
  return undefined;
}

/** The blocking locks the statement takes on tables that already exist, strongest reason first. */
export function locksTaken(statement: Statement, state: Readonly<FileState>): { table: string; mode: BlockingLock }[] {
  const n = statement.node;
  const created = new Set(state.createdTables);
  const newTable = createdBy(statement);
  if (newTable) created.add(newTable);
  const locks: { table: string; mode: BlockingLock }[] = [];
  const lock = (table: string | undefined, mode: BlockingLock = 'ACCESS EXCLUSIVE') => {
    if (table && !created.has(table)) locks.push({ table, mode });
  };
  let takesAccessExclusiveOn: string | undefined;

  if (n.ViewStmt) {
    if (n.ViewStmt.replace) lock(relName(n.ViewStmt.view));
  } else if (n.RefreshMatViewStmt) {
    if (!n.RefreshMatViewStmt.concurrent) lock(relName(n.RefreshMatViewStmt.relation));
  } else if (n.CreateTrigStmt) {
    lock(relName(n.CreateTrigStmt.relation), 'SHARE ROW EXCLUSIVE');
  } else if (n.CreateStmt) {
    // A foreign key locks the table it references (SHARE ROW EXCLUSIVE), which is in use.
    for (const elt of n.CreateStmt.tableElts ?? []) {
      const cons = elt.Constraint ? [elt.Constraint] : columnConstraints(elt.ColumnDef);
      for (const con of cons) if (con?.contype === 'CONSTR_FOREIGN') lock(relName(con.pktable), 'SHARE ROW EXCLUSIVE');
    }
  } else if (n.DropStmt) {
    const d = n.DropStmt;
    const names = dropNames(d);
    if (d.removeType === 'OBJECT_INDEX') {
      if (!d.concurrent) takesAccessExclusiveOn = names[0];
    } else if (d.removeType === 'OBJECT_VIEW' || d.removeType === 'OBJECT_MATVIEW') {
      for (const name of names) lock(name);
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
      takesAccessExclusiveOn = names.find((t) => !state.createdTables.has(t));
    }
  } else if (n.AlterTableStmt) {
    const a = n.AlterTableStmt;
    const table = relName(a.relation);
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
      if (cmd.subtype === 'AT_AddColumn')
        for (const c of columnConstraints(cmd.def.ColumnDef))
          if (c.contype === 'CONSTR_FOREIGN') lock(relName(c.pktable), 'SHARE ROW EXCLUSIVE');
    }
  } else if (n.RenameStmt) {
    const r = n.RenameStmt;
    if (r.renameType === 'OBJECT_COLUMN' || r.renameType === 'OBJECT_TABLE')
      takesAccessExclusiveOn = relName(r.relation);
  } else if (n.TruncateStmt) {
    takesAccessExclusiveOn = (n.TruncateStmt.relations ?? []).map((r: any) => relName(r.RangeVar))[0];
  } else if (n.VacuumStmt) {
    if (hasDefElem(n.VacuumStmt.options, 'full')) takesAccessExclusiveOn = 'vacuum full';
  } else if (n.ClusterStmt) {
    takesAccessExclusiveOn = relName(n.ClusterStmt.relation);
  } else if (n.LockStmt) {
    if (n.LockStmt.mode === 8 || n.LockStmt.mode === undefined)
      takesAccessExclusiveOn = (n.LockStmt.relations ?? []).map((r: any) => relName(r.RangeVar))[0];
  }
  if (takesAccessExclusiveOn) lock(takesAccessExclusiveOn);
  return locks;
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
    if (!state.wrapped) state.locksHeld.clear();
  }
  const created = createdBy(statement);
  if (created) state.createdTables.add(created);
  const v = n.VariableSetStmt;
  if (v?.name === 'lock_timeout') {
    const arg = v.args?.[0]?.A_Const;
    const value = arg?.sval?.sval ?? arg?.ival?.ival ?? (arg?.ival ? 0 : undefined);
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
