import type { Severity } from '../../core/finding.js';
import type { Statement } from './parse.js';
import { CATALOG } from './rules/index.js';
import { readDoBlock } from './rules/do-block.js';
import { trackStatement } from './rules/track-state.js';

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

/** Findings about a whole file or run rather than a statement: documented here, raised by the gate itself. */
const FILE_RULES: Record<string, RuleInfo> = {
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

/** Every rule: the statement rules of the catalog (one file per rule under rules/), then the file-level ones. */
export const RULES: Record<string, RuleInfo> = {
  ...Object.fromEntries(
    CATALOG.map((r) => [r.id, { id: r.id, severity: r.severity, why: r.why, fix: r.fix, squawk: r.squawk }]),
  ),
  ...FILE_RULES,
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
  /** The lock_timeout before a SET LOCAL in the open transaction: it comes back at COMMIT or ROLLBACK. */
  lockTimeoutBeforeLocal?: boolean;
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

/**
 * Checks one statement: every catalog rule judges it against the file's state before it, then the state takes in
 * what the statement did (a transaction opened, a table created, a lock held).
 */
export function checkStatement(statement: Statement, state: FileState): Hit[] {
  const block = readDoBlock(statement);
  if (block) {
    // A DO block is one statement, so its statements share one transaction: locks are held to its end, and
    // CONCURRENTLY fails in it. The catalog also judges the block itself (what in it could not be read).
    const hits: Hit[] = CATALOG.flatMap((rule) =>
      rule.check(statement, state).map((h) => ({ ...h, rule: rule.id, statement })),
    );
    const wasExplicit = state.explicitTransaction;
    state.explicitTransaction = true;
    hits.push(...block.statements.flatMap((s) => checkStatement(s, state)));
    state.explicitTransaction = wasExplicit;
    if (!state.explicitTransaction && !state.wrapped) state.locksHeld.clear();
    return hits;
  }
  const hits: Hit[] = CATALOG.flatMap((rule) =>
    rule.check(statement, state).map((h) => ({ ...h, rule: rule.id, statement })),
  );
  trackStatement(statement, state);
  return hits;
}

/** Hits that need the whole file (a transaction left open); call after its last statement. */
export function finishFile(state: FileState): Hit[] {
  return CATALOG.flatMap((rule) => (rule.end?.(state) ?? []).map((h) => ({ ...h, rule: rule.id })));
}
