// ops-app: a small internal-operations app, written for launchgate's demo and tests. Staff sign in (a session
// cookie, or a bearer token for the API), list orders, create one and approve it; a payment provider posts signed
// webhooks. The console page loads a small built bundle (public/assets: names carry their content hash).
// No dependencies.
import { createServer } from 'node:http';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const readBody = (req) =>
  new Promise((resolve) => {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public', 'assets');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** The built bundle, compressed once at start as a static server precompresses it: name → bodies per encoding. */
function loadAssets() {
  const assets = new Map();
  for (const name of readdirSync(ASSETS_DIR)) {
    const raw = readFileSync(path.join(ASSETS_DIR, name));
    assets.set(name, {
      type: TYPES[path.extname(name)] ?? 'application/octet-stream',
      identity: raw,
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
    });
  }
  return assets;
}

/** Failed sign-ins allowed per account in a window; the next is answered 429 (RFC 6585) until the window ends. */
const LOGIN_LIMIT = 5;
const LOGIN_WINDOW_MS = 60_000;

/** Webhooks signed GitHub's way (X-Hub-Signature-256) with this secret; without one the endpoint is off. */
const signatureValid = (secret, body, header) => {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`);
  const given = Buffer.from(String(header ?? ''));
  return given.length === expected.length && timingSafeEqual(given, expected);
};

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/** OWASP's basic headers for the app's pages: no MIME sniffing, no framing by other sites. */
const PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

/** The page's hashed asset names, found by their stem (app.js → app.9ab5a281.js). */
const assetName = (assets, stem, ext) =>
  [...assets.keys()].find((n) => n.startsWith(`${stem}.`) && n.endsWith(ext)) ?? `${stem}${ext}`;

/**
 * @param {{ password?: string, email?: string, webhookSecret?: string }} options
 * @returns {import('node:http').Server}
 */
export function createOpsApp(options = {}) {
  const email = options.email ?? 'ops@example.com';
  const password = options.password ?? 'correct horse battery staple';
  const webhookSecret = options.webhookSecret;
  const assets = loadAssets();
  const sessions = new Set();
  /** Failed sign-ins per account: { count, resetAt }. */
  const failedLogins = new Map();
  /** Webhook deliveries by X-GitHub-Delivery id: how often each arrived, and the one event it produced. */
  const deliveries = new Map();
  /** The orders store's own check, as the health endpoint reports it (a read, timed). */
  const dbCheck = () => {
    const started = performance.now();
    const ok = Array.isArray(orders) && orders.every((o) => typeof o.id === 'number');
    return { ok, ms: performance.now() - started };
  };
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
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...PAGE_HEADERS });
        return res.end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ops console</title>` +
            `<meta name="viewport" content="width=device-width, initial-scale=1">` +
            `<link rel="stylesheet" href="/assets/${assetName(assets, 'app', '.css')}">` +
            `<script defer src="/assets/${assetName(assets, 'app', '.js')}"></script></head>` +
            `<body><header><img src="/assets/${assetName(assets, 'logo', '.svg')}" alt="" width="40" height="40">` +
            `<h1>Ops console</h1></header><form method="post" action="/login"><button>Sign in</button></form>` +
            `<p id="status" class="status"></p><ul id="orders"></ul></body></html>`,
        );
      }
      const asset = req.method === 'GET' && /^\/assets\/([\w.-]+)$/.exec(url.pathname);
      if (asset && assets.has(asset[1])) {
        const a = assets.get(asset[1]);
        const accepted = String(req.headers['accept-encoding'] ?? '');
        const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
        const body = a[encoding];
        res.writeHead(200, {
          'content-type': a.type,
          'content-length': body.length,
          'cache-control': 'public, max-age=31536000, immutable',
          vary: 'Accept-Encoding',
          'x-content-type-options': 'nosniff',
          ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
        });
        return res.end(body);
      }
      if (route === 'GET /health') {
        // The IETF health-check draft's shape (draft-inadarei-api-health-check), with the orders database's check.
        const db = dbCheck();
        const status = db.ok ? 'pass' : 'fail';
        res.writeHead(db.ok ? 200 : 503, { 'content-type': 'application/health+json', 'cache-control': 'no-store' });
        return res.end(
          JSON.stringify({
            status,
            serviceId: 'ops-app',
            checks: {
              'orders-db:responseTime': [
                {
                  componentId: 'orders-db',
                  componentType: 'datastore',
                  status,
                  observedValue: Number(db.ms.toFixed(3)),
                  observedUnit: 'ms',
                  time: new Date().toISOString(),
                },
              ],
            },
          }),
        );
      }
      if (route === 'POST /webhooks/payments') {
        const raw = await readBody(req);
        if (!webhookSecret) return json(res, 503, { error: 'webhooks are not configured' });
        // Verify over the raw bytes before parsing anything, in constant time.
        if (!signatureValid(webhookSecret, raw, req.headers['x-hub-signature-256']))
          return json(res, 401, { error: 'bad or missing signature' });
        const id = String(req.headers['x-github-delivery'] ?? '');
        if (!id) return json(res, 400, { error: 'X-GitHub-Delivery is required' });
        const seen = deliveries.get(id);
        if (seen) {
          // A replay (the provider's retry, or an attacker's copy): acknowledged, never processed twice.
          seen.received++;
          return json(res, 200, { ok: true, duplicate: true, delivery: id });
        }
        const event = JSON.parse(raw || '{}');
        deliveries.set(id, { received: 1, processed: 1, type: String(event.type ?? '') });
        return json(res, 202, { ok: true, duplicate: false, delivery: id });
      }
      const delivery = /^\/api\/webhooks\/deliveries\/([\w.-]+)$/.exec(url.pathname);
      if (req.method === 'GET' && delivery) {
        if (!authed(req)) return json(res, 401, { error: 'sign in first' });
        const d = deliveries.get(delivery[1]);
        return d ? json(res, 200, { id: delivery[1], ...d }) : json(res, 404, { error: 'no such delivery' });
      }
      if (route === 'POST /api/login' || route === 'POST /login') {
        const raw = await readBody(req);
        const body = route === 'POST /login' ? Object.fromEntries(new URLSearchParams(raw)) : JSON.parse(raw || '{}');
        const account = String(body.email ?? '').toLowerCase();
        const now = Date.now();
        let failures = failedLogins.get(account);
        if (failures && failures.resetAt <= now) {
          failedLogins.delete(account);
          failures = undefined;
        }
        if (failures && failures.count >= LOGIN_LIMIT) {
          const retry = Math.max(1, Math.ceil((failures.resetAt - now) / 1000));
          return json(
            res,
            429,
            { ok: false, error: 'too many failed sign-ins; try again later' },
            {
              'retry-after': String(retry),
              'ratelimit-limit': String(LOGIN_LIMIT),
              'ratelimit-remaining': '0',
              'ratelimit-reset': String(retry),
            },
          );
        }
        const ok = body.email === email && body.password === password;
        if (!ok) {
          if (!failures) failedLogins.set(account, (failures = { count: 0, resetAt: now + LOGIN_WINDOW_MS }));
          failures.count++;
        }
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
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...PAGE_HEADERS });
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
