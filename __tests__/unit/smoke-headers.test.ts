import { describe, expect, test } from '@jest/globals';
import { headerBaseline } from '../../src/checks/http/security-headers.js';

const GOOD = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  server: 'nginx',
};

describe('headers-baseline', () => {
  test('a page with the OWASP basics passes', () => {
    expect(headerBaseline('https://app.example.com/', GOOD)).toEqual([]);
    const { 'content-security-policy': _csp, ...withoutCsp } = GOOD;
    expect(headerBaseline('https://app.example.com/', { ...withoutCsp, 'x-frame-options': 'SAMEORIGIN' })).toEqual([]);
  });

  test('each miss names the header and the fix', () => {
    const misses = headerBaseline('https://app.example.com/', {
      'strict-transport-security': 'max-age=0',
      'x-powered-by': 'Express 4.18.2',
      server: 'nginx/1.25.3',
      'content-security-policy': "default-src 'self'",
    });
    expect(misses.map((m) => `${m.header}: ${m.problem}`)).toEqual([
      'Strict-Transport-Security: has no positive max-age (max-age=0)',
      'X-Content-Type-Options: missing',
      'Content-Security-Policy: no frame-ancestors directive and no X-Frame-Options: the page can be framed (clickjacking)',
      'Server: reveals a version (nginx/1.25.3)',
      'X-Powered-By: reveals a version (Express 4.18.2)',
    ]);
    expect(misses[1].fix).toBe('send X-Content-Type-Options: nosniff');
  });

  test('HSTS is only asked of https pages; ALLOW-FROM is no protection', () => {
    const misses = headerBaseline('http://127.0.0.1:3000/', {
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'ALLOW-FROM https://x.example',
    });
    expect(misses.map((m) => m.header)).toEqual(['Content-Security-Policy']);
  });
});
