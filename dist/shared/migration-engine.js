import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  parseSql
} from "./chunk-DXNXBOBZ.js";
import "./chunk-BYUFD6SG.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/migration-check/engine-process.ts
init_define_LAUNCHGATE_GATES();
var host;
var pglite = async () => host ??= new (await import("./pglite-host-BA7ZRVNY.js")).PgliteHost();
var queue = Promise.resolve();
async function handle(request) {
  switch (request.op) {
    case "parse":
      return Promise.all(request.sqls.map((sql) => parseSql(sql)));
    case "open":
      return (await pglite()).open(request.extensions);
    case "exec":
      return (await pglite()).exec(request.sql);
    case "close":
      return host?.close();
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
  void queue.then(() => host?.close()).finally(() => process.exit(0));
});
