import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { authorization } from '../../src/checks/secret-scan/verify/sigv4.js';
import type { ProviderId } from '../../src/checks/secret-scan/verify/providers.js';
import type { TestCA } from './test-ca.js';

/** What a stand-in does for one secret besides the provider's own answer. */
export type Behaviour =
  | 'live'
  | 'hang'
  | 'hang-body'
  | 'rate-limit'
  | 'server-error'
  | 'garbage'
  | 'huge'
  | 'forbidden'
  | 'rate-limit-403'
  | 'echo'
  | { redirect: string };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface StandIn {
  id: ProviderId;
  url: string;
  requests: RecordedRequest[];
}

export interface StandIns {
  byId: Record<ProviderId, StandIn>;
  /** The value of LAUNCHGATE_VERIFY_BASE_URLS pointing every provider at its stand-in. */
  baseUrls: Record<ProviderId, string>;
  /** Every request any stand-in received. */
  all(): RecordedRequest[];
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** How each provider answers a known and an unknown key, at the endpoint launchgate must call. */
const SHAPES: Record<
  ProviderId,
  {
    method: string;
    paths: string[];
    credential(req: RecordedRequest): string | undefined;
    ok(req: RecordedRequest): Answer;
    bad: Answer;
  }
> = {
  github: {
    method: 'GET',
    paths: ['/user'],
    credential: (r) => bearer(r),
    ok: () => ({ status: 200, body: JSON.stringify({ login: 'octocat', id: 1 }) }),
    bad: { status: 401, body: JSON.stringify({ message: 'Bad credentials' }) },
  },
  gitlab: {
    method: 'GET',
    paths: ['/api/v4/personal_access_tokens/self'],
    credential: (r) => header(r, 'private-token'),
    ok: () => ({ status: 200, body: JSON.stringify({ id: 4, name: 'ci', revoked: false, active: true }) }),
    bad: { status: 401, body: JSON.stringify({ message: '401 Unauthorized' }) },
  },
  slack: {
    method: 'POST',
    paths: ['/api/auth.test'],
    credential: (r) => bearer(r),
    ok: () => ({ status: 200, body: JSON.stringify({ ok: true, team: 'Acme', user: 'bot' }) }),
    bad: { status: 200, body: JSON.stringify({ ok: false, error: 'invalid_auth' }) },
  },
  stripe: {
    method: 'GET',
    paths: ['/v1/balance'],
    credential: (r) => bearer(r),
    ok: () => ({ status: 200, body: JSON.stringify({ object: 'balance', available: [] }) }),
    bad: { status: 401, body: JSON.stringify({ error: { type: 'invalid_request_error' } }) },
  },
  aws: {
    method: 'POST',
    paths: ['/'],
    credential: (r) => /Credential=([A-Z0-9]+)\//.exec(header(r, 'authorization') ?? '')?.[1],
    ok: () => ({
      status: 200,
      body: '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>',
    }),
    bad: {
      status: 403,
      body: '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>',
    },
  },
  openai: {
    method: 'GET',
    paths: ['/v1/models'],
    credential: (r) => bearer(r),
    ok: () => ({ status: 200, body: JSON.stringify({ object: 'list', data: [{ id: 'gpt-4o' }] }) }),
    bad: { status: 401, body: JSON.stringify({ error: { code: 'invalid_api_key', message: 'Incorrect API key' } }) },
  },
  anthropic: {
    method: 'GET',
    paths: ['/v1/models', '/v1/organizations/me'],
    credential: (r) => (header(r, 'anthropic-version') ? header(r, 'x-api-key') : undefined),
    ok: (r) => ({
      status: 200,
      body: JSON.stringify(
        r.path === '/v1/models' ? { data: [{ id: 'claude' }] } : { id: 'org', type: 'organization' },
      ),
    }),
    bad: { status: 401, body: JSON.stringify({ type: 'error', error: { type: 'authentication_error' } }) },
  },
  sendgrid: {
    method: 'GET',
    paths: ['/v3/scopes'],
    credential: (r) => bearer(r),
    ok: () => ({ status: 200, body: JSON.stringify({ scopes: ['mail.send'] }) }),
    bad: { status: 401, body: JSON.stringify({ errors: [{ message: 'authorization required' }] }) },
  },
  npm: {
    method: 'GET',
    paths: ['/-/whoami'],
    credential: (r) => bearer(r),
    ok: () => ({ status: 200, body: JSON.stringify({ username: 'dev' }) }),
    bad: { status: 401, body: JSON.stringify({ error: 'unauthorized' }) },
  },
};

function header(r: RecordedRequest, name: string): string | undefined {
  const v = r.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function bearer(r: RecordedRequest): string | undefined {
  return /^Bearer (.+)$/.exec(header(r, 'authorization') ?? '')?.[1];
}

/**
 * HTTPS stand-ins for every provider on 127.0.0.1, with certificates from `ca`. `keys` says which credentials
 * each one knows and how it behaves for them; any other credential gets the provider's real "bad key" answer.
 * AWS keys are `AKIA…` IDs mapped to `{ secret, behaviour }`: the stand-in checks the SigV4 signature.
 */
export async function startStandIns(
  ca: TestCA,
  keys: {
    [P in ProviderId]?: P extends 'aws'
      ? Record<string, { secret: string; behaviour?: Behaviour }>
      : Record<string, Behaviour>;
  },
): Promise<StandIns> {
  const cert = ca.issue(['127.0.0.1', 'localhost']);
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  const byId = {} as Record<ProviderId, StandIn>;
  for (const id of Object.keys(SHAPES) as ProviderId[]) {
    const standIn: StandIn = { id, url: '', requests: [] };
    const server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const recorded: RecordedRequest = {
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        standIn.requests.push(recorded);
        answer(id, recorded, keys, req, res);
      });
    });
    server.on('secureConnection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    standIn.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    servers.push(server);
    byId[id] = standIn;
  }
  return {
    byId,
    baseUrls: Object.fromEntries(Object.values(byId).map((s) => [s.id, s.url])) as Record<ProviderId, string>,
    all: () => Object.values(byId).flatMap((s) => s.requests),
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}

function answer(
  id: ProviderId,
  r: RecordedRequest,
  keys: Record<string, any>,
  _req: IncomingMessage,
  res: ServerResponse,
): void {
  const shape = SHAPES[id];
  const send = (a: Answer) => {
    res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
    res.end(a.body);
  };
  if (r.method !== shape.method || !shape.paths.includes(r.path)) {
    send({ status: 404, body: '{"message":"Not Found"}' });
    return;
  }
  const credential = shape.credential(r);
  let behaviour: Behaviour | undefined;
  if (id === 'aws') {
    const entry = credential ? keys.aws?.[credential] : undefined;
    if (!entry) return send(shape.bad);
    if (!awsSignatureValid(r, credential!, entry.secret))
      return send({
        status: 403,
        body: '<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code></Error></ErrorResponse>',
      });
    behaviour = entry.behaviour ?? 'live';
  } else {
    behaviour = credential ? keys[id]?.[credential] : undefined;
  }
  if (!behaviour) return send(shape.bad);
  if (behaviour === 'hang') return; // never answers
  if (behaviour === 'hang-body') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"lo');
    return; // headers and a first chunk, then nothing
  }
  if (behaviour === 'rate-limit') return send({ status: 429, body: '{"message":"slow down"}' });
  if (behaviour === 'server-error') return send({ status: 503, body: '<html>unavailable</html>' });
  if (behaviour === 'garbage')
    return send({ status: 200, body: '<html><body>Welcome to the hotel Wi-Fi</body></html>' });
  if (behaviour === 'huge') return send({ status: 200, body: `{"login":"${'x'.repeat(200_000)}"}` });
  if (behaviour === 'rate-limit-403')
    return send({
      status: 403,
      body: '{"message":"API rate limit exceeded"}',
      headers: { 'x-ratelimit-remaining': '0' },
    });
  // A hostile or broken server that reflects the credential it was sent.
  if (behaviour === 'echo') return send({ status: 200, body: JSON.stringify({ message: r.headers.authorization }) });
  if (behaviour === 'forbidden') return send({ status: 403, body: '{"message":"Resource not accessible"}' });
  if (typeof behaviour === 'object') return send({ status: 302, body: '', headers: { location: behaviour.redirect } });
  send(shape.ok(r));
}

/** The stand-in checks the signature as STS does: same canonical request, same key, same date. */
function awsSignatureValid(r: RecordedRequest, keyId: string, secret: string): boolean {
  const given = String(r.headers.authorization ?? '');
  const signed = /SignedHeaders=([a-z0-9;-]+)/.exec(given)?.[1]?.split(';') ?? [];
  const amzDate = String(r.headers['x-amz-date'] ?? '');
  const headers = signed.map((name) => [name, String(r.headers[name] ?? '')] as [string, string]);
  const expected = authorization(
    { method: r.method, path: r.path, headers, body: r.body },
    { accessKeyId: keyId, secretAccessKey: secret, region: 'us-east-1', service: 'sts', amzDate },
  );
  return given === expected && signed.includes('host') && signed.includes('x-amz-date');
}
