import { alterCommandsOnExisting, columnConstraints, defineRule, sval, typeNameOf } from './rule.js';

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
  // `x AT TIME ZONE 'utc'` is timezone('utc', x); these are immutable or stable: one value for the statement.
  'timezone',
  'date_trunc',
  'to_timestamp',
  'to_char',
  'make_interval',
  'greatest',
  'least',
  'nullif',
  'concat',
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

/** Why adding this column rewrites the table, if it does. */
function rewriteOf(col: any, pgVersion: number): string | undefined {
  const constraints = columnConstraints(col);
  const def = constraints.find((c) => c.contype === 'CONSTR_DEFAULT');
  if (constraints.some((c) => c.contype === 'CONSTR_IDENTITY'))
    return 'is an identity column: every existing row gets a value, so the table is rewritten';
  const volatile =
    (def && isVolatile(def.raw_expr)) ||
    ['serial', 'bigserial', 'smallserial'].includes(typeNameOf(col.typeName)) ||
    constraints.some((c) => c.contype === 'CONSTR_GENERATED');
  if (volatile) return 'has a volatile default';
  if (def && pgVersion < 11) return `has a default (Postgres ${pgVersion} rewrites the table)`;
  return undefined;
}

export default defineRule({
  id: 'volatile-default',
  severity: 'error',
  why: 'A column added with a volatile default (or any default before Postgres 11) rewrites the whole table under an ACCESS EXCLUSIVE lock.',
  fix: 'Add the column without the default, set the default, and backfill in batches.',
  squawk: 'adding-field-with-default',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state).flatMap(({ table, cmd }) => {
      if (cmd.subtype !== 'AT_AddColumn') return [];
      const why = rewriteOf(cmd.def.ColumnDef, state.pgVersion);
      return why ? [{ detail: `${table}.${cmd.def.ColumnDef.colname} ${why}` }] : [];
    }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN u uuid DEFAULT gen_random_uuid();",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN n bigserial;",
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT now();",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT timezone('utc', now());",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT (now() AT TIME ZONE 'utc');",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN s text DEFAULT 'x';",
      // An existing column keeps its values: a catalog change, no rewrite (measured on Postgres 15).
      "SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;",
    ],
  },
});
