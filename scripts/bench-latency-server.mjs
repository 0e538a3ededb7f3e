// A server with a known delay distribution for `npm run bench:latency`: each request waits a uniform 10–50 ms,
// times ?scale= (1.25 simulates a 25 % slowdown). True p95 of the delay: 10 + 0.95 × 40 = 48 ms, times scale.
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  const scale = Number(new URL(req.url, 'http://x').searchParams.get('scale') ?? 1);
  const delay = (10 + Math.random() * 40) * scale;
  setTimeout(() => res.end('ok'), delay);
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
