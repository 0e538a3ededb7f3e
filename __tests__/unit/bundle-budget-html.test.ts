/**
 * The bundle card of the HTML report renders the gate's "Files" section as HTML: the entry names the section sets in
 * bold code ("**`app scripts`**") were shown as raw `**` before; file names stay escaped.
 */
import { expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleBudget } from '../../src/checks/bundle-budget/index.js';
import { buildReport } from '../../src/core/finding.js';
import { renderHtmlReport } from '../../src/core/html-report.js';
import { fakeContext } from '../helpers/fake-context.js';

const HOSTILE = '<img src=x onerror=alert(1)>.js';

test('the Files section is HTML: bold entry names, emphasis, escaped file names, no raw markdown', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-bundle-html-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'main.js'), 'export const a = 1;\n'.repeat(50));
  writeFileSync(path.join(dir, 'dist', HOSTILE), 'x');
  const budgets = [
    'budgets:',
    '  - { name: app scripts, path: "dist/*.js", limit: 10 kB }',
    '  - { name: styles, path: "dist/*.css", limit: 1 kB }',
  ].join('\n');
  const inputs = {
    budgets,
    baseline: '',
    'base-ref': '',
    'build-command': '',
    'build-timeout-s': 900,
    'growth-fails': false,
    'hash-pattern': '[.-]([A-Za-z0-9_-]{8,})(?=\\.[A-Za-z0-9]+(?:\\.map)?$)',
    urls: [],
    'max-third-party-origins': 5,
    'max-image-kb': 200,
  };
  const result = await bundleBudget.run(inputs as never, fakeContext({ cwd: dir }));
  const files = result.sections!.find((s) => s.title === 'Files')!;
  expect(files.markdown).toContain('**`app scripts`**');
  const html = renderHtmlReport([buildReport('bundle-budget', result, 'error', 1)], {
    title: 'test',
    generated: new Date(0),
  });
  const card = html.slice(html.indexOf('<h3>Files</h3>'));
  expect(card).toContain('<strong><code>app scripts</code></strong> (brotli)');
  expect(card).toContain('<strong><code>styles</code></strong> (brotli): <em>no files matched.</em>');
  expect(card).not.toMatch(/\*\*|(^|\s)_no/);
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.js');
  expect(html).not.toContain('<img');
});
