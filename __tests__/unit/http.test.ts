import { describe, expect, test } from '@jest/globals';
import { evalJsonPath } from '../../src/checks/http/jsonpath.js';
import { envReferences, interpolate } from '../../src/checks/http/template.js';
import { buildRequest, checkExpectations, runCaptures } from '../../src/checks/http/step.js';
import { backoffMs, classifyNetworkError, type HttpResponse } from '../../src/checks/http/client.js';
import { requestSchema } from '../../src/checks/http/schema.js';
import { sameSite } from '../../src/checks/smoke-test/quick-check.js';

const res = (over: Partial<HttpResponse> = {}): HttpResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  setCookies: [],
  body: '{"ok":true,"items":[{"id":1},{"id":2}],"token":"abc"}',
  truncated: false,
  ms: 12,
  url: 'http://x/',
  attempts: 1,
  ...over,
});

describe('JSON path', () => {
  const doc = { a: { b: [10, 20, { c: 'x' }] }, 'odd key': 1, items: [] };
  test.each([
    ['$.a.b[0]', 10],
    ['$.a.b[-1].c', 'x'],
    ['$.a.b.length', 3],
    ["$['odd key']", 1],
    ['$.items.length', 0],
  ])('%s', (p, want) => expect(evalJsonPath(doc, p)).toEqual({ found: true, value: want }));
  test('missing paths are not found, never undefined-equal', () => {
    expect(evalJsonPath(doc, '$.a.zz').found).toBe(false);
    expect(evalJsonPath(doc, '$.a.b[9]').found).toBe(false);
    expect(() => evalJsonPath(doc, 'a.b')).toThrow(/must start with \$/);
  });
});

describe('templates', () => {
  test('variables and env', () => {
    expect(interpolate('Bearer ${token} ${env.USER_X} $${literal}', { token: 't' }, { USER_X: 'u' })).toBe(
      'Bearer t u ${literal}',
    );
    expect(() => interpolate('${env.NOPE}', {}, {})).toThrow(/NOPE is not set/);
    expect(() => interpolate('${nope}', {}, {})).toThrow(/not captured/);
    expect([...envReferences({ a: ['${env.A}', { b: 'x ${env.B} ${c}' }] })]).toEqual(['A', 'B']);
  });
});

describe('requests', () => {
  test('relative URL, query, JSON body and content type', () => {
    const spec = requestSchema.parse({ method: 'POST', url: '/api/x', query: { q: '${v}' }, json: { p: '${env.P}' } });
    const req = buildRequest(spec, 'https://app.example.com/base/', { v: '1 2' }, { P: 'secret' });
    expect(req.url).toBe('https://app.example.com/api/x?q=1+2');
    expect(req.body).toBe('{"p":"secret"}');
    expect(req.headers['content-type']).toBe('application/json');
  });
  test('form bodies, and errors for a relative URL without a base', () => {
    const req = buildRequest(
      requestSchema.parse({ method: 'POST', url: 'http://h/l', form: { a: 'b c' } }),
      undefined,
      {},
      {},
    );
    expect(req.body).toBe('a=b+c');
    expect(() => buildRequest(requestSchema.parse({ url: '/x' }), undefined, {}, {})).toThrow(/no base-url is set/);
    expect(() => requestSchema.parse({ url: '/x', json: {}, body: 'x' })).toThrow(/at most one of json, form and body/);
  });
});

describe('expectations', () => {
  test('a response meeting every expectation has no failures', () => {
    expect(
      checkExpectations(
        {
          status: [200, 201],
          'body-contains': 'items',
          json: { '$.ok': true, '$.items.length': { gte: 2, lt: 3 } },
          headers: { 'content-type': { matches: 'json' } },
          'max-ms': 50,
        },
        res(),
      ),
    ).toEqual([]);
  });
  test('each miss is named', () => {
    const failures = checkExpectations(
      {
        status: 201,
        json: { '$.ok': false, '$.items.length': { gt: 5 }, '$.nope': { exists: true } },
        'body-matches': '^<html',
        'max-ms': 5,
      },
      res(),
    );
    expect(failures).toEqual([
      'status: expected 201, got 200',
      'body: expected to match /^<html/',
      '$.ok: expected false, got true',
      '$.items.length: expected > 5, got 2',
      '$.nope: expected it to exist',
      'time: expected at most 5 ms, took 12 ms',
    ]);
  });
  test('no status expectation means 2xx or 3xx', () => {
    expect(checkExpectations(undefined, res({ status: 404 }))).toEqual(['status: expected 2xx or 3xx, got 404']);
  });
  test('a JSON expectation on a non-JSON body fails', () => {
    expect(
      checkExpectations({ json: { '$.ok': true } }, res({ body: '<html>', headers: { 'content-type': 'text/html' } })),
    ).toEqual(['body: expected JSON, got text/html']);
  });
  test('captures from JSON, header and regex; a missing one fails', async () => {
    const r = res({ headers: { 'x-csrf': 'h1' }, body: '{"token":"abc","n":3} csrf=zz9' });
    const out = await runCaptures(
      { a: '$.token', b: { header: 'X-CSRF' }, c: { json: '$.n' }, d: { regex: 'nothing(\\d)', group: 1 } },
      { ...r, body: '{"token":"abc","n":3}' },
    );
    expect(out.vars).toEqual({ a: 'abc', b: 'h1', c: '3' });
    expect(out.failures).toEqual(['capture d: nothing found']);
  });
});

describe('network', () => {
  test('errors are classified by cause', () => {
    expect(classifyNetworkError({ cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' } }, 'h:1').kind).toBe(
      'refused',
    );
    expect(classifyNetworkError({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND x' }, 'x').message).toBe(
      'x: DNS lookup failed (getaddrinfo ENOTFOUND x)',
    );
    expect(classifyNetworkError({ code: 'UND_ERR_HEADERS_TIMEOUT', message: 'Headers Timeout Error' }, 'h').kind).toBe(
      'timeout',
    );
    expect(
      classifyNetworkError({ cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' } }, 'h')
        .kind,
    ).toBe('tls');
  });
  test('backoff grows and is capped', () => {
    expect(backoffMs(0, () => 1)).toBe(250);
    expect(backoffMs(2, () => 1)).toBe(1000);
    expect(backoffMs(10, () => 1)).toBe(4000);
    expect(backoffMs(3, () => 0)).toBe(0);
  });
  test('same site', () => {
    expect(sameSite('www.example.com', 'example.com')).toBe(true);
    expect(sameSite('example.net', 'example.com')).toBe(false);
  });
});
