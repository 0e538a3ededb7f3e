// ops-app: a small internal-operations app, written for launchgate's demo and tests. Staff sign in (a session
// cookie, or a bearer token for the API), list orders, create one and approve it. No dependencies.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const readBody = (req) =>
  new Promise((resolve) => {
    let data = '';
    req.on('data', (d) => (data += d));
    req.on('end', () => resolve(data));
  });

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {{ password?: string, email?: string }} options
 * @returns {import('node:http').Server}
 */
export function createOpsApp(options = {}) {
  const email = options.email ?? 'ops@example.com';
  const password = options.password ?? 'correct horse battery staple';
  const sessions = new Set();
  const orders = [
    { id: 1, customer: 'Acme Ltd', amount: 1200, status: 'approved' },
    { id: 2, customer: 'Globex', amount: 310, status: 'pending' },
  ];
  const flakyCounts = new Map();

  const authed = (req) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    return (bearer && sessions.has(bearer)) || (sid && sessions.has(sid));
  };

  return createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    try {
      if (route === 'GET /') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(
          '<!doctype html><title>Ops console</title><h1>Ops console</h1><form method="post" action="/login"><button>Sign in</button></form>',
        );
      }
      if (route === 'GET /health') return json(res, 200, { ok: true });
      if (route === 'POST /api/login' || route === 'POST /login') {
        const raw = await readBody(req);
        const body = route === 'POST /login' ? Object.fromEntries(new URLSearchParams(raw)) : JSON.parse(raw || '{}');
        const ok = body.email === email && body.password === password;
        if (route === 'POST /login') {
          if (!ok) return void res.writeHead(302, { location: '/?error=1' }).end();
          const sid = randomBytes(16).toString('hex');
          sessions.add(sid);
          return void res
            .writeHead(302, { location: '/orders', 'set-cookie': `sid=${sid}; Path=/; HttpOnly; SameSite=Lax` })
            .end();
        }
        if (!ok) return json(res, 401, { ok: false, error: 'wrong email or password' });
        const token = randomBytes(16).toString('hex');
        sessions.add(token);
        return json(res, 200, { ok: true, token }, { 'set-cookie': `sid=${token}; Path=/; HttpOnly; SameSite=Lax` });
      }
      if (route === 'GET /orders') {
        if (!authed(req)) return void res.writeHead(302, { location: '/' }).end();
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(`<h1>Orders</h1><ul>${orders.map((o) => `<li>${o.customer}: ${o.status}</li>`).join('')}</ul>`);
      }
      if (url.pathname.startsWith('/api/orders')) {
        if (!authed(req)) return json(res, 401, { error: 'sign in first' });
        if (route === 'GET /api/orders') return json(res, 200, { items: orders });
        if (route === 'POST /api/orders') {
          const body = JSON.parse((await readBody(req)) || '{}');
          if (!body.customer || typeof body.amount !== 'number')
            return json(res, 422, { error: 'customer and amount are required' });
          const order = { id: orders.length + 1, customer: body.customer, amount: body.amount, status: 'pending' };
          orders.push(order);
          return json(res, 201, order);
        }
        const approve = /^\/api\/orders\/(\d+)\/approve$/.exec(url.pathname);
        if (req.method === 'POST' && approve) {
          const order = orders.find((o) => o.id === Number(approve[1]));
          if (!order) return json(res, 404, { error: 'no such order' });
          order.status = 'approved';
          return json(res, 200, order);
        }
      }
      // Routes for tests and the latency demo.
      if (route === 'GET /old') return void res.writeHead(301, { location: '/' }).end();
      if (route === 'GET /elsewhere')
        return void res.writeHead(302, { location: 'https://other-site.example.net/' }).end();
      if (route === 'GET /slow') {
        await wait(Number(url.searchParams.get('ms') ?? 1000));
        return json(res, 200, { ok: true });
      }
      const delay = /^\/delay\/(\d+)$/.exec(url.pathname);
      if (req.method === 'GET' && delay) {
        await wait(Number(delay[1]));
        return json(res, 200, { ok: true });
      }
      if (route === 'GET /flaky') {
        const key = url.searchParams.get('key') ?? '';
        const n = (flakyCounts.get(key) ?? 0) + 1;
        flakyCounts.set(key, n);
        return n <= Number(url.searchParams.get('fail') ?? 2)
          ? json(res, 503, { error: 'warming up' })
          : json(res, 200, { ok: true, attempt: n });
      }
      if (route === 'GET /error') return json(res, 500, { error: 'boom' });
      if (route === 'GET /big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'x'.repeat(64 * 1024);
        for (let i = 0; i < 80; i++) if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
        return res.end();
      }
      json(res, 404, { error: 'not found' });
    } catch (err) {
      json(res, 500, { error: String(err) });
    }
  });
}
