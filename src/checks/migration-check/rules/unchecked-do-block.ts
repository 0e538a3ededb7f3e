import { readDoBlock } from './do-block.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'unchecked-do-block',
  severity: 'notice',
  why: 'Part of a DO block cannot be read by the rules (EXECUTE of a built string, a statement using PL/pgSQL variables, or another language), so what it does to locks and the running app was not checked.',
  fix: 'Write the statement as plain SQL where you can; otherwise review it by hand, or run apply: database-url against a copy of production.',
  check(statement) {
    const block = statement.node.DoStmt ? readDoBlock(statement) : null;
    return (block?.unreadable ?? []).map((u) => ({ detail: `line ${u.line}: ${u.what}` }));
  },
  cases: {
    bad: [
      "DO $$ BEGIN EXECUTE 'ALTER TABLE ' || 'orders' || ' ADD COLUMN n text'; END $$;",
      "DO LANGUAGE plpython3u $$ plpy.execute('ALTER TABLE orders ADD COLUMN n text') $$;",
    ],
    good: ["DO $$ BEGIN UPDATE orders SET n = 'x' WHERE n IS NULL; END $$;"],
  },
});
