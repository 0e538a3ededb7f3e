/**
 * An input error echoes the value it rejects, and it is built before any secret is registered. Old code printed the
 * first 80 characters as given: a token in `https://user:token@host`, a webhook URL pasted into the wrong input, or
 * the github-token's value pasted into another input (secret inputs were registered only after validation).
 */
import { expect, test } from '@jest/globals';
import { runAction } from '../helpers/run-action.js';
import { describeGiven, maskCredentialShapes } from '../../src/core/inputs-redact.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { COMMON_INPUTS, checkInputs, registerSecretInputs, text } from '../../src/core/inputs.js';

const TOKEN = 'tok_Q8w!rT5y$uI0pA7s';
const SLACK_KEY = 'aB3dE5fG7hJ9kL1mN3pQ5rS7';
const SLACK_URL = `https://hooks.slack.com/services/T0ABC1234/B0DEF5678/${SLACK_KEY}`;

/** Every spelling of a value that could give it away. */
function spellings(value: string, user = 'ops'): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [
    value,
    encodeURIComponent(value),
    encodeURI(value),
    b64(value).replace(/=+$/, ''),
    b64(`${user}:${value}`).replace(/=+$/, ''),
  ];
}

function expectNone(text: string, value: string): void {
  for (const s of spellings(value)) expect(text).not.toContain(s);
}

test.each([
  [`https://ops:${TOKEN}@exa mple.com/`, 'https://***@exa mple.com/'],
  ['ftp://ops:pa/ss@word@host/x', 'ftp://***@host/x'],
  [SLACK_URL, 'https://hooks.slack.com/services/T0ABC1234/B0DEF5678/***'],
  ['https://x.io/cb?sig=abc123&plain=1#access_token=zz', 'https://x.io/cb?sig=***&plain=***#access_token=***'],
  ['Bearer abc.def.ghi', 'Bearer ***'],
  ['password=hunter22', 'password=***'],
  ['ghp_4HqZ9kL2mN8pR5tV7wX1yB3cD6fG0jK2lM4n', '***'],
  ['xoxb-123456789012-aB3dE5fG7hJ9kL1mN3pQ5rS7', '***'],
])('credential shapes are masked: %s', (given, shown) => {
  expect(maskCredentialShapes(given)).toBe(shown);
});

test.each(['sometimes', 'launchgate-smoke-test-2024', 'packages/web/dist/assets', 'http//example.com', '1.5s'])(
  'ordinary values are shown as given: %s',
  (given) => {
    expect(describeGiven(given)).toBe(JSON.stringify(given));
  },
);

// Masking must not make an error useless: a host, file or route name in camelCase is a name, not a key.
test.each([
  'myCompanyInternalOperationsApp.example.com',
  'e2e/checkoutFlowWithPaymentsAndRefunds.yml',
  'https://internalOperationsDashboardAPIServer.example.com/health',
  'abc',
])('names are shown as given, not masked: %s', (given) => {
  expect(describeGiven(given)).toBe(JSON.stringify(given));
});

test.each(['aBcDeFgHiJkLmNoPqRsTuVwXyZ', 'QzXwVbNmLkJhGfDsAqWeRtYuIo', 'xKpLmQrStUvWxYzAbCdEfGhIj'])(
  'random letters of both cases are still a key: %s',
  (given) => {
    expect(maskCredentialShapes(given)).toBe('***');
  },
);

test('an invalid budget still echoes what was given', async () => {
  const run = await runAction('latency-budget', {
    inputs: { 'base-url': 'http://127.0.0.1:9', 'budget-p95-ms': 'abc', routes: '' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('Input \'budget-p95-ms\' got "abc"; accepted: a whole number');
});

test('a long value is cut after masking, and the work is bounded', () => {
  // Cut first, as the old code did, the message would end in "ghp_4": masked first, it shows no piece of it.
  const token = 'ghp_4HqZ9kL2mN8pR5tV7wX1yB3cD6fG0jK2lM4n';
  expect(describeGiven(`${'word '.repeat(15)}${token}`)).toBe(JSON.stringify(`${'word '.repeat(15)}***`));
  expect(describeGiven(`${'word '.repeat(20)}${token}`)).toBe(JSON.stringify(`${'word '.repeat(16)}…`));
  expect(describeGiven('/'.repeat(200_000) + '@')).toBe(JSON.stringify(`${'/'.repeat(80)}…`));
  expect(describeGiven('x', true)).toBe('(a secret value)');
});

test('secret inputs are registered before any input is validated', () => {
  const secrets = new SecretRegistry();
  const specs = { ...COMMON_INPUTS, name: { ...text('A name.'), secret: true } };
  registerSecretInputs(specs, { 'github-token': ' plain-value-1 ', name: 'other-value-2', 'fail-on': 'x' }, secrets);
  expect(secrets.has('plain-value-1')).toBe(true);
  expect(secrets.has('other-value-2')).toBe(true);
  expect(secrets.has('x')).toBe(false);
  const { errors } = checkInputs(COMMON_INPUTS, { 'fail-on': 'plain-value-1' }, (n) => `Input '${n}'`);
  expect(secrets.redact(errors.join('\n'))).not.toContain('plain-value-1');
});

test('an invalid base-url with credentials: no spelling of the token leaves the step', async () => {
  const run = await runAction('smoke-test', {
    inputs: { 'base-url': `https://ops:${TOKEN}@exa mple.com/`, urls: '/' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('Input \'base-url\' got "https://***@exa mple.com/"');
  expectNone(run.everything, TOKEN);
  expectNone(run.stdout + run.stderr, TOKEN);
});

test('a webhook URL in the wrong input is echoed without its key', async () => {
  const run = await runAction('smoke-test', { inputs: { 'fail-on': SLACK_URL, urls: 'http://127.0.0.1:9/' } });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('Input \'fail-on\' got "https://hooks.slack.com/services/T0ABC1234/B0DEF5678/***"');
  expectNone(run.everything, SLACK_KEY);
});

test("the github-token's value pasted into another input is masked, and add-mask comes first", async () => {
  const value = 'plainwordsecret';
  const run = await runAction('smoke-test', {
    inputs: { 'github-token': value, retries: value, urls: 'http://127.0.0.1:9/' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain("Input 'retries' got");
  expect(run.stdout.indexOf(`::add-mask::${value}`)).toBeGreaterThanOrEqual(0);
  expect(run.stdout.indexOf(`::add-mask::${value}`)).toBeLessThan(run.stdout.indexOf("Input 'retries'"));
  expectNone(run.everything, value);
});

test('a webhook URL given as working-directory is echoed without its key', async () => {
  const run = await runAction('smoke-test', {
    inputs: { 'working-directory': SLACK_URL, urls: 'http://127.0.0.1:9/' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('is not a folder that exists');
  expectNone(run.everything, SLACK_KEY);
});
