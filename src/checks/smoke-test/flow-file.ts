import { z } from 'zod';
import { isHttpUrl } from '../../core/inputs.js';
import { exchangeSchema } from '../http/schema.js';
import { validateYaml, type YamlSource } from '../../core/yaml-file.js';

export const stepSchema = exchangeSchema.extend({ name: z.string().min(1) }).strict();

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
  return {
    baseUrl: parsed['base-url'],
    flows: parsed.flows.map((flow, i) => ({
      ...flow,
      line: source.lineOf(['flows', i]),
      stepLines: flow.steps.map((_, j) => source.lineOf(['flows', i, 'steps', j])),
    })),
  };
}
