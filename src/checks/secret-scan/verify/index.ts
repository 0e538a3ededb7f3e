// Live-key verification for the secret-scan gate (opt-in): asks each finding's provider whether the key works.
export {
  verifyFindings,
  pairAwsSecret,
  verificationLine,
  DEFAULT_MAX_CALLS,
  DEFAULT_TIMEOUT_MS,
  AWS_PAIR_LINES,
  type Verification,
  type VerificationCounts,
  type VerificationSummary,
  type VerifyOptions,
} from './verify.js';
export { applyVerification, verificationSection, verificationMetrics, type VerifiedFinding } from './apply.js';
export { baseUrlsFromEnv, BASE_URLS_ENV, type BaseUrls } from './base-urls.js';
export { PROVIDERS, providerForRule, type ProviderId, type VerificationStatus } from './providers.js';
