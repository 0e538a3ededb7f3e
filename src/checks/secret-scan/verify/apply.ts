import type { Finding } from '../../../core/finding.js';
import { formatLocation } from '../../../core/finding.js';
import { escapeText, table } from '../../../core/markdown.js';
import type { VerificationStatus } from './providers.js';
import { verificationLine, type Verification, type VerificationSummary } from './verify.js';

/** A finding with its verification attached; the JSON report carries the field as it is. */
export type VerifiedFinding = Finding & { verification?: { status: VerificationStatus; reason: string } };

const PREFIX: Record<VerificationStatus, (v: Verification) => string> = {
  live: (v) =>
    `LIVE: this key works right now — ${v.reason}. Revoke it at the provider first: deleting it from the code does not stop it working. `,
  // Where it still is (a commit, the working tree, a served page) is said by the message that follows.
  revoked: (v) => `Revoked: ${v.reason}. It no longer works; remove it all the same. `,
  unknown: (v) => `Not verified: ${v.reason}. `,
};

/**
 * The findings as the gate reports them after verification: a live key is an error whose message starts with
 * "LIVE"; with `failsOnlyLive`, revoked and unknown findings become warnings (the gate then fails on live keys
 * only); without it they stay errors. Findings not in the summary are returned unchanged.
 */
export function applyVerification(
  findings: Finding[],
  summary: VerificationSummary,
  opts: { failsOnlyLive: boolean },
): VerifiedFinding[] {
  return findings.map((f) => {
    const v = summary.results.get(f);
    if (!v) return f;
    const severity = v.status === 'live' ? 'error' : opts.failsOnlyLive ? 'warning' : f.severity;
    return {
      ...f,
      severity,
      message: PREFIX[v.status](v) + f.message,
      verification: { status: v.status, reason: v.reason },
    };
  });
}

/** The job-summary section: the counts, then each live key and where it is. */
export function verificationSection(summary: VerificationSummary): { title: string; markdown: string } {
  const live = [...summary.results].filter(([, v]) => v.status === 'live');
  const parts = [verificationLine(summary.counts)];
  if (live.length)
    parts.push(
      table(
        ['Rule', 'Location', 'Why it is live'],
        // File names come from the repository and reasons from the provider: shown as text, never as markdown.
        live.map(([f, v]) => [f.ruleId, formatLocation(f) || '—', v.reason].map(escapeText)),
      ),
    );
  return { title: 'Live-key verification', markdown: parts.join('\n\n') };
}

/** Figures for the JSON report's metrics. */
export function verificationMetrics(summary: VerificationSummary): Record<string, number> {
  const { verified, live, revoked, unknown, unsupported, capped, calls, maxCalls } = summary.counts;
  return { verified, live, revoked, unknown, unsupported, capped, calls, maxCalls };
}
