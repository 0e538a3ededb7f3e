import { DatabaseError, StatementTimeoutError, type MigrationEngine } from './engine.js';
import { PGLITE_EXTENSIONS } from './pglite-host.js';
import type { Statement } from './parse.js';

export interface ApplyUnit {
  file: string;
  wrapped: boolean;
  statements: Statement[];
  /** Set when the file does not parse: it cannot be applied, and what follows may depend on it. */
  parseError?: { message: string; line: number };
}

/** Migrations one tool applies in order to one database (a Prisma schema's folder, a Flyway location, …). */
export interface ApplySet {
  name: string;
  units: ApplyUnit[];
}

export interface StatementRef {
  file: string;
  line: number;
  endLine?: number;
  text?: string;
}

export interface SetOutcome {
  set: string;
  /** The first statement that failed, with the database's message; applying the set stops there, as the tool would. */
  failure?: StatementRef & { message: string; timedOut: boolean };
  applied: number;
  /** Statements (or whole files) the engine did not run, and why. */
  skipped: (StatementRef & { reason: string })[];
  /** Statements that failed after something was skipped: they may depend on it, so they are not verified. */
  notChecked: (StatementRef & { message: string })[];
  /** Statements never reached because applying stopped (a failure or a timeout). */
  notReached: number;
}

export interface SqlEngine {
  name: string;
  /** Starts an empty database (or transaction) for one set. */
  begin(statements: Statement[]): Promise<void>;
  exec(sql: string): Promise<void>;
  /** Undoes a failed statement inside a transaction, so later statements can still run. */
  savepoint?: { set(): Promise<void>; release(): Promise<void>; rollback(): Promise<void> };
  end(): Promise<void>;
  close(): Promise<void>;
  /** What the engine cannot run, and why; undefined when it can. */
  cannotRun(statement: Statement): string | undefined;
  /** Whether the engine runs a file's own BEGIN/COMMIT (the embedded engine) or replaces them (a rolled-back server). */
  runsTransactionStatements: boolean;
}

/** Built-in extensions that need no bundle. */
const BUILTIN_EXTENSIONS = new Set(['plpgsql']);

export function requestedExtensions(statements: Statement[]): string[] {
  const names = new Set<string>();
  for (const s of statements) if (s.node.CreateExtensionStmt) names.add(s.node.CreateExtensionStmt.extname);
  return [...names];
}

/** PGlite in the engine process: a fresh database per set, with only the contrib extensions the set asks for. */
export function embeddedEngine(engine: MigrationEngine, timeoutSeconds: number): SqlEngine {
  let loaded = new Set<string>();
  const run = (sql: string) => engine.exec(sql, timeoutSeconds);
  return {
    name: 'embedded PGlite',
    runsTransactionStatements: true,
    begin: async (statements) => {
      const wanted = requestedExtensions(statements).filter((e) => PGLITE_EXTENSIONS.includes(e));
      loaded = new Set(await engine.open(wanted));
    },
    exec: run,
    savepoint: {
      set: () => run('SAVEPOINT lg_statement'),
      release: () => run('RELEASE SAVEPOINT lg_statement'),
      rollback: () => run('ROLLBACK TO SAVEPOINT lg_statement'),
    },
    end: () => engine.closeDatabase(),
    close: () => engine.closeDatabase(),
    cannotRun: (s) => {
      const ext = s.node.CreateExtensionStmt?.extname;
      if (ext && !BUILTIN_EXTENSIONS.has(ext) && !loaded.has(ext))
        return `the embedded engine has no extension '${ext}'`;
      if (s.node.CreatedbStmt || s.node.DropdbStmt) return 'the embedded engine holds a single database';
      return undefined;
    },
  };
}

const NOT_IN_TRANSACTION = (s: Statement) =>
  Boolean(
    s.node.IndexStmt?.concurrent ||
    s.node.DropStmt?.concurrent ||
    s.node.VacuumStmt ||
    s.node.ReindexStmt?.params?.some((p: any) => p?.DefElem?.defname === 'concurrently') ||
    s.node.AlterTableStmt?.cmds?.some((c: any) => c?.AlterTableCmd?.def?.PartitionCmd?.concurrent),
  );

/** Removes the password from a connection string, for messages. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * A real Postgres server, each set inside one transaction that is rolled back at the end, so nothing is left behind.
 * Statements that cannot run inside a transaction are skipped and listed. `statement_timeout` bounds each statement.
 */
