/**
 * The two common shapes of a health answer:
 *  - the IETF health-check draft (draft-inadarei-api-health-check): `status: pass|warn|fail` and
 *    `checks: { "db:responseTime": [{ status, componentId, output, … }] }`;
 *  - Spring Boot Actuator: `status: UP|DOWN|OUT_OF_SERVICE|UNKNOWN` and `components: { db: { status, details,
 *    components? } }`, nested for composite contributors.
 */
export type HealthStatus = 'pass' | 'warn' | 'fail';

export interface DependencyHealth {
  name: string;
  status: HealthStatus;
  /** The status as the app wrote it, and its output when it gave one. */
  detail: string;
}

export interface HealthReport {
  shape: 'ietf' | 'spring';
  status: HealthStatus;
  dependencies: DependencyHealth[];
}

const STATUS: Record<string, HealthStatus> = {
  pass: 'pass',
  ok: 'pass',
  up: 'pass',
  warn: 'warn',
  unknown: 'warn',
  fail: 'fail',
  error: 'fail',
  down: 'fail',
  out_of_service: 'fail',
};

const statusOf = (v: unknown): HealthStatus | undefined =>
  typeof v === 'string' ? STATUS[v.trim().toLowerCase()] : undefined;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The health report in a JSON body, or undefined when the body has neither shape. */
export function parseHealth(body: unknown): HealthReport | undefined {
  if (!isObject(body)) return undefined;
  const status = statusOf(body.status);
  if (!status) return undefined;
  if (isObject(body.components))
    return { shape: 'spring', status, dependencies: springComponents(body.components, '') };
  if (isObject(body.checks) || body.checks === undefined)
    return { shape: 'ietf', status, dependencies: ietfChecks(isObject(body.checks) ? body.checks : {}) };
  return undefined;
}

function ietfChecks(checks: Record<string, unknown>): DependencyHealth[] {
  const out: DependencyHealth[] = [];
  for (const [key, value] of Object.entries(checks)) {
    const entries = Array.isArray(value) ? value : [value];
    for (const entry of entries) {
      if (!isObject(entry)) continue;
      const id = typeof entry.componentId === 'string' && entries.length > 1 ? ` (${entry.componentId})` : '';
      const status = statusOf(entry.status) ?? 'warn';
      const output = typeof entry.output === 'string' && entry.output ? `: ${entry.output}` : '';
      out.push({ name: `${key}${id}`, status, detail: `${String(entry.status ?? 'no status')}${output}` });
    }
  }
  return out;
}

function springComponents(components: Record<string, unknown>, prefix: string): DependencyHealth[] {
  const out: DependencyHealth[] = [];
  for (const [key, value] of Object.entries(components)) {
    if (!isObject(value)) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (isObject(value.components)) {
      out.push(...springComponents(value.components, name));
      continue;
    }
    const error = isObject(value.details) && typeof value.details.error === 'string' ? `: ${value.details.error}` : '';
    out.push({
      name,
      status: statusOf(value.status) ?? 'warn',
      detail: `${String(value.status ?? 'no status')}${error}`,
    });
  }
  return out;
}
