import { createHmac } from 'node:crypto';
import type { GitHubApi } from '../../core/check.js';
import { errorMessage } from '../../core/errors.js';
import { neutralizeMarkdown } from '../../core/markdown.js';
import type { SecretRegistry } from '../../core/secrets.js';
import { HttpClient } from '../http/client.js';
import { formatDuration, type Transition } from './state.js';

/** Where an alert goes; `send` rejects when the alert was not delivered (then the run fails). */
export interface AlertChannel {
  /** The input that configured it, for error messages. */
  name: string;
  /** Resolves false when the channel does not take this kind of change (the issue and slowness). */
  send(transition: Transition): Promise<boolean>;
}

export interface AlertContext {
  /** The link to this run, when known. */
  runUrl?: string;
  repository?: string;
  secrets: SecretRegistry;
}

export const UPTIME_LABEL = 'launchgate-uptime';
export const SIGNATURE_HEADER = 'x-launchgate-signature-256';
const EXCERPT = 300;

/** The scheme and host of a secret URL, the rest masked: enough to tell which channel failed. */
export function maskUrl(url: string): string {
  try {
    return `${new URL(url).origin}/***`;
  } catch {
    return '***';
  }
}

/** Slack reads `<!channel>`, `<url|text>` and `&` entities in message text; a server's answer must stay text. */
export const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Server text in an issue: one inline code span, so no mention, link, image or heading can come from it. */
export const mdCode = (s: string) => {
  const flat = s.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
  return flat ? `\`${flat}\`` : '';
};

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The words of an alert, shared by every channel; every text passes through the secret registry. */
export function alertText(t: Transition, ctx: AlertContext): { title: string; lines: string[] } {
  const r = (s: string) => ctx.secrets.redact(s);
  const excerpt = t.excerpt ? r(t.excerpt.slice(0, EXCERPT)) : undefined;
  if (t.to === 'down')
    return {
      title: `🔴 ${r(t.check)} is down`,
      lines: [
        `What failed: ${r(t.cause)}`,
        `Since: ${iso(t.since)}`,
        ...(excerpt ? [`Last response: ${excerpt}`] : []),
        ...(ctx.runUrl ? [`Run: ${ctx.runUrl}`] : []),
      ],
    };
  if (t.to === 'degraded')
    return {
      title: `🟠 ${r(t.check)} is slow`,
      lines: [`What: ${r(t.cause)}`, `Since: ${iso(t.since)}`, ...(ctx.runUrl ? [`Run: ${ctx.runUrl}`] : [])],
    };
  const what = t.from === 'down' ? 'outage' : 'slowness';
  return {
    title: `✅ ${r(t.check)} recovered`,
    lines: [
      `The ${what} lasted ${formatDuration(t.durationMs ?? 0)} (${iso(t.since)} to ${iso(t.at)}).`,
      `Cause: ${r(t.cause)}`,
      ...(ctx.runUrl ? [`Run: ${ctx.runUrl}`] : []),
    ],
  };
}

