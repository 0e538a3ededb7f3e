import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error: plain JavaScript app without types
import { createOpsApp } from '../../examples/ops-app/server.js';

export const OPS_PASSWORD = 'tr0ub4dor&3-smoke-secret';

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startOpsApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createOpsApp({ password: OPS_PASSWORD });
  const url = await listen(server);
  return {
    url,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** What a path of a test site answers: a body, or a redirect. */
export type SiteRoute = string | { status: 301 | 302; location: string };

/** A site on 127.0.0.1 answering the given paths (anything else: 404), for the secret scan's urls mode. */
export async function startSite(routes: Record<string, SiteRoute>): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const route = Object.hasOwn(routes, req.url ?? '') ? routes[req.url!] : undefined;
    if (route === undefined) res.statusCode = 404;
    else if (typeof route !== 'string') {
      res.statusCode = route.status;
      res.setHeader('location', route.location);
    }
    res.end(typeof route === 'string' ? route : undefined);
  });
  return { url: await listen(server), close: () => server.close() };
}

/** A port with nothing listening: bound, read, and closed again. */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}
