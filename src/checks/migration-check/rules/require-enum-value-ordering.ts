import { defineRule, dotted } from './rule.js';

export default defineRule({
  id: 'require-enum-value-ordering',
  severity: 'notice',
  why: 'ADD VALUE without BEFORE or AFTER puts the value last, which decides how the enum sorts (ORDER BY, <, >).',
  fix: "Say where it goes: ALTER TYPE … ADD VALUE 'x' BEFORE 'y' (or AFTER).",
  squawk: 'require-enum-value-ordering',
  check(statement) {
    const e = statement.node.AlterEnumStmt;
    if (!e?.newVal || e.oldVal || e.newValNeighbor) return [];
    return [{ detail: `value '${e.newVal}' added to ${dotted(e.typeName)} with no position` }];
  },
  cases: {
    bad: ["ALTER TYPE status ADD VALUE 'archived';"],
    good: ["ALTER TYPE status ADD VALUE 'archived' AFTER 'done';", "ALTER TYPE status RENAME VALUE 'a' TO 'b';"],
  },
});
