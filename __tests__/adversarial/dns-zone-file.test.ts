/**
 * Issue 14 L8 and the zone-file usage errors: the zone-file parser was quadratic on long records in parentheses
 * (each continuation line copied every token before it: 40,000 lines took 94 s), and a
 * zone file that cannot be read (a directory, say) stopped the check as `could-not-check` instead of a usage error.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';
import { runDnsCheck } from '../helpers/dns-server.js';
import { UserError } from '../../src/core/errors.js';

const ZONE_HEAD = ['$ORIGIN big.test.', '$TTL 300', '@ IN A 203.0.113.10', '@ IN MX 0 .', '@ IN TXT "v=spf1 -all"'];

/**
 * The bundle runs in its own process with a generous kill timer: the linear parser reads these files in well under
 * a second even on a loaded machine, the quadratic one needed many minutes.
 */
const runZone = (dir: string, file: string) =>
  runAction('dns-check', { cwd: dir, timeoutMs: 45_000, inputs: { domain: 'big.test', 'zone-file': file } });

describe('zone-file parser on hostile files (issue 14 L8)', () => {
  test('a record of 50,000 lines in parentheses is read in one pass', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-zone-'));
    const strings = Array.from({ length: 50_000 }, (_, i) => `  "k${i}=v"`);
    writeFileSync(
      path.join(dir, 'long.zone'),
      [
        ...ZONE_HEAD,
        'big IN TXT (',
        ...strings,
        ')',
        '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@big.test"',
        '',
      ].join('\n'),
    );
    const run = await runZone(dir, 'long.zone');
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('Checked big.test against zone file long.zone');
  }, 60_000);
});

describe('a zone file that cannot be read is a usage error', () => {
  test('a directory given as zone-file throws UserError naming the input and the file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-zone-'));
    mkdirSync(path.join(dir, 'zones'));
    const outcome = runDnsCheck({ domain: 'big.test', 'zone-file': 'zones' }, dir);
    await expect(outcome).rejects.toBeInstanceOf(UserError);
    await expect(outcome).rejects.toThrow(/^Input 'zone-file': cannot read zones \(/);
  });
});
