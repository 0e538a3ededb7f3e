// The engine process parses files in batches (src/checks/migration-check/engine.ts): across batch boundaries every
// file must still get its own statements, lines and errors.
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-action.js';

describe('migration-check on hundreds of files', () => {
  test('each of 450 files gets its own findings at its own lines, a syntax error in the middle included', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'lg-mig-batch-'));
    mkdirSync(path.join(cwd, 'migrations'));
    const BROKEN = 201;
    for (let i = 0; i < 450; i++) {
      const name = `${String(i).padStart(4, '0')}_m.sql`;
      // File i puts its index statement on line (i % 7) + 1, after that many comment lines.
      const pad = '-- pad\n'.repeat(i % 7);
      const body = i === BROKEN ? 'CREATE TABLE broken (;\n' : `CREATE INDEX i${i} ON t${i} (a);\n`;
      writeFileSync(path.join(cwd, 'migrations', name), pad + body);
    }
    const r = await runCli(['migration-check', '--apply', 'none', '--changed-only', 'false', '--format', 'json'], {
      cwd,
    });
    expect(r.exitCode).toBe(1);
    const findings: { ruleId: string; file?: string; line?: number; message: string }[] = JSON.parse(r.stdout).findings;
    const indexFindings = findings.filter((f) => f.ruleId === 'require-concurrent-index');
    expect(indexFindings).toHaveLength(449);
    for (const f of indexFindings) {
      const i = Number(/^migrations\/(\d+)_m\.sql$/.exec(f.file ?? '')?.[1]);
      expect(f.line).toBe((i % 7) + 1);
      expect(f.message).toContain(`index i${i} on t${i}`);
    }
    const syntax = findings.filter((f) => f.ruleId === 'syntax-error');
    expect(syntax.map((f) => [f.file, f.line])).toEqual([[`migrations/0${BROKEN}_m.sql`, (BROKEN % 7) + 1]]);
  });
});
