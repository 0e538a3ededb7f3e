import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHmac } from 'node:crypto';
import {
  SIGNATURE_HEADER,
  issueChannel,
  maskUrl,
  slackChannel,
  webhookChannel,
  type AlertContext,
} from '../../src/checks/uptime/alerts.js';
import type { Transition } from '../../src/checks/uptime/state.js';
import { HttpClient } from '../../src/checks/http/client.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { githubFromToken } from '../../src/hosts/github-api.js';
import { closedPort } from '../helpers/servers.js';
import { GitHubApiStandin, startGitHubApiStandin } from '../helpers/github-api-standin.js';
import { SlackStandin, startSlackStandin } from '../helpers/slack-standin.js';

let slack: SlackStandin;
let api: GitHubApiStandin;
const client = new HttpClient({ timeoutMs: 5000, retries: 0 });
beforeAll(async () => {
  slack = await startSlackStandin();
  api = await startGitHubApiStandin();
});
afterAll(async () => {
  await client.close();
  await slack.close();
  await api.close();
});
beforeEach(() => {
  slack.received.length = 0;
  slack.status = 200;
  slack.answer = 'ok';
});

const T0 = Date.parse('2026-11-24T05:01:00Z');
const down: Transition = {
  check: 'https://app.test/api/health',
  from: 'up',
  to: 'down',
  at: T0 + 60_000,
  since: T0,
  cause: 'HTTP 503',
  excerpt: 'HTTP 503 Service Unavailable: token=sk_live_abcdefgh12345678',
};
const up: Transition = { ...down, from: 'down', to: 'up', at: T0 + 7 * 60_000, durationMs: 7 * 60_000 };
const ctx = (): AlertContext => {
  const secrets = new SecretRegistry();
  secrets.add('sk_live_abcdefgh12345678');
  return { secrets, runUrl: 'https://github.com/acme/app/actions/runs/42', repository: 'acme/app' };
};

