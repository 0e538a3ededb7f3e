import type { CheckContext } from '../../core/check.js';
import type { CheckResult } from '../../core/finding.js';
import { addToHistory, historyInputs, runUrlOf, type DeployRecord, type HistoryStore } from '../../core/history.js';
import { findingsOf, type FindingCatalog } from '../http/finding-catalog.js';
import { oneLine } from '../http/log-text.js';

/** `history` and `history-branch`: the uptime gate's inputs, with the same names and validation. */
export const SMOKE_HISTORY_INPUTS = historyInputs("the deploy's verdict (commit, ref, failed flows, run link)");

export const SMOKE_HISTORY_FINDINGS = {
  'smoke-history-failed': {
    severity: 'error',
    meaning:
      "With `history: true`, the deploy record could not be appended to the data branch after the retries. The flows' own findings are reported beside it.",
    fix: "Give the workflow `contents: write`; check branch protection on `history-branch`. The record is in the report's `metrics.history`.",
  },
} as const satisfies FindingCatalog;

const historyFinding = findingsOf(SMOKE_HISTORY_FINDINGS);

const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * The deploy this run checked: a `deployment_status` event names its deployment's commit and ref; otherwise the
 * run's own (GITHUB_SHA, GITHUB_REF_NAME). `fail` when the run has an error finding (a flow or quick check failed,
 * the app was not ready): the verdict of the default `fail-on: error`.
 */
export function deployRecord(result: CheckResult, failedChecks: number, ctx: CheckContext, at: Date): DeployRecord {
  const deployment = ctx.event.payload?.deployment as { sha?: unknown; ref?: unknown } | undefined;
  const sha = typeof deployment?.sha === 'string' ? deployment.sha : ctx.env.GITHUB_SHA;
  const ref = typeof deployment?.ref === 'string' ? deployment.ref : ctx.env.GITHUB_REF_NAME || ctx.env.GITHUB_REF;
  const record: DeployRecord = {
    t: at.toISOString(),
    kind: 'deploy',
    verdict: result.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass',
    failed: failedChecks,
  };
  if (sha && SHA.test(sha)) record.sha = sha.toLowerCase();
  if (ref) record.ref = oneLine(ref, 300);
  const runUrl = runUrlOf(ctx.env);
  if (runUrl) record.runUrl = runUrl;
  return record;
}

/** Appends the deploy record to the history; a failed write is `smoke-history-failed`. */
export function writeDeployHistory(
  result: CheckResult,
  store: HistoryStore,
  failedChecks: number,
  ctx: CheckContext,
): Promise<CheckResult> {
  const record = deployRecord(result, failedChecks, ctx, new Date());
  return addToHistory(result, store, [record], {
    message: `launchgate smoke: deploy ${record.sha?.slice(0, 7) ?? ''} ${record.verdict}${record.runUrl ? ` from ${record.runUrl}` : ''}`,
    log: ctx.log,
    failed: (title, message) => historyFinding('smoke-history-failed', { title, message }),
  });
}
