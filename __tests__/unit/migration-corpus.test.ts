import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintSql } from '../../src/checks/migration-check/lint-file.js';
import { ROOT } from '../helpers/run-action.js';

const DIR = path.join(ROOT, '__tests__/corpus/migrations');
const expected: Record<string, string[]> = JSON.parse(
  readFileSync(path.join(ROOT, '__tests__/corpus/migrations.expected.json'), 'utf8'),
);

describe('migration corpus: the expected rule hits per file (also the input of npm run compare:squawk)', () => {
  test.each(Object.entries(expected))('%s', async (file, rules) => {
    const { hits, error } = await lintSql(readFileSync(path.join(DIR, file), 'utf8'));
    expect(error).toBeUndefined();
    expect([...new Set(hits.map((h) => h.rule))].sort()).toEqual([...rules].sort());
  });
});
