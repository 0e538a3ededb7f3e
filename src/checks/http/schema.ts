import { z } from 'zod';
import { signSchema } from './sign.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const stringMap = z.record(
  z.string(),
  z.preprocess((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v), z.string()),
);

export const requestSchema = z
  .object({
    method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
    url: z.string().min(1),
    headers: stringMap.optional(),
    query: z.record(z.string(), scalar).optional(),
    json: z.unknown().optional(),
    form: z.record(z.string(), scalar).optional(),
    body: z.string().optional(),
    'follow-redirects': z.boolean().default(true),
    /** Signs the exact bytes sent (github, stripe, slack or hmac), with a secret from the environment. */
    sign: signSchema.optional(),
    /** Negative checks of a signed request: one byte changed after signing, no signature, an old timestamp. */
    tamper: z.boolean().optional(),
    unsigned: z.boolean().optional(),
    'timestamp-offset-s': z.number().int().optional(),
  })
  .strict()
  .refine((r) => [r.json, r.form, r.body].filter((b) => b !== undefined).length <= 1, {
    message: 'give at most one of json, form and body',
  })
  .refine((r) => r.sign !== undefined || (!r.tamper && !r.unsigned && r['timestamp-offset-s'] === undefined), {
    message: 'tamper, unsigned and timestamp-offset-s need sign',
  });

export type RequestSpec = z.infer<typeof requestSchema>;

export const comparisonSchema = z
  .object({
    eq: z.unknown().optional(),
    ne: z.unknown().optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    exists: z.boolean().optional(),
    matches: z.string().optional(),
  })
  .strict();

export type Comparison = z.infer<typeof comparisonSchema>;

/** A plain value means equality; an object with only comparison keys is a comparison. */
const jsonExpectation = z.union([comparisonSchema, z.unknown()]);

export const expectSchema = z
  .object({
    status: z.union([z.number().int(), z.array(z.number().int()).min(1)]).optional(),
    /** For a burst: the answer that ends it (default 429); for one request, the same as status. */
    'status-any': z.array(z.number().int()).min(1).optional(),
    'body-contains': z.union([z.string(), z.array(z.string())]).optional(),
    'body-matches': z.string().optional(),
    headers: z.record(z.string(), z.union([z.string(), z.object({ matches: z.string() }).strict()])).optional(),
    json: z.record(z.string(), jsonExpectation).optional(),
    'max-ms': z.number().positive().optional(),
    /** OWASP's basic security headers; each miss is a warning (see security-headers.ts). */
    'headers-baseline': z.boolean().optional(),
  })
  .strict();

export type ExpectSpec = z.infer<typeof expectSchema>;

const captureSource = z.union([
  z.string().startsWith('$', { message: "a JSON path starting with '$'" }),
  z.object({ json: z.string() }).strict(),
  z.object({ header: z.string() }).strict(),
  z.object({ cookie: z.string() }).strict(),
  z.object({ regex: z.string(), group: z.number().int().min(0).default(1) }).strict(),
]);

export const captureSchema = z.record(
  z.string().regex(/^[A-Za-z_][\w-]*$/, 'capture names are letters, digits, _ and -'),
  captureSource,
);
export type CaptureSpec = z.infer<typeof captureSchema>;

/** One request with its expectations and captures: a smoke flow's step, and the setup login of a latency route. */
export const exchangeSchema = z
  .object({
    request: requestSchema,
    expect: expectSchema.optional(),
    capture: captureSchema.optional(),
  })
  .strict();

export type ExchangeSpec = z.infer<typeof exchangeSchema>;
