import type { CheckContext } from '../../core/check.js';
import type { CheckResult } from '../../core/finding.js';
import {
  addToHistory,
  historyInputs,
  historyName,
  runUrlOf,
  type HistoryStore,
  type LatencyRecord,
} from '../../core/history.js';
import { findingsOf, type FindingCatalog } from '../http/finding-catalog.js';

/** `history` and `history-branch`: the uptime gate's inputs, with the same names and validation. */
export const LATENCY_HISTORY_INPUTS = historyInputs("each route's p95, its budget and its verdict");

export const LATENCY_HISTORY_FINDINGS = {
  'latency-history-failed': {
    severity: 'error',
    meaning:
      "With `history: true`, the routes' records could not be appended to the data branch after the retries. The routes' own findings are reported beside it.",
    fix: "Give the workflow `contents: write`; check branch protection on `history-branch`. The records are in the report's `metrics.history`.",
  },
} as const satisfies FindingCatalog;

const historyFinding = findingsOf(LATENCY_HISTORY_FINDINGS);

/** What a route's record needs of a measurement. */
interface Measured {
  name: string;
  p95: number;
  budget: number;
  errorRate: number;
}

/**
 * One record per route of the routes file: its p95 and budget, and `fail` when its p95 is over budget, its
 * errors over `max-error-rate`, or it could not be measured (then without a p95: never a pass unmeasured).
 */
export function latencyRecords(
  routes: { name: string; budgetMs: number }[],
  measured: Measured[],
  maxErrorRate: number,
  at: Date,
): LatencyRecord[] {
  return routes.map((route) => {
    const m = measured.find((x) => x.name === route.name);
    // No p95 (a route with no answered request) is "not measured": NaN would be written as null, an invalid line.
    if (!m || !Number.isFinite(m.p95))
      return {
        t: at.toISOString(),
        kind: 'latency',
        route: historyName(route.name),
        budgetMs: route.budgetMs,
        verdict: 'fail',
      };
    return {
      t: at.toISOString(),
      kind: 'latency',
      route: historyName(route.name),
      p95Ms: m.p95,
      budgetMs: m.budget,
      verdict: m.p95 > m.budget || m.errorRate > maxErrorRate ? 'fail' : 'pass',
    };
  });
}

/** Appends the run's route records to the history; a failed write is `latency-history-failed`. */
export function writeLatencyHistory(
  result: CheckResult,
  store: HistoryStore,
  records: LatencyRecord[],
  ctx: CheckContext,
): Promise<CheckResult> {
  const runUrl = runUrlOf(ctx.env);
  return addToHistory(result, store, records, {
    message: `launchgate latency: p95 of ${records.length} route(s)${runUrl ? ` from ${runUrl}` : ''}`,
    log: ctx.log,
    failed: (title, message) => historyFinding('latency-history-failed', { title, message }),
  });
}
