import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's Chromium, where installed; tests that need it skip visibly without it. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * Headless Chromium as this machine allows it: no background networking (the network is closed), a fresh profile.
 * `args` are the command's own (--screenshot=…, --dump-dom); resolves with what it printed on stdout.
 */
export async function runChromium(page: string, windowSize: string, args: string[]): Promise<string> {
  if (!CHROMIUM) throw new Error('no chromium installed');
  const browser = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${mkdtempSync(path.join(os.tmpdir(), 'lg-chrome-'))}`,
      `--window-size=${windowSize}`,
      ...args,
      `file://${page}`,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let out = '';
  browser.stdout.on('data', (d) => (out += d));
  await new Promise((resolve) => browser.on('close', resolve));
  return out;
}
