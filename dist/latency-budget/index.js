import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  runAction
} from "../shared/chunk-JHD5E5VQ.js";
import {
  latencyBudget
} from "../shared/chunk-7PFMON5Q.js";
import "../shared/chunk-OUBFH23W.js";

// src/actions/latency-budget.ts
await runAction(latencyBudget);
