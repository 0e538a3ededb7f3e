import { findingsOf, type FindingCatalog } from '../http/finding-catalog.js';

/** Every finding the smoke test reports. */
export const SMOKE_FINDINGS = {
  'smoke-step-failed': {
    severity: 'error',
    meaning:
      "A step's answer missed an expectation; the annotation is on the step's line and says what was expected, what came back, and the first 300 characters of the body (the visible text of an HTML page), secrets masked.",
    fix: 'Fix the app (or the expectation if the app changed on purpose).',
  },
  'smoke-signature-not-verified': {
    severity: 'error',
    meaning:
      'A step sent a signed request with one byte changed after signing (`tamper`), without its signature (`unsigned`), or signed with an old timestamp (`timestamp-offset-s`), and the app accepted it (by default anything but 400, 401 or 403).',
    fix: 'Verify the signature over the raw body before processing, with a constant-time comparison, and reject timestamps older than a few minutes.',
  },
  'smoke-no-rate-limit': {
    severity: 'error',
    meaning:
      'A `burst` step sent all its requests (at most 500, to the base URL only) and none was answered 429 (or its `status-any`): a login or form that accepts unlimited attempts.',
    fix: 'Rate-limit the route (per IP and per account), answering 429 with Retry-After and RateLimit headers.',
  },
  'smoke-dependency-failed': {
    severity: 'error',
    meaning:
      'A `health: true` step read a health answer (IETF health-check draft or Spring Boot Actuator) in which a dependency fails (fail, down, error, OUT_OF_SERVICE); each dependency has its own row.',
    fix: 'Bring the dependency back (database, queue, mail); the row shows what the app said about it.',
  },
  'smoke-dependency-warn': {
    severity: 'warning',
    meaning: 'A health answer reports a dependency as warn (or UNKNOWN).',
    fix: 'Look at the dependency before it fails.',
  },
  'smoke-header-missing': {
    severity: 'warning',
    meaning:
      "With `expect: { headers-baseline: true }`, a page lacks one of OWASP's basic headers: Strict-Transport-Security (https), X-Content-Type-Options: nosniff, a Content-Security-Policy frame-ancestors or X-Frame-Options against clickjacking; or its Server / X-Powered-By header reveals a version.",
    fix: 'The message names the header and the value to send.',
  },
  'smoke-unreachable': {
    severity: 'error',
    meaning: 'No HTTP answer: DNS, connection refused, TLS or timeout, named with the host.',
    fix: 'Check the deploy is up and the URL is right; for a private CA pass `ca-file`.',
  },
  'smoke-flow-too-slow': {
    severity: 'error',
    meaning: 'The whole flow took longer than its `max-duration-ms`.',
    fix: 'Find the slow step in the summary table.',
  },
  'smoke-url-failed': {
    severity: 'error',
    meaning: 'A quick check in `urls` did not answer 2xx, or redirected to another site.',
    fix: 'Open the URL; a redirect to another site is usually a misconfigured canonical host.',
  },
  'smoke-not-ready': {
    severity: 'error',
    meaning: '`base-url` did not answer within `wait-for-ready`.',
    fix: 'Raise `wait-for-ready`, or check the rollout.',
  },
  'smoke-app-not-ready': {
    severity: 'error',
    meaning:
      'The app of `start-command` did not answer: it exited, did not answer within `wait-for-ready` (60 s when 0), or another server already held its port.',
    fix: 'Read the app log lines in the message; free the port or fix the command.',
  },
  'smoke-app-exited': {
    severity: 'error',
    meaning: 'The app of `start-command` exited while the flows ran.',
    fix: 'Read the app log lines in the message.',
  },
  'smoke-flaky': {
    severity: 'warning',
    meaning: 'A check failed, then passed on the `recheck-after-s` recheck.',
    fix: 'Look for a dependency that drops requests.',
  },
  'smoke-alert-unavailable': {
    severity: 'warning',
    meaning: 'With `alert-issue`, the outage issue could not be read or written.',
    fix: 'Give the job `issues: write` and `actions: read`, and a `github-token`.',
  },
} as const satisfies FindingCatalog;

export type SmokeFindingId = keyof typeof SMOKE_FINDINGS;
export const smokeFinding = findingsOf(SMOKE_FINDINGS);
