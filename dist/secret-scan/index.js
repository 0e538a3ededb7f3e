import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  runAction
} from "../shared/chunk-EVSQTPNE.js";
import {
  secretScan
} from "../shared/chunk-V4EPTBD7.js";
import "../shared/chunk-USX7BVZD.js";
import "../shared/chunk-V42O5JC4.js";
import "../shared/chunk-ITIM5DDX.js";

// src/actions/secret-scan.ts
await runAction(secretScan);
