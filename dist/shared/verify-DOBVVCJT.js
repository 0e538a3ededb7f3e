import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  AWS_PAIR_LINES,
  BASE_URLS_ENV,
  DEFAULT_MAX_CALLS,
  DEFAULT_TIMEOUT_MS,
  PROVIDERS,
  applyVerification,
  baseUrlsFromEnv,
  pairAwsSecret,
  providerForRule,
  verificationLine,
  verificationMetrics,
  verificationSection,
  verifyFindings
} from "./chunk-MB3FMXI4.js";
import "./chunk-74U225BG.js";
import "./chunk-BXRRTBT6.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  AWS_PAIR_LINES,
  BASE_URLS_ENV,
  DEFAULT_MAX_CALLS,
  DEFAULT_TIMEOUT_MS,
  PROVIDERS,
  applyVerification,
  baseUrlsFromEnv,
  pairAwsSecret,
  providerForRule,
  verificationLine,
  verificationMetrics,
  verificationSection,
  verifyFindings
};
