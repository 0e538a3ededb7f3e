import { describe, expect, test } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { signSchema, signatureHeaders, tamperBody } from '../../src/checks/http/sign.js';
import { requestSchema } from '../../src/checks/http/schema.js';
import { buildRequest } from '../../src/checks/http/step.js';
import { readFlowFile } from '../../src/checks/smoke-test/flow-file.js';
import { parseYaml } from '../../src/core/yaml-file.js';

const sign = (raw: Record<string, unknown>) => signSchema.parse({ secret: '${env.S}', ...raw });

describe('signatures against the providers’ published examples', () => {
  test('GitHub: the example of "Validating webhook deliveries"', () => {
    // secret "It's a Secret to Everybody", payload "Hello, World!"
    expect(
      signatureHeaders(sign({ scheme: 'github' }), 'Hello, World!', {
        secret: "It's a Secret to Everybody",
        timestamp: 0,
      }),
    ).toEqual({ 'X-Hub-Signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17' });
  });

  test('Slack: the example of "Verifying requests from Slack"', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(
      signatureHeaders(sign({ scheme: 'slack' }), body, {
        secret: '8f742231b10e8888abcd99yyyzzz85a5',
        timestamp: 1531420618,
      }),
    ).toEqual({
      'X-Slack-Request-Timestamp': '1531420618',
      'X-Slack-Signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    });
  });

  test('Stripe: t=<time>,v1=<HMAC-SHA256 of "t.body">, checked by a verifier written from its docs', () => {
    // Stripe publishes the algorithm but no fixed example value; this verifier follows "Verify signatures manually".
    const body = '{"id":"evt_1","type":"payment_intent.succeeded"}';
    const header = signatureHeaders(sign({ scheme: 'stripe' }), body, { secret: 'whsec_test', timestamp: 1700000000 })[
      'Stripe-Signature'
    ];
    const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
    expect(parts.t).toBe('1700000000');
    const expected = createHmac('sha256', 'whsec_test').update(`${parts.t}.${body}`).digest('hex');
    expect(parts.v1).toBe(expected);
  });

  test('hmac: header, algorithm, encoding, prefix, payload template and timestamp header', () => {
    const spec = sign({
      scheme: 'hmac',
      header: 'X-Signature',
      algorithm: 'sha512',
      encoding: 'base64',
      prefix: 'sha512=',
      payload: '${timestamp}.${body}',
      'timestamp-header': 'X-Timestamp',
    });
    const body = 'literal ${timestamp} in the body';
    const headers = signatureHeaders(spec, body, { secret: 'k', timestamp: 42 });
    const mac = createHmac('sha512', 'k').update(`42.${body}`).digest('base64');
    expect(headers).toEqual({ 'X-Signature': `sha512=${mac}`, 'X-Timestamp': '42' });
    // The GitHub example through the generic scheme gives GitHub's value: one algorithm, two spellings.
    expect(
      signatureHeaders(sign({ scheme: 'hmac', header: 'X-Hub-Signature-256', prefix: 'sha256=' }), 'Hello, World!', {
        secret: "It's a Secret to Everybody",
        timestamp: 0,
      })['X-Hub-Signature-256'],
    ).toBe('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
  });
});

describe('negative steps', () => {
  test('tamper changes exactly one byte and keeps JSON well-formed', () => {
    const cases = ['{"amount":100,"id":"evt_1"}', '{"event":"paid","name":"ok"}', 'a=b&c=d', '{}'];
    for (const body of cases) {
      const t = tamperBody(body);
      expect(t).not.toBe(body);
      if (body.startsWith('{')) expect(() => JSON.parse(t)).not.toThrow();
      if (t.length === body.length) expect([...t].filter((c, i) => c !== body[i])).toHaveLength(1);
    }
    expect(tamperBody('{"a":true,"b":"xyz"}')).toBe('{"a":true,"b":"xyZ"}');
  });

  test('a tampered request carries the signature of the untampered body; unsigned carries none', () => {
    const env = { S: 'shh-secret' };
    const base = {
      method: 'POST',
      url: '/hook',
      json: { amount: 100 },
      sign: { scheme: 'github', secret: '${env.S}' },
    };
    const good = buildRequest(requestSchema.parse(base), 'http://h', {}, env);
    const tampered = buildRequest(requestSchema.parse({ ...base, tamper: true }), 'http://h', {}, env);
    const unsigned = buildRequest(requestSchema.parse({ ...base, unsigned: true }), 'http://h', {}, env);
    expect(tampered.headers['X-Hub-Signature-256']).toBe(good.headers['X-Hub-Signature-256']);
    expect(tampered.body).toBe('{"amount":101}');
    expect(unsigned.headers['X-Hub-Signature-256']).toBeUndefined();
  });

  test('timestamp-offset-s signs with a moved clock', () => {
    const spec = requestSchema.parse({
      method: 'POST',
      url: '/hook',
      body: 'x',
      sign: { scheme: 'slack', secret: '${env.S}' },
      'timestamp-offset-s': -600,
    });
    const req = buildRequest(spec, 'http://h', {}, { S: 'k' }, 1_700_000_000_000);
    expect(req.headers['X-Slack-Request-Timestamp']).toBe(String(1_700_000_000 - 600));
  });
});

describe('bad input', () => {
  test('a secret must come from the environment; hmac needs a header; negatives need sign', () => {
    expect(signSchema.safeParse({ scheme: 'github', secret: 'plain' }).success).toBe(false);
    expect(signSchema.safeParse({ scheme: 'hmac', secret: '${env.S}' }).success).toBe(false);
    expect(requestSchema.safeParse({ url: '/', tamper: true }).success).toBe(false);
  });

  test('a replay names an earlier step of its own flow; otherwise the error names both steps', () => {
    const file = (flows: string) => () => readFlowFile(parseYaml('smoke.yml', flows));
    expect(
      file(
        'flows:\n  - name: a\n    steps:\n      - name: send\n        request: { url: / }\n      - name: again\n        replay: send\n',
      ),
    ).not.toThrow();
    expect(
      file(
        'flows:\n  - name: a\n    steps:\n      - name: again\n        replay: send\n      - name: send\n        request: { url: / }\n',
      ),
    ).toThrow("smoke.yml:5: step 'again' replays 'send', which is not an earlier step of this flow");
    expect(
      file(
        'flows:\n  - name: a\n    steps:\n      - name: send\n        request: { url: / }\n  - name: b\n    steps:\n      - name: again\n        replay: send\n',
      ),
    ).toThrow("step 'again' replays 'send', which is a step of another flow ('a')");
    expect(
      file('flows:\n  - name: a\n    steps:\n      - name: s\n        request: { url: / }\n        replay: s\n'),
    ).toThrow(/give request or replay/);
  });
});

describe('burst steps', () => {
  test('only a path of the base URL: no other host, no protocol-relative or backslash tricks', () => {
    const file = (url: string) => () =>
      readFlowFile(
        parseYaml(
          'smoke.yml',
          `flows:\n  - name: f\n    steps:\n      - name: b\n        request: { url: ${JSON.stringify(url)} }\n        burst: { requests: 5, within-s: 1 }\n`,
        ),
      );
    expect(file('/login')).not.toThrow();
    for (const bad of ['//evil.example/login', '/\\evil.example/login', 'https://evil.example/', '${next}'])
      expect(file(bad)).toThrow(/a burst goes to the base URL only/);
  });
});
