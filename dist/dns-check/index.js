import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  runAction
} from "../shared/chunk-QY4EZ7QQ.js";
import {
  dnsCheck
} from "../shared/chunk-2PR7J2LC.js";
import "../shared/chunk-RBMAZSO5.js";

// src/actions/dns-check.ts
await runAction(dnsCheck);
