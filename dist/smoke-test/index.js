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
  smokeTest
} from "../shared/chunk-X4A4XZRC.js";
import "../shared/chunk-OUBFH23W.js";

// src/actions/smoke-test.ts
await runAction(smokeTest);
