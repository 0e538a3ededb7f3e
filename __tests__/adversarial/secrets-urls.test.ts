/**
 * Hostile servers against the deployed-bundle scan (issue 14: M3, L9). Each test failed on the scan as it was
 * before these fixes.
 */
import { describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import { runAction } from '../helpers/run-action.js';
import { listen, startSite } from '../helpers/servers.js';
import { fake } from '../corpus/secrets.js';

const STRIPE = `sk_live_${fake('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 28, 1421)}`;

describe('urls mode', () => {
  // M3: a same-origin script that redirected to another host (a metadata address, a private range) was fetched
  // and part of the answer echoed.
  test('a script that redirects to another host is not fetched there', async () => {
    const internalHits: string[] = [];
    const internal = createServer((req, res) => {
      internalHits.push(req.url!);
      res.end(`var credentials = "${STRIPE}";`);
    });
    const internalUrl = await listen(internal);
    const site = await startSite({
      '/': '<html><script src="/app.js"></script></html>',
      '/app.js': { status: 302, location: `${internalUrl}/latest/meta-data/iam` },
      '/moved.js': 'var ok = 1;',
    });
    const url = site.url;
    try {
      const run = await runAction('secret-scan', { inputs: { urls: `${url}/` } });
      expect(internalHits).toEqual([]);
      expect(run.exitCode).toBe(1);
      expect(run.annotations.map((a) => a.message).join('\n')).toMatch(
        /redirects to http:\/\/127\.0\.0\.1:\d+, outside the origins of the given urls/,
      );
      expect(run.everything).not.toContain(STRIPE);
    } finally {
      site.close();
      internal.close();
    }
  });

  test('a redirect within the configured origin is followed', async () => {
    const site = await startSite({
      '/': '<html><script src="/app.js"></script></html>',
      '/app.js': { status: 301, location: '/v2/app.js' },
      '/v2/app.js': `var k="${STRIPE}";`,
    });
    const url = site.url;
    try {
      const run = await runAction('secret-scan', { inputs: { urls: `${url}/` } });
      expect(run.exitCode).toBe(1);
      expect(run.annotations.find((a) => a.file)?.message).toContain(`served at ${url}/app.js`);
    } finally {
      site.close();
    }
  });

  // L9: the `<script` regex read to the end of the page from every unclosed `<script` (20 s at 480 KB).
  test('a page of 3 MB of unclosed <script tags is read once', async () => {
    const page = `<html>${'<script '.repeat(400000)}`;
    const site = createServer((_req, res) => res.end(page));
    const url = await listen(site);
    try {
      const run = await runAction('secret-scan', { inputs: { urls: `${url}/` }, timeoutMs: 60000 });
      expect(run.exitCode).toBe(0);
      expect(run.summary).toContain('deployed pages and their scripts (1 fetched)');
    } finally {
      site.close();
    }
  });
});
