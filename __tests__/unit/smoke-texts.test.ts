import { describe, expect, test } from '@jest/globals';
import { looksLikeHtml, visibleText } from '../../src/checks/http/visible-text.js';
import { oneLine } from '../../src/checks/http/log-text.js';
import { urlCredentials } from '../../src/checks/http/credentials.js';
import { bodyExcerpt } from '../../src/checks/smoke-test/runner.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { SMOKE_FINDINGS } from '../../src/checks/smoke-test/findings.js';
import { LATENCY_FINDINGS } from '../../src/checks/latency-budget/findings.js';
import { catalogTable } from '../../src/checks/http/finding-catalog.js';

describe('visible text of an HTML page', () => {
  test('drops head, scripts, styles and comments; decodes entities; collapses whitespace', () => {
    const html = `<!doctype html><html><head><title>T</title><style>${'a{b:c}'.repeat(100)}</style>
      <script>var x = "<p>not shown</p>";</script></head>
      <body><!-- hidden --><h1>Sign in failed</h1>\n\n<p>Wrong e-mail &amp; password &#x2014; try&nbsp;again</p>
      <noscript>enable JS</noscript><template><p>tpl</p></template></body></html>`;
    expect(visibleText(html)).toBe('Sign in failed Wrong e-mail & password — try again');
  });
  test('is recognised by content type or by its opening', () => {
    expect(looksLikeHtml('text/html; charset=utf-8', '')).toBe(true);
    expect(looksLikeHtml(undefined, '  <!DOCTYPE html><p>x')).toBe(true);
    expect(looksLikeHtml('application/json', '{"a":"<html>"}')).toBe(false);
  });
  test('unclosed tags and hidden elements end the text instead of hanging', () => {
    expect(visibleText('<p>a<script>never closed')).toBe('a');
    expect(visibleText('<p>a<b')).toBe('a');
    const hostile = '<script>'.repeat(50_000) + '<p>' + '<'.repeat(50_000);
    expect(typeof visibleText(hostile)).toBe('string');
  });
});

describe('failure excerpts', () => {
  const secrets = new SecretRegistry();
  secrets.add('Hunter2Secret');
  const redact = (t: string) => secrets.redact(t);
  test('a secret straddling the cut is masked whole before cutting', () => {
    const body = `${'x'.repeat(295)}Hunter2Secret${'y'.repeat(20)}`;
    const excerpt = bodyExcerpt({ body, truncated: false, headers: {} }, redact);
    expect(excerpt).toBe(`${'x'.repeat(295)}***yy…`);
    expect(excerpt).not.toContain('Hunt');
  });
  test('an HTML page shows its visible text, with an HTML-escaped secret masked', () => {
    secrets.add('a&b<c>d-secret');
    const body = '<html><head><style>h1{}</style></head><body>Hi a&amp;b&lt;c&gt;d-secret</body></html>';
    expect(bodyExcerpt({ body, truncated: false, headers: { 'content-type': 'text/html' } }, redact)).toBe('Hi ***');
  });
  test('a cut never splits a surrogate pair', () => {
    const body = `${'x'.repeat(299)}😀tail`;
    expect(bodyExcerpt({ body, truncated: false, headers: {} }, redact)).toBe(`${'x'.repeat(299)}…`);
  });
});

describe('log lines', () => {
  test('control characters are spelled out, so nothing starts a line of its own', () => {
    expect(oneLine('a\n::stop-commands::x\r\n\u0007b\u2028c')).toBe('a\\n::stop-commands::x\\r\\n\\u0007b\\u2028c');
    expect(oneLine('x'.repeat(400))).toHaveLength(301);
  });
});

describe('credentials in URLs', () => {
  test('are taken out of the URL, turned into Basic auth, and every spelling is a secret', () => {
    const c = urlCredentials('https://ops:p%40ss%3Aword@staging.example.com/app');
    expect(c.url).toBe('https://staging.example.com/app');
    expect(c.authorization).toBe(`Basic ${Buffer.from('ops:p@ss:word').toString('base64')}`);
    expect(c.secrets).toEqual(
      expect.arrayContaining(['p@ss:word', 'p%40ss%3Aword', Buffer.from('ops:p@ss:word').toString('base64')]),
    );
  });
  test('a URL without credentials is unchanged', () => {
    expect(urlCredentials('http://127.0.0.1:3000/')).toEqual({ url: 'http://127.0.0.1:3000/', secrets: [] });
  });
});

describe('finding catalogs', () => {
  test('one naming style: each gate prefixes its ids, and every id has a meaning and a fix', () => {
    for (const [prefix, catalog] of [
      ['smoke-', SMOKE_FINDINGS],
      ['latency-', LATENCY_FINDINGS],
    ] as const) {
      for (const [id, doc] of Object.entries(catalog)) {
        expect(id.startsWith(prefix)).toBe(true);
        expect(doc.meaning.length).toBeGreaterThan(10);
        expect(doc.fix.length).toBeGreaterThan(0);
      }
    }
  });
  test('the README table marks non-error severities and escapes pipes', () => {
    const md = catalogTable({ 'x-a': { severity: 'warning', meaning: 'a | b', fix: 'c' } });
    expect(md.split('\n')[2]).toBe('| `x-a` (warning) | a \\| b | c |');
  });
});
