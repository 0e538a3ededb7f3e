import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { verifyFindings } from '../../src/checks/secret-scan/verify/index.js';
import { TestCA } from '../helpers/test-ca.js';
import { startStandIns, type StandIns } from '../helpers/verify-providers.js';

// A repository's own .gitleaks.toml may define a rule whose id is a provider's (`github-pat`) but whose regex
// matches anything, such as a database password. Verification goes by rule id, so without a check of the value's
// shape that password would be sent to GitHub. Each provider sends only values with its own token prefix.

let standIns: StandIns;
let ca: TestCA;
beforeAll(async () => {
  ca = new TestCA();
  standIns = await startStandIns(ca, {});
});
afterAll(() => standIns.close());

const PASSWORD = 'correct-horse-battery-staple-db-password';

test.each([
  ['github-pat', 'not a GitHub token'],
  ['gitlab-pat', 'not a GitLab personal access token'],
  ['slack-bot-token', 'not a Slack token'],
  ['stripe-access-token', 'not a Stripe secret or restricted key'],
  ['aws-access-token', 'only long-term IAM access keys (AKIA…) are checked'],
  ['openai-api-key', 'not an OpenAI API key'],
  ['anthropic-api-key', 'not an Anthropic API or admin key'],
  ['sendgrid-api-token', 'not a SendGrid API key'],
  ['npm-access-token', 'not an npm access token'],
])('a value found by a user rule named %s that is not such a token is never sent', async (ruleId, reason) => {
  const f: Finding = { ruleId, severity: 'error', title: ruleId, message: 'x', file: 'db.env', line: 1 };
  const summary = await verifyFindings([f], {
    secretOf: () => PASSWORD,
    baseUrls: standIns.baseUrls,
    ca: ca.pem,
  });
  expect(summary.results.get(f)).toMatchObject({ status: 'unknown', reason, called: false });
  expect(summary.counts).toMatchObject({ calls: 0, unsupported: 1 });
  expect(standIns.all()).toEqual([]);
});

describe('the AWS pairing takes only a secret key shape', () => {
  test('a password beside an access key ID is not used to sign, and nothing is sent', async () => {
    const id: Finding = { ruleId: 'aws-access-token', severity: 'error', title: 'x', message: 'x', file: 'a', line: 1 };
    const pw: Finding = { ruleId: 'generic-api-key', severity: 'error', title: 'x', message: 'x', file: 'a', line: 2 };
    const secrets = new Map([
      [id, 'AKIAABCDEFGHIJKLMNOP'],
      [pw, PASSWORD],
    ]);
    const summary = await verifyFindings([id, pw], {
      secretOf: (f) => secrets.get(f),
      baseUrls: standIns.baseUrls,
      ca: ca.pem,
    });
    expect(summary.results.get(id)?.reason).toMatch(/no AWS secret access key/);
    expect(standIns.all()).toEqual([]);
  });
});
