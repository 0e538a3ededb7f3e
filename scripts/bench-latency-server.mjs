// A server with a known delay distribution for `npm run bench:latency`: each request waits a uniform 10–50 ms,
// times ?scale= (1.25 simulates a 25 % slowdown). True p95 of the delay: 10 + 0.95 × 40 = 48 ms, times scale.
// ?tail=MS makes every 10th request take MS milliseconds instead (a slow tail of 10 %).
import { createServer } from 'node:http';

let count = 0;
const server = createServer((req, res) => {
  const params = new URL(req.url, 'http://x').searchParams;
  const scale = Number(params.get('scale') ?? 1);
  const tail = Number(params.get('tail') ?? 0);
  const delay = tail && ++count % 10 === 0 ? tail : (10 + Math.random() * 40) * scale;
  setTimeout(() => res.end('ok'), delay);
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