async function post(
  client: HttpClient,
  channel: string,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<string> {
  let res;
  try {
    res = await client.send({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, body });
  } catch (err) {
    throw new Error(`${channel} (${maskUrl(url)}) could not be reached: ${errorMessage(err)}`);
  }
  if (res.status < 200 || res.status >= 300)
    throw new Error(`${channel} (${maskUrl(url)}) answered HTTP ${res.status}: ${res.body.slice(0, 200)}`);
  return res.body;
}

/** A Slack incoming webhook: one message per change of status. Slack answers 200 "ok" when it took it. */
export function slackChannel(url: string, client: HttpClient, ctx: AlertContext): AlertChannel {
  ctx.secrets.add(url);
  return {
    name: 'slack-webhook',
    async send(t) {
      const { title, lines } = alertText(t, ctx);
      const text = [`*${slackEscape(title)}*`, ...lines.map(slackEscape)].join('\n');
      await post(client, 'slack-webhook', url, JSON.stringify({ text }), {});
      return true;
    },
  };
}

/** The JSON a generic webhook receives. */
export function webhookPayload(t: Transition, ctx: AlertContext): Record<string, unknown> {
  const { title, lines } = alertText(t, ctx);
  return {
    event: t.to === 'up' ? 'recovered' : t.to,
    check: ctx.secrets.redact(t.check),
    from: t.from,
    to: t.to,
    at: new Date(t.at).toISOString(),
    since: new Date(t.since).toISOString(),
    ...(t.durationMs !== undefined ? { durationMs: t.durationMs } : {}),
    cause: ctx.secrets.redact(t.cause),
    ...(t.excerpt ? { excerpt: ctx.secrets.redact(t.excerpt.slice(0, EXCERPT)) } : {}),
    ...(ctx.repository ? { repository: ctx.repository } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    text: [title, ...lines].join('\n'),
  };
}

/** `sha256=<hex>` of the exact body bytes, keyed with webhook-secret (the scheme GitHub's own webhooks use). */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A generic JSON POST, signed in the x-launchgate-signature-256 header when a secret is given. */
export function webhookChannel(url: string, secret: string, client: HttpClient, ctx: AlertContext): AlertChannel {
  ctx.secrets.add(url);
  ctx.secrets.add(secret);
  return {
    name: 'webhook',
    async send(t) {
      const body = JSON.stringify(webhookPayload(t, ctx));
      await post(client, 'webhook', url, body, secret ? { [SIGNATURE_HEADER]: signature(body, secret) } : {});
      return true;
    },
  };
}

/** The marker that ties an issue to its check, so a later run comments on the same issue. */
const marker = (check: string) => `<!-- launchgate-uptime check=${encodeURIComponent(check)} -->`;

/**
 * The checks with an open outage issue and since when (its `Since:` line, else the issue's creation): without a
 * history, this is how a run knows an outage began in an earlier run.
 */
export async function openOutages(gh: GitHubApi): Promise<Map<string, number>> {
  const res = await gh.request('GET /repos/{owner}/{repo}/issues', {
    labels: UPTIME_LABEL,
    state: 'open',
    per_page: 100,
  });
  const out = new Map<string, number>();
  for (const issue of res.data as { body?: string | null; created_at?: string; pull_request?: unknown }[]) {
    const body = issue.body ?? '';
    const m = /<!-- launchgate-uptime check=(\S+) -->/.exec(body);
    if (issue.pull_request || !m) continue;
    let check: string;
    try {
      check = decodeURIComponent(m[1]);
    } catch {
      continue;
    }
    const since = Date.parse(/^- Since: (\S+)$/m.exec(body)?.[1] ?? issue.created_at ?? '');
    out.set(check, Number.isNaN(since) ? Date.now() : since);
  }
  return out;
}

/**
 * The GitHub issue (its watchers get an email): opened when a check goes down, commented on and closed when it
 * recovers. Slowness goes to the other channels only: an issue per slow spell would be noise.
 */
export function issueChannel(gh: GitHubApi, ctx: AlertContext): AlertChannel {
  const findOpen = async (check: string): Promise<number | undefined> => {
    const res = await gh.request('GET /repos/{owner}/{repo}/issues', {
      labels: UPTIME_LABEL,
      state: 'open',
      per_page: 100,
    });
    const found = (res.data as { number: number; body?: string | null; pull_request?: unknown }[]).find(
      (i) => !i.pull_request && (i.body ?? '').includes(marker(check)),
    );
    return found?.number;
  };
  return {
    name: 'alert-issue',
    async send(t) {
      if (t.to === 'degraded' || (t.to === 'up' && t.from !== 'down')) return false;
      const { title } = alertText(t, ctx);
      const safe = { ...t, cause: '', excerpt: undefined };
      const lines = alertText(safe, ctx).lines.filter((l) => !/^(What failed|Cause|Last response): ?$/.test(l));
      const r = (x: string) => mdCode(ctx.secrets.redact(x));
      lines.push(`${t.to === 'down' ? 'What failed' : 'Cause'}: ${r(t.cause)}`);
      if (t.excerpt && t.to === 'down') lines.push(`Last response: ${r(t.excerpt.slice(0, EXCERPT))}`);
      // The check's name comes from a flow file a pull request may have written: inert before GitHub renders it.
      const heading = neutralizeMarkdown(title.replace(/[\r\n]+/g, ' '));
      // The marker as it will be stored: the API client masks secrets in what it sends, so the name is masked
      // here too, or a later run (and openOutages) would never find it again.
      const stored = ctx.secrets.redact(t.check);
      const body = `${neutralizeMarkdown(lines.map((l) => `- ${l.replace(/[\r\n]+/g, ' ')}`).join('\n'))}\n\n${marker(stored)}`;
      const open = await findOpen(stored);
      if (t.to === 'down') {
        if (open !== undefined) {
          await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            issue_number: open,
            body: `${heading}\n\n${body}`,
          });
          return true;
        }
        await gh.request('POST /repos/{owner}/{repo}/issues', {
          title: `Outage: ${ctx.secrets.redact(t.check).replace(/[\r\n]+/g, ' ')} is down`,
          labels: [UPTIME_LABEL],
          body,
        });
        return true;
      }
      if (open === undefined) return false;
      await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        issue_number: open,
        body: `${heading}\n\n${body}`,
      });
      await gh.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        issue_number: open,
        state: 'closed',
        state_reason: 'completed',
      });
      return true;
    },
  };
}
