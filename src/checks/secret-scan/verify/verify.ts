import { UserError } from '../../../core/errors.js';
import type { Finding } from '../../../core/finding.js';
import { HttpClient, NetworkError, type HttpResponse } from '../../http/client.js';
import { checkBaseUrl, type BaseUrls } from './base-urls.js';
import {
  AWS_SECRET_RULES,
  AWS_SECRET_SHAPE,
  providerForRule,
  type Credential,
  type Outcome,
  type Provider,
  type ProviderId,
  type VerificationStatus,
} from './providers.js';

/** How many provider calls one run may make when the caller does not say: bounded whatever the findings. */
export const DEFAULT_MAX_CALLS = 25;
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Calls in flight at once: a few, so 25 slow providers do not take 25 timeouts. */
const CONCURRENCY = 4;
/** Identity answers are small; a larger body is cut (and then reads as garbage). */
const MAX_BODY_BYTES = 64 * 1024;
/** An AWS secret access key is paired with an access key ID at most this many lines away, in the same file. */
export const AWS_PAIR_LINES = 5;

export interface Verification {
  status: VerificationStatus;
  /** Why, in words; never holds the secret. */
  reason: string;
  provider?: ProviderId;
  /** True when a provider was asked (live and revoked always are; unknown may be). */
  called: boolean;
}

export interface VerificationCounts {
  /** Findings handed in. */
  findings: number;
  /** Findings with a definite answer (live or revoked). */
  verified: number;
  live: number;
  revoked: number;
  unknown: number;
  /** Of the unknown: rules no provider checks. */
  unsupported: number;
  /** Of the unknown: left unchecked because the call cap was reached. */
  capped: number;
  /** Provider calls made (one per distinct secret). */
  calls: number;
  maxCalls: number;
}

export interface VerificationSummary {
  results: Map<Finding, Verification>;
  counts: VerificationCounts;
}

export interface VerifyOptions {
  /** The raw secret of a finding, as the scanner matched it (before redaction); undefined when not known. */
  secretOf(finding: Finding): string | undefined;
  timeoutMs?: number;
  maxCalls?: number;
  /** TEST ONLY: stand-in servers per provider, from baseUrlsFromEnv(process env); loopback HTTPS only. */
  baseUrls?: BaseUrls;
  /** TEST ONLY: an extra CA (PEM) to trust, for stand-in servers. */
  ca?: string;
  log?: { info(message: string): void; debug(message: string): void };
  /** The clock that dates AWS signatures. */
  now?: () => Date;
}

interface Job {
  provider: Provider;
  cred: Credential;
  findings: Finding[];
  /** AWS: the findings that hold the paired secret access key; they share the answer when it is definite. */
  paired: Finding[];
  outcome?: Outcome;
  called: boolean;
}

/**
 * Asks each finding's provider, once per distinct secret, whether the secret still works, and says for every
 * finding handed in: live, revoked, or unknown with the reason. Never throws for a provider's behaviour, and
 * never puts a secret in a reason or a log line.
 */
