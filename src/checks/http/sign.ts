import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * `sign:` on a request: the signature webhook providers send, computed over the exact bytes sent, so a flow can
 * prove that the app verifies it (and rejects a tampered, unsigned or stale copy).
 */
export const signSchema = z
  .object({
    scheme: z.enum(['github', 'stripe', 'slack', 'hmac']),
    /** Only from the environment, so the secret is masked and never written in a flow file. */
    secret: z.string().regex(/^\$\{\s*env\.[A-Za-z_]\w*\s*\}$/, 'give the secret as "${env.NAME}"'),
    /** hmac: the header that carries the signature. */
    header: z.string().min(1).optional(),
    algorithm: z.enum(['sha1', 'sha256', 'sha512']).default('sha256'),
    encoding: z.enum(['hex', 'base64']).default('hex'),
    /** hmac: what is signed; `${timestamp}` and `${body}` are filled in. */
    payload: z.string().default('${body}'),
    /** hmac: written before the signature in the header (`sha256=`, say). */
    prefix: z.string().default(''),
    /** hmac: a header that carries the unix timestamp used in the payload. */
    'timestamp-header': z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.scheme !== 'hmac' || s.header !== undefined, { message: 'scheme hmac needs header' });

export type SignSpec = z.infer<typeof signSchema>;

export interface SignOptions {
  secret: string;
  /** Unix seconds the signature is made at (the clock, moved by timestamp-offset-s). */
  timestamp: number;
}

const hmac = (algorithm: string, secret: string, data: string, encoding: 'hex' | 'base64' = 'hex') =>
  createHmac(algorithm, secret).update(data, 'utf8').digest(encoding);

/** The headers that sign `body` under a scheme. */
export function signatureHeaders(spec: SignSpec, body: string, opts: SignOptions): Record<string, string> {
  const t = String(opts.timestamp);
  switch (spec.scheme) {
    case 'github':
      // https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries
      return { 'X-Hub-Signature-256': `sha256=${hmac('sha256', opts.secret, body)}` };
    case 'stripe':
      // https://docs.stripe.com/webhooks#verify-manually: v1 is the HMAC-SHA256 of "t.body".
      return { 'Stripe-Signature': `t=${t},v1=${hmac('sha256', opts.secret, `${t}.${body}`)}` };
    case 'slack':
      // https://api.slack.com/authentication/verifying-requests-from-slack
      return {
        'X-Slack-Request-Timestamp': t,
        'X-Slack-Signature': `v0=${hmac('sha256', opts.secret, `v0:${t}:${body}`)}`,
      };
    case 'hmac': {
      // One pass over the template, so a body containing "${timestamp}" is not filled in again.
      const payload = spec.payload.replace(/\$\{(timestamp|body)\}/g, (_m, name: string) =>
        name === 'body' ? body : t,
      );
      const headers: Record<string, string> = {
        [spec.header!]: `${spec.prefix}${hmac(spec.algorithm, opts.secret, payload, spec.encoding)}`,
      };
      if (spec['timestamp-header']) headers[spec['timestamp-header']] = t;
      return headers;
    }
  }
}

/**
 * One byte of the body changed, keeping its shape: the last digit, or else the last letter inside a JSON string
 * (or anywhere, for a body that is not JSON), so the app sees a well-formed request whose signature is wrong.
 */
export function tamperBody(body: string): string {
  const replace = (i: number, c: string) => body.slice(0, i) + c + body.slice(i + 1);
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body[i];
    if (c >= '0' && c <= '9') return replace(i, c === '9' ? '8' : String(Number(c) + 1));
  }
  const json = /^\s*[[{]/.test(body);
  let inString = false;
  let last = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (json && c === '\\') {
      i++;
      continue;
    }
    if (json && c === '"') inString = !inString;
    else if ((!json || inString) && /[A-Za-z]/.test(c)) last = i;
  }
  if (last >= 0) {
    const c = body[last];
    return replace(last, c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
  }
  // Nothing to change in place: add one byte where it keeps JSON valid (whitespace) or at the end.
  return json ? ` ${body}` : `${body}.`;
}
