// The embedded engine's own process: Postgres's parser and PGlite (both WebAssembly) run here, started with
// --liftoff-only, so their compile and run time never block the event loop of the process that measures time, and
// no optimising compile of a 9 MB module keeps a finished run alive. Requests come one at a time over IPC.
import { parseSql } from './parse.js';
import type { PgliteHost } from './pglite-host.js';
import type { EngineReply, EngineRequest } from './engine.js';

// PGlite's code is loaded on the first `open`: a lint-only run never compiles it.
let host: PgliteHost | undefined;
const pglite = async (): Promise<PgliteHost> => (host ??= new (await import('./pglite-host.js')).PgliteHost());
let queue: Promise<void> = Promise.resolve();

async function handle(request: EngineRequest): Promise<unknown> {
  switch (request.op) {
    case 'parse':
      return Promise.all(request.sqls.map((sql) => parseSql(sql)));
    case 'open':
      return (await pglite()).open(request.extensions);
    case 'exec':
      return (await pglite()).exec(request.sql);
    case 'close':
      return host?.close();
  }
}

process.on('message', (request: EngineRequest & { id: number }) => {
  queue = queue.then(async () => {
    let reply: EngineReply;
    try {
      reply = { id: request.id, ok: true, result: await handle(request) };
    } catch (err: any) {
      reply = { id: request.id, ok: false, message: String(err?.message ?? err), code: err?.code };
    }
    process.send?.(reply);
  });
});

// The parent went away (finished, or killed): close the database and leave.
process.on('disconnect', () => {
  void queue.then(() => host?.close()).finally(() => process.exit(0));
});