export async function verifyFindings(findings: Finding[], opts: VerifyOptions): Promise<VerificationSummary> {
  const maxCalls = Math.max(0, Math.floor(opts.maxCalls ?? DEFAULT_MAX_CALLS));
  const results = new Map<Finding, Verification>();
  const secrets = new Set<string>();
  const secretOf = (f: Finding) => {
    const s = opts.secretOf(f);
    if (s) secrets.add(s);
    return s || undefined;
  };
  const jobs = new Map<string, Job>();
  const awsSecretFindings: Finding[] = [];
  const unsupported = new Set<Finding>();
  const notChecked = (f: Finding, reason: string, provider?: ProviderId) =>
    results.set(f, { status: 'unknown', reason, provider, called: false });

  for (const f of findings) {
    const secret = secretOf(f);
    if (AWS_SECRET_RULES.includes(f.ruleId)) {
      awsSecretFindings.push(f);
      continue;
    }
    const provider = providerForRule(f.ruleId);
    if (!provider) {
      unsupported.add(f);
      notChecked(f, `no provider check for rule ${f.ruleId}`);
      continue;
    }
    if (!secret) {
      notChecked(f, 'the matched value was not available to check', provider.id);
      continue;
    }
    // A token is printable ASCII without spaces; anything else (a line break that would end a header) is not sent.
    const why = /^[\x21-\x7e]{8,1024}$/.test(secret)
      ? provider.unsupported(secret)
      : 'the matched value is not a token';
    if (why) {
      unsupported.add(f);
      notChecked(f, why, provider.id);
      continue;
    }
    const cred: Credential = { secret };
    const paired: Finding[] = [];
    if (provider.id === 'aws') {
      const pair = pairAwsSecret(f, findings, secretOf);
      if (!pair) {
        notChecked(
          f,
          `no AWS secret access key (40 characters) was found within ${AWS_PAIR_LINES} lines of it in the same file`,
          'aws',
        );
        continue;
      }
      cred.awsSecretAccessKey = pair.secret;
      paired.push(pair.finding);
    }
    const key = `${provider.id}\n${secret}\n${cred.awsSecretAccessKey ?? ''}`;
    const job = jobs.get(key) ?? { provider, cred, findings: [], paired: [], called: false };
    job.findings.push(f);
    job.paired.push(...paired);
    jobs.set(key, job);
  }

  const queue = [...jobs.values()];
  const toCall = queue.slice(0, maxCalls);
  let capped = 0;
  for (const job of queue.slice(maxCalls)) {
    capped += job.findings.length;
    job.outcome = {
      status: 'unknown',
      reason: `not checked: the limit of ${maxCalls} verification call(s) per run was reached`,
    };
  }

  if (toCall.length > 0) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const client = new HttpClient({ timeoutMs, retries: 0, ca: opts.ca, maxBodyBytes: MAX_BODY_BYTES });
    const now = opts.now ?? (() => new Date());
    let next = 0;
    const worker = async () => {
      while (next < toCall.length) {
        const job = toCall[next++];
        job.called = true;
        job.outcome = scrub(await call(client, job, opts.baseUrls ?? {}, now()), secrets);
        opts.log?.debug(
          `verify ${job.provider.id}: ${job.findings.map(where).join(', ')} → ${job.outcome.status} (${job.outcome.reason})`,
        );
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, toCall.length) }, worker));
    } finally {
      await client.close().catch(() => undefined);
    }
  }

  for (const job of queue) {
    const outcome = job.outcome!;
    for (const f of job.findings)
      results.set(f, { status: outcome.status, reason: outcome.reason, provider: job.provider.id, called: job.called });
    // The secret half of an AWS pair shares the answer; when it is not definite, a finding of another rule (a
    // generic one that happened to pair) keeps its own "no provider check" instead.
    for (const f of job.paired) {
      const definite = outcome.status !== 'unknown';
      if (!definite && !AWS_SECRET_RULES.includes(f.ruleId)) continue;
      unsupported.delete(f);
      results.set(f, {
        status: outcome.status,
        reason: `${outcome.reason}, with the access key ID at ${job.findings.map(where).join(', ')}`,
        provider: 'aws',
        called: job.called,
      });
    }
  }
  for (const f of awsSecretFindings)
    if (!results.has(f))
      notChecked(
        f,
        `no AWS access key ID (AKIA…) was found within ${AWS_PAIR_LINES} lines of it in the same file`,
        'aws',
      );

  const counts: VerificationCounts = {
    findings: findings.length,
    verified: 0,
    live: 0,
    revoked: 0,
    unknown: 0,
    unsupported: unsupported.size,
    capped,
    calls: toCall.length,
    maxCalls,
  };
  for (const f of findings) counts[results.get(f)!.status]++;
  counts.verified = counts.live + counts.revoked;
  opts.log?.info(verificationLine(counts));
  return { results, counts };
}

/** One line for the log and the summary. */
export function verificationLine(c: VerificationCounts): string {
  const parts = [`${c.live} live`, `${c.revoked} revoked`, `${c.unknown} unknown`];
  const notes = [
    c.unsupported ? `${c.unsupported} of a kind no provider check covers` : '',
    c.capped ? `${c.capped} over the limit of ${c.maxCalls} calls` : '',
  ].filter(Boolean);
  return `Live-key verification: ${c.verified} of ${c.findings} finding(s) verified with ${c.calls} provider call(s): ${parts.join(', ')}${notes.length ? ` (${notes.join('; ')})` : ''}.`;
}

