import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  runAction
} from "../shared/chunk-SYFKTEEB.js";
import {
  dnsCheck
} from "../shared/chunk-XNIGMF3B.js";
import "../shared/chunk-GIWX3X6Z.js";
import "../shared/chunk-MIYIHYP6.js";
import "../shared/chunk-USX7BVZD.js";
import "../shared/chunk-SZNXV5WD.js";
import "../shared/chunk-ITIM5DDX.js";

// src/actions/dns-check.ts
await runAction(dnsCheck);