export async function serverEngine(url: string, timeoutSeconds: number): Promise<SqlEngine> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 10000,
    // A backstop in case the server ignores statement_timeout.
    query_timeout: (timeoutSeconds + 10) * 1000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err: any) {
    const password = (() => {
      try {
        return decodeURIComponent(new URL(url).password);
      } catch {
        return '';
      }
    })();
    let message = String(err?.message ?? err).replaceAll(url, '***');
    if (password) message = message.replaceAll(password, '***');
    throw new Error(`cannot connect to the database at ${maskUrl(url)}: ${err?.code ? `${err.code} ` : ''}${message}`);
  }
  const query = async (sql: string) => {
    try {
      await client.query(sql);
    } catch (err: any) {
      if (err?.code === '57014' || /Query read timeout/.test(String(err?.message)))
        throw new StatementTimeoutError(timeoutSeconds);
      throw new DatabaseError(String(err?.message ?? err), err?.code);
    }
  };
  return {
    name: 'database-url (rolled back)',
    runsTransactionStatements: false,
    begin: async () => {
      await query('BEGIN');
      await query(`SET LOCAL statement_timeout = '${timeoutSeconds}s'`);
    },
    exec: query,
    savepoint: {
      set: () => query('SAVEPOINT lg_statement'),
      release: () => query('RELEASE SAVEPOINT lg_statement'),
      rollback: () => query('ROLLBACK TO SAVEPOINT lg_statement'),
    },
    end: async () => {
      await client.query('ROLLBACK').catch(() => undefined);
    },
    close: async () => {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    },
    cannotRun: (s) =>
      NOT_IN_TRANSACTION(s)
        ? 'cannot run inside the rolled-back transaction that keeps the database unchanged'
        : undefined,
  };
}

const ref = (file: string, s: Statement): StatementRef => ({ file, line: s.line, endLine: s.endLine, text: s.text });

/**
 * Applies one set in order, one statement at a time as the migration tool would, and stops at the first failure.
 * Once something was skipped (an extension the engine lacks, a file that does not parse), a later failure may be
 * caused by it: that statement is listed as not checked and applying goes on, so what does not depend on the
 * skipped part is still verified.
 */
export async function applySet(engine: SqlEngine, set: ApplySet): Promise<SetOutcome> {
  const outcome: SetOutcome = { set: set.name, applied: 0, skipped: [], notChecked: [], notReached: 0 };
  const all = set.units.flatMap((u) => u.statements);
  await engine.begin(all);
  let remaining = all.length;
  try {
    for (const unit of set.units) {
      if (unit.parseError) {
        outcome.skipped.push({ file: unit.file, line: unit.parseError.line, reason: 'the file does not parse' });
        continue;
      }
      const ownTransaction = unit.wrapped && engine.runsTransactionStatements;
      let inTransaction = ownTransaction || !engine.runsTransactionStatements;
      if (ownTransaction) await engine.exec('BEGIN');
      for (const statement of unit.statements) {
        remaining--;
        const reason = engine.cannotRun(statement);
        if (reason) {
          outcome.skipped.push({ ...ref(unit.file, statement), reason });
          continue;
        }
        const tx = statement.node.TransactionStmt?.kind as string | undefined;
        if (tx && !engine.runsTransactionStatements) continue;
        if (tx && engine.runsTransactionStatements && ownTransaction) continue; // the tool's transaction holds it
        const guarded = inTransaction && !tx && engine.savepoint && outcome.skipped.length > 0;
        try {
          if (guarded) await engine.savepoint!.set();
          await engine.exec(statement.text);
          if (guarded) await engine.savepoint!.release();
          outcome.applied++;
          if (tx === 'TRANS_STMT_BEGIN' || tx === 'TRANS_STMT_START') inTransaction = true;
          if (tx === 'TRANS_STMT_COMMIT' || tx === 'TRANS_STMT_ROLLBACK') inTransaction = false;
        } catch (err) {
          if (err instanceof StatementTimeoutError) {
            outcome.failure = { ...ref(unit.file, statement), message: err.message, timedOut: true };
            outcome.notReached = remaining;
            return outcome;
          }
          const message = err instanceof Error ? err.message : String(err);
          if (outcome.skipped.length > 0) {
            outcome.notChecked.push({ ...ref(unit.file, statement), message });
            if (guarded) await engine.savepoint!.rollback();
            continue;
          }
          if (ownTransaction) await engine.exec('ROLLBACK').catch(() => undefined);
          outcome.failure = { ...ref(unit.file, statement), message, timedOut: false };
          outcome.notReached = remaining;
          return outcome;
        }
      }
      if (ownTransaction) await engine.exec('COMMIT');
    }
  } finally {
    await engine.end().catch(() => undefined);
  }
  return outcome;
}
