import { z } from 'zod';
import { isHttpUrl } from '../../core/inputs.js';
import { UserError } from '../../core/errors.js';
import { exchangeSchema } from '../http/schema.js';
import { validateYaml, type YamlSource } from '../../core/yaml-file.js';

/** The most requests one burst may send: a probe, not a load test. */
export const MAX_BURST_REQUESTS = 500;

/**
 * `burst:` sends the step's request up to `requests` times, spread over `within-s`, to the flow's own base URL,
 * and stops at the first answer in `expect.status-any` (default 429): a rate-limit probe for login and form routes.
 */
export const burstSchema = z
  .object({
    requests: z.number().int().min(2).max(MAX_BURST_REQUESTS, `at most ${MAX_BURST_REQUESTS} requests per burst`),
    'within-s': z.number().positive().max(600),
  })
  .strict();

/** A step sends a request, or replays an earlier step's request byte for byte (`replay: <step name>`). */
export const stepSchema = exchangeSchema
  .extend({
    name: z.string().min(1),
    request: exchangeSchema.shape.request.optional(),
    replay: z.string().min(1).optional(),
    burst: burstSchema.optional(),
    /** Reads the answer as a health report (IETF health-check draft or Spring Boot Actuator): a row per dependency. */
    health: z.boolean().optional(),
  })
  .strict()
  .refine((s) => (s.request === undefined) !== (s.replay === undefined), {
    message: 'give request or replay (one of them)',
  })
  .refine((s) => !s.burst || (s.request !== undefined && /^\/(?![/\\])/.test(s.request.url)), {
    message: 'a burst goes to the base URL only: give request.url as a path such as /login',
    path: ['request', 'url'],
  })
  .refine((s) => !s.burst || Object.keys(s.expect ?? {}).every((k) => k === 'status-any'), {
    message: 'a burst step expects only status-any (default [429])',
    path: ['expect'],
  });

export const flowSchema = z
  .object({
    name: z.string().min(1),
    'max-duration-ms': z.number().positive().optional(),
    steps: z.array(stepSchema).min(1),
  })
  .strict();

export const flowFileSchema = z
  .object({
    'base-url': z.string().refine(isHttpUrl, 'accepted: an http:// or https:// URL').optional(),
    flows: z.array(flowSchema).min(1),
  })
  .strict();

export type Step = z.infer<typeof stepSchema>;
export type Flow = z.infer<typeof flowSchema>;

export interface LocatedFlow extends Flow {
  line?: number;
  stepLines: (number | undefined)[];
}

export interface FlowFile {
  baseUrl?: string;
  flows: LocatedFlow[];
}

export function readFlowFile(source: YamlSource): FlowFile {
  const parsed = validateYaml(source, flowFileSchema);
  for (const [i, flow] of parsed.flows.entries()) {
    for (const [j, step] of flow.steps.entries()) {
      if (step.replay === undefined) continue;
      if (flow.steps.slice(0, j).some((s) => s.name === step.replay)) continue;
      const elsewhere = parsed.flows.find((f, k) => k !== i && f.steps.some((s) => s.name === step.replay));
      throw new UserError(
        `${source.where(['flows', i, 'steps', j, 'replay'])}: step '${step.name}' replays '${step.replay}', which ${
          elsewhere ? `is a step of another flow ('${elsewhere.name}')` : 'is not an earlier step of this flow'
        }; a replay re-sends a request this flow already sent.`,
      );
    }
  }
  return {
    baseUrl: parsed['base-url'],
    flows: parsed.flows.map((flow, i) => ({
      ...flow,
      line: source.lineOf(['flows', i]),
      stepLines: flow.steps.map((_, j) => source.lineOf(['flows', i, 'steps', j])),
    })),
  };
}
