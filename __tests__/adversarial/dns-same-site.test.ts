/**
 * Issue 14 L13: sameSite() compared the last two labels, so `myapp.github.io` and `evil.github.io` were one site and
 * a quick check's redirect to another tenant of a shared host passed. The Public Suffix List decides now.
 */
import { describe, expect, test } from '@jest/globals';
import { sameSite } from '../../src/checks/smoke-test/quick-check.js';

describe('same site by the Public Suffix List', () => {
  test('tenants of a shared host (a private suffix) are different sites', () => {
    expect(sameSite('myapp.github.io', 'evil.github.io')).toBe(false);
    expect(sameSite('app.herokuapp.com', 'other.herokuapp.com')).toBe(false);
    expect(sameSite('www.myapp.github.io', 'myapp.github.io')).toBe(true);
  });

  test('names under a two-label public suffix are compared at the registrable domain', () => {
    expect(sameSite('shop.example.co.uk', 'www.example.co.uk')).toBe(true);
    expect(sameSite('example.co.uk', 'attacker.co.uk')).toBe(false);
    expect(sameSite('www.example.com', 'example.com')).toBe(true);
  });
});
