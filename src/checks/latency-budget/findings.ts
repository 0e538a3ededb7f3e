import { findingsOf, type FindingCatalog } from '../http/finding-catalog.js';

/** Every finding the latency gate reports. */
export const LATENCY_FINDINGS = {
  'latency-p95-over-budget': {
    severity: 'error',
    meaning:
      "The route's p95 is over its budget; annotated on the route's line. Requests still in flight when a round ends count at their elapsed time.",
    fix: 'Profile the route; the summary shows p50/p99 and the rounds.',
  },
  'latency-error-rate': {
    severity: 'error',
    meaning:
      "More than `max-error-rate` of requests failed: an answer other than the route's `status` (default 2xx, so a redirect to a login page is an error), or a socket error or timeout.",
    fix: "Check the app log (with `start-command`, its last lines are in the report), or set the route's `status`.",
  },
  'latency-p95-regression': {
    severity: 'warning',
    meaning: 'p95 grew beyond the margin and the noise against `baseline` (an error with `regression-fails`).',
    fix: 'Compare with the baseline commit.',
  },
  'latency-no-baseline': {
    severity: 'notice',
    meaning: 'The `baseline` file does not exist yet (the first run of the baseline recipe).',
    fix: "Nothing: the default branch's run saves one.",
  },
  'latency-route-unreachable': {
    severity: 'error',
    meaning: 'The route could not be loaded at all (the cause is named); no load was sent.',
    fix: 'Check `base-url` and that the app is up.',
  },
  'latency-setup-failed': {
    severity: 'error',
    meaning: "The route's `setup` login failed: its status and the missed expectations.",
    fix: 'Check the credentials in the environment and the login route.',
  },
  'latency-no-responses': {
    severity: 'error',
    meaning: 'Not one request of the route completed.',
    fix: 'The route hangs: check the app log.',
  },
  'latency-rate-not-reached': {
    severity: 'warning',
    meaning: 'The machine could not send the requested `rate`.',
    fix: 'Raise `connections` or lower `rate`.',
  },
  'latency-app-not-ready': {
    severity: 'error',
    meaning:
      'The app of `start-command` did not answer within 60 s, exited before answering, or another server already held its port.',
    fix: 'Read the app log lines in the message; free the port or fix the command.',
  },
  'latency-app-exited': {
    severity: 'error',
    meaning: "The app of `start-command` exited during the load: the figures are not the app's.",
    fix: 'Read the app log lines in the message.',
  },
  'latency-app-log': {
    severity: 'notice',
    meaning: 'The last lines of the app of `start-command`, given when another finding is an error.',
    fix: '—',
  },
} as const satisfies FindingCatalog;

export type LatencyFindingId = keyof typeof LATENCY_FINDINGS;
export const latencyFinding = findingsOf(LATENCY_FINDINGS);
