// `node examples/ops-app/main.js [port]` serves ops-app on 127.0.0.1 and prints its URL.
import { createOpsApp } from './server.js';

const server = createOpsApp({ password: process.env.OPS_PASSWORD, webhookSecret: process.env.OPS_WEBHOOK_SECRET });
server.listen(Number(process.argv[2] ?? process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`ops-app listening on http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
