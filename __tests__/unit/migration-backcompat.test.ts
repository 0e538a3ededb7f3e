import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CodeIndex } from '../../src/checks/migration-check/backcompat.js';

// Issue 16 item 9: "still used in …" lists only whole-identifier matches in code files, says nothing for a name so
// common it matches everywhere, and never ends in "and 733 more".
const root = mkdtempSync(path.join(os.tmpdir(), 'lg-backcompat-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): string {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  return file;
}

const files = [
  write('src/orders.ts', 'const ref = row.customer_ref;\nconst other = row.customer_reference;\n'),
  write('src/report.py', 'print(order["customer_ref"])\n'),
  // Not code: documentation and data files do not count.
  write('docs/notes.md', 'customer_ref is going away\n'),
  write('data/dump.csv', 'customer_ref,1\n'),
  // The migration itself names the column, and so do other migrations: not app code.
  write('db/migrations/002_drop.sql', 'ALTER TABLE orders DROP COLUMN customer_ref;\n'),
  // A generic name, on more lines than any list could usefully show.
  write('src/many.ts', Array.from({ length: 733 }, (_, i) => `const status${i} = row.status;`).join('\n')),
];
const index = new CodeIndex(root, [], new Set(['db/migrations/002_drop.sql']), files);

describe('backward-compatibility usage search', () => {
  test('lists whole-identifier matches in code files only, never in docs, data or migrations', () => {
    expect(index.describe('orders.customer_ref')).toBe(
      '`orders.customer_ref` is still used in src/orders.ts:1, src/report.py:1.',
    );
  });

  test('a generic name that matches hundreds of lines says nothing, rather than "and 733 more"', () => {
    expect(index.references('orders.status').total).toBe(733);
    expect(index.describe('orders.status')).toBeUndefined();
  });

  test('a name that is not identifier-shaped is not searched', () => {
    expect(index.describe('orders.customer ref')).toBeUndefined();
  });

  test('an unused name says nothing; a few more matches than listed are counted', () => {
    expect(index.describe('orders.never_used')).toBeUndefined();
    for (let i = 0; i < 7; i++) write(`src/extra${i}.ts`, 'x.legacy_flag\n');
    const extra = new CodeIndex(
      root,
      ['src'],
      new Set(),
      Array.from({ length: 7 }, (_, i) => `src/extra${i}.ts`),
    );
    expect(extra.describe('orders.legacy_flag')).toMatch(/ and 2 more\.$/);
  });
});
