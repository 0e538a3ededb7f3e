import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  parseSql
} from "./chunk-47F3FQH4.js";
import {
  PgliteHost
} from "./chunk-JQKGKFI6.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-OS5SADBN.js";

// src/checks/migration-check/engine-process.ts
init_define_LAUNCHGATE_GATES();
var host = new PgliteHost();
var queue = Promise.resolve();
async function handle(request) {
  switch (request.op) {
    case "parse":
      return parseSql(request.sql);
    case "open":
      return host.open(request.extensions);
    case "exec":
      return host.exec(request.sql);
    case "close":
      return host.close();
  }
}
process.on("message", (request) => {
  queue = queue.then(async () => {
    let reply;
    try {
      reply = { id: request.id, ok: true, result: await handle(request) };
    } catch (err) {
      reply = { id: request.id, ok: false, message: String(err?.message ?? err), code: err?.code };
    }
    process.send?.(reply);
  });
});
process.on("disconnect", () => {
  void queue.then(() => host.close()).finally(() => process.exit(0));
});