const where = (f: Finding) => (f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.ruleId);

/** One call: the provider's identity endpoint, HTTPS, no redirect followed, no retry. Never throws. */
async function call(client: HttpClient, job: Job, overrides: BaseUrls, now: Date): Promise<Outcome> {
  const { provider } = job;
  let res: HttpResponse;
  let base: URL;
  try {
    const override = overrides[provider.id];
    // Re-checked here so that no caller can hand in a remote override by mistake.
    base = new URL(override ? checkBaseUrl(provider.id, override) : provider.baseUrl);
    const req = provider.request(base, job.cred, now);
    const target = new URL(req.url);
    // The one place a secret leaves: its provider's own origin, over HTTPS.
    if (target.protocol !== 'https:' || target.origin !== base.origin)
      return { status: 'unknown', reason: `refused to send a ${provider.name} key to ${target.origin}` };
    res = await client.send(req, { followRedirects: false });
  } catch (err) {
    if (err instanceof NetworkError || err instanceof UserError)
      return { status: 'unknown', reason: `${provider.name}: ${err.message}` };
    return { status: 'unknown', reason: `${provider.name}: the check failed (${errorName(err)})` };
  }
  if (res.status >= 300 && res.status < 400) {
    let to = 'nowhere';
    try {
      if (res.headers.location) to = new URL(res.headers.location, base).host.replace(/[^A-Za-z0-9.:[\]-]/g, '');
    } catch {
      to = 'an unreadable address';
    }
    return {
      status: 'unknown',
      reason: `${provider.name} answered HTTP ${res.status} redirecting to ${to}; not followed (a key goes to its provider's host only)`,
    };
  }
  if (res.status === 429) return { status: 'unknown', reason: `${provider.name} rate-limited the check (HTTP 429)` };
  if (res.status >= 500) return { status: 'unknown', reason: `${provider.name} answered HTTP ${res.status}` };
  if (res.truncated)
    return { status: 'unknown', reason: `${provider.name} answered more than ${MAX_BODY_BYTES} bytes; not read` };
  try {
    return provider.interpret(res);
  } catch (err) {
    return { status: 'unknown', reason: `${provider.name}: its answer could not be read (${errorName(err)})` };
  }
}

const errorName = (err: unknown) => (err instanceof Error ? err.name : typeof err);

/** Belt and braces: whatever a reason says, no secret of this run survives in it. */
function scrub(outcome: Outcome, secrets: Set<string>): Outcome {
  let reason = outcome.reason;
  for (const s of secrets) if (s.length >= 4) reason = reason.split(s).join('***');
  return { ...outcome, reason };
}

/**
 * The AWS secret access key that goes with an access key ID: a 40-character value found by any rule in the
 * same file (and commit) within AWS_PAIR_LINES lines, an aws-secret-access-key finding first, then the nearest.
 */
export function pairAwsSecret(
  keyId: Finding,
  findings: Finding[],
  secretOf: (f: Finding) => string | undefined,
): { finding: Finding; secret: string } | undefined {
  const origin = originOf(keyId);
  let best: { finding: Finding; secret: string; rank: number[] } | undefined;
  for (const f of findings) {
    if (f === keyId || f.file !== keyId.file || originOf(f) !== origin) continue;
    if (providerForRule(f.ruleId)?.id === 'aws') continue;
    const distance = Math.abs((f.line ?? 0) - (keyId.line ?? 0));
    if (distance > AWS_PAIR_LINES) continue;
    const secret = secretOf(f);
    if (!secret || !AWS_SECRET_SHAPE.test(secret)) continue;
    const rank = [AWS_SECRET_RULES.includes(f.ruleId) ? 0 : 1, distance, (f.line ?? 0) >= (keyId.line ?? 0) ? 0 : 1];
    if (!best || compareRanks(rank, best.rank) < 0) best = { finding: f, secret, rank };
  }
  return best && { finding: best.finding, secret: best.secret };
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The commit and file a finding came from: its fingerprint (`[commit:]file:rule:line`) less the rule and line. */
function originOf(f: Finding): string {
  const tail = `:${f.ruleId}:${f.line ?? ''}`;
  if (f.fingerprint?.endsWith(tail)) return f.fingerprint.slice(0, -tail.length);
  return f.file ?? '';
}