describe('Slack', () => {
  test('down: the check, what failed, since when, the last response (redacted) and the run link', async () => {
    const c = ctx();
    await slackChannel(slack.hook(), client, c).send(down);
    await slackChannel(slack.hook(), client, c).send(up);
    const [msg, recovery] = slack.texts();
    expect(msg).toContain('https://app.test/api/health is down');
    expect(msg).toContain('What failed: HTTP 503');
    expect(msg).toContain('Since: 2026-11-24T05:01:00Z');
    expect(msg).toContain('Last response: HTTP 503 Service Unavailable: token=***');
    expect(msg).toContain('Run: https://github.com/acme/app/actions/runs/42');
    expect(msg).not.toContain('sk_live');
    expect(recovery).toContain('recovered');
    expect(recovery).toContain('The outage lasted 7 min (2026-11-24T05:01:00Z to 2026-11-24T05:08:00Z)');
    expect(c.secrets.has(slack.hook())).toBe(true);
  });

  test('a 4xx is an error naming slack-webhook with the URL masked', async () => {
    slack.status = 404;
    slack.answer = 'no_service';
    const err = slackChannel(slack.hook(), client, ctx()).send(down);
    await expect(err).rejects.toThrow(`slack-webhook (${slack.url}/***) answered HTTP 404: no_service`);
    await expect(slackChannel(slack.hook(), client, ctx()).send(down)).rejects.not.toThrow(/xoxSecretPath/);
  });

  test('an unreachable webhook is an error naming the channel, URL masked', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/services/secret-path-9876`;
    await expect(slackChannel(url, client, ctx()).send(down)).rejects.toThrow(
      /^slack-webhook \(http:\/\/127\.0\.0\.1:\d+\/\*\*\*\) could not be reached/,
    );
    expect(maskUrl(url)).not.toContain('secret-path');
  });
});

describe('generic webhook', () => {
  test('JSON body signed with HMAC-SHA256 of the exact bytes; the receiver can verify it', async () => {
    await webhookChannel(slack.hook('generic'), 'whsec-test-key-1', client, ctx()).send(up);
    const got = slack.received[0];
    const expected = 'sha256=' + createHmac('sha256', 'whsec-test-key-1').update(got.body).digest('hex');
    expect(got.headers[SIGNATURE_HEADER]).toBe(expected);
    expect(got.headers['content-type']).toBe('application/json');
    expect(JSON.parse(got.body)).toMatchObject({
      event: 'recovered',
      check: 'https://app.test/api/health',
      from: 'down',
      to: 'up',
      since: '2026-11-24T05:01:00.000Z',
      durationMs: 420000,
      cause: 'HTTP 503',
      runUrl: 'https://github.com/acme/app/actions/runs/42',
    });
  });

  test('without webhook-secret there is no signature header; a 5xx is an error', async () => {
    await webhookChannel(slack.hook('generic'), '', client, ctx()).send(down);
    expect(slack.received[0].headers[SIGNATURE_HEADER]).toBeUndefined();
    expect(JSON.parse(slack.received[0].body).excerpt).toBe('HTTP 503 Service Unavailable: token=***');
    slack.status = 500;
    await expect(webhookChannel(slack.hook('generic'), '', client, ctx()).send(down)).rejects.toThrow(
      /^webhook \(.*\/\*\*\*\) answered HTTP 500/,
    );
  });
});

describe('GitHub issue', () => {
  test('opened on an outage, commented on by a later down, commented and closed on recovery', async () => {
    const gh = githubFromToken(
      't0ken',
      { GITHUB_REPOSITORY: 'acme/app', GITHUB_API_URL: api.url },
      new SecretRegistry(),
    )!;
    const channel = issueChannel(gh, ctx());
    await channel.send(down);
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ title: 'Outage: https://app.test/api/health is down', state: 'open' });
    expect(api.issues[0].labels).toEqual(['launchgate-uptime']);
    expect(api.issues[0].body).toContain('What failed: `HTTP 503`');
    expect(api.issues[0].body).not.toContain('sk_live');
    await channel.send(down);
    expect(api.issues).toHaveLength(1);
    await channel.send({ ...down, to: 'degraded', cause: 'slow' });
    await channel.send({ ...up, check: 'another check' });
    expect(api.issues[0].comments).toHaveLength(1);
    await channel.send(up);
    expect(api.issues[0].state).toBe('closed');
    expect(api.issues[0].comments[1]).toContain('The outage lasted 7 min');
  });
});

describe('a hostile server answer stays text in every channel', () => {
  const hostile: Transition = {
    ...down,
    check: 'api',
    cause: 'HTTP 500',
    excerpt:
      'HTTP 500 <!channel> <https://evil.example/|click here> &amp;\n# Owned\n@acme/admins ![x](https://evil.example/x.png) `code`',
  };

  test('Slack: no @channel ping, no disguised link', async () => {
    await slackChannel(slack.hook(), client, ctx()).send(hostile);
    const text = slack.texts()[0];
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<https://evil');
    expect(text).toContain('&lt;!channel&gt; &lt;https://evil.example/|click here&gt; &amp;amp;');
  });

  test('issue: the excerpt is one code span: no heading, mention or image', async () => {
    const gh = githubFromToken(
      't0ken',
      { GITHUB_REPOSITORY: 'acme/app', GITHUB_API_URL: api.url },
      new SecretRegistry(),
    )!;
    await issueChannel(gh, ctx()).send(hostile);
    const body = api.issues.at(-1)!.body;
    const line = body.split('\n').find((l) => l.startsWith('- Last response:'))!;
    expect(line).toBe(
      "- Last response: `HTTP 500 <!channel> <https://evil.example/|click here> &amp; # Owned @acme/admins ![x](https://evil.example/x.png) 'code'`",
    );
    expect(body.split('\n').some((l) => l.startsWith('#'))).toBe(false);
  });

  test('GitHub issue: a hostile check name is inert in the comments on an open outage and in its recovery', async () => {
    const gh = githubFromToken(
      'ghp_test',
      { GITHUB_REPOSITORY: 'acme/app', GITHUB_API_URL: api.url },
      new SecretRegistry(),
    )!;
    const check = 'home @acme/everyone ![x](https://evil.test/p.png)\n# Pwned';
    const channel = issueChannel(gh, ctx());
    await channel.send({ ...down, check });
    await channel.send({ ...down, check });
    await channel.send({ ...up, check });
    const issue = api.issues.at(-1)!;
    expect(issue.comments).toHaveLength(2);
    for (const text of [issue.body, ...issue.comments]) {
      expect(text).not.toContain('@acme/everyone');
      expect(text).not.toContain('![x](');
      expect(text.split('\n').some((l: string) => l.startsWith('#'))).toBe(false);
      expect(text).toContain('<!-- launchgate-uptime check=');
    }
    expect(issue.state).toBe('closed');
  });
});
