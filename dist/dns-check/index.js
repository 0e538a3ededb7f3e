import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  runAction
} from "../shared/chunk-HW25BSMI.js";
import {
  dnsCheck
} from "../shared/chunk-OABTON6I.js";
import "../shared/chunk-IZBHTE4P.js";
import "../shared/chunk-ZEFXN3HR.js";
import "../shared/chunk-MVZ4J7NE.js";
import "../shared/chunk-J37DTVOO.js";
import "../shared/chunk-ITIM5DDX.js";

// src/actions/dns-check.ts
await runAction(dnsCheck);
