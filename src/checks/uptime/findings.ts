import { findingsOf, type FindingCatalog } from '../http/finding-catalog.js';

/** Every finding the uptime gate reports; the README's table is rendered from it. */
export const UPTIME_FINDINGS = {
  'uptime-down': {
    severity: 'error',
    meaning:
      'The check is down at the end of the run: `alert-after` consecutive checks failed (the message gives since when and the cause).',
    fix: 'Fix the site; the next passing check sends the recovery and closes the issue.',
  },
  'uptime-degraded': {
    severity: 'warning',
    meaning: 'Passing, but slower than `slow-ms` on `slow-after` consecutive checks.',
    fix: 'Find the slow dependency; or raise `slow-ms` if the budget was too tight.',
  },
  'uptime-recovered': {
    severity: 'notice',
    meaning: 'A check that was down or degraded passes again; the message gives how long it lasted.',
    fix: "Nothing; it is the incident's record.",
  },
  'uptime-alert-failed': {
    severity: 'error',
    meaning: 'An alert was not delivered: the channel (its URL masked) did not answer 2xx or could not be reached.',
    fix: "Check the secret (a revoked Slack webhook answers 404/410 `no_service`), the receiver, or the token's `issues: write`.",
  },
  'uptime-history-failed': {
    severity: 'error',
    meaning: 'The results could not be appended to the data branch after the retries.',
    fix: "Give the workflow `contents: write`; check branch protection on `history-branch`. The results are in the report's `metrics.results`.",
  },
  'uptime-history-corrupt': {
    severity: 'warning',
    meaning:
      'Lines of a month file are not valid records; they were skipped (and kept in the file). Records of a kind this version does not know (written by a newer launchgate) are skipped and counted in the log, not reported.',
    fix: 'Fix or remove the lines on the data branch by hand; launchgate never drops them.',
  },
  'could-not-check': {
    severity: 'error',
    meaning: 'The run stopped before it could check (the GitHub API failed, say).',
    fix: 'Read the message; nothing passed unchecked.',
  },
} as const satisfies FindingCatalog;

export const uptimeFinding = findingsOf(UPTIME_FINDINGS);
