import { describe, expect, test } from '@jest/globals';
import { parseSql } from '../../src/checks/migration-check/parse.js';
import { checkStatement, finishFile, newFileState, RULES } from '../../src/checks/migration-check/rules.js';
import { CATALOG } from '../../src/checks/migration-check/rules/index.js';

/** Every rule the file hits, the way the gate lints a file. */
async function rulesHit(sql: string, wrapped: boolean): Promise<string[]> {
  const parsed = await parseSql(sql);
  if (parsed.error) throw new Error(`${parsed.error.message} in ${sql}`);
  const state = newFileState(17, wrapped);
  const hits = parsed.statements.flatMap((s) => checkStatement(s, state));
  return [...hits, ...finishFile(state)].map((h) => h.rule);
}

describe('the rule catalog: each rule flags its bad cases and passes its good ones', () => {
  const rows = CATALOG.flatMap((rule) => [
    ...rule.cases.bad.map((sql) => [rule.id, 'bad', sql, rule.cases.wrapped ?? false] as const),
    ...rule.cases.good.map((sql) => [rule.id, 'good', sql, rule.cases.wrapped ?? false] as const),
  ]);
  test.each(rows)('%s %s: %s', async (...[id, kind, sql, wrapped]) => {
    const hits = await rulesHit(sql, wrapped);
    if (kind === 'bad') expect(hits).toContain(id);
    else expect(hits).not.toContain(id);
  });

  test('every catalog rule has cases, docs and a unique id that RULES knows', () => {
    const ids = CATALOG.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CATALOG) {
      expect(rule.cases.bad.length).toBeGreaterThan(0);
      expect(rule.cases.good.length).toBeGreaterThan(0);
      expect(rule.why.length).toBeGreaterThan(20);
      expect(RULES[rule.id]).toMatchObject({ severity: rule.severity, fix: rule.fix });
    }
  });
});
