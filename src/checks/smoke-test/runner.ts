import { CookieJar } from 'tough-cookie';
import { HttpClient, NetworkError, RedirectError, type HttpResponse, type OutgoingRequest } from '../http/client.js';
import type { ExpectSpec, RequestSpec } from '../http/schema.js';
import { rateLimitHeaders, runBurst } from './burst.js';
import { parseHealth, type HealthReport } from './health.js';
import { headerBaseline, type HeaderMiss } from '../http/security-headers.js';
import { RequestBuildError, runExchange } from '../http/step.js';
import { TemplateError } from '../http/template.js';
import { looksLikeHtml, visibleText } from '../http/visible-text.js';
import type { LocatedFlow } from './flow-file.js';

export interface StepResult {
  flow: string;
  step: string;
  line?: number;
  ok: boolean;
  status?: number;
  ms: number;
  attempts: number;
  failures: string[];
  /** The first 300 characters of the body of a failing step (of its visible text for HTML), secrets masked. */
  excerpt?: string;
  /** Set when no HTTP answer came back. */
  networkError?: string;
  skipped?: boolean;
  /** Set when a tampered, unsigned or stale request was accepted: what was accepted. */
  unverified?: string;
  /** What `headers-baseline: true` found missing. */
  headerMisses?: HeaderMiss[];
  /** The health report of a `health: true` step. */
  health?: HealthReport;
  /** A burst that met no rate limit. */
  unlimited?: boolean;
  /** What a passing step found worth showing (where a burst was limited). */
  note?: string;
}

export interface FlowResult {
  flow: LocatedFlow;
  ok: boolean;
  ms: number;
  steps: StepResult[];
  overBudget?: boolean;
}

export interface RunnerOptions {
  client: HttpClient;
  baseUrl?: string;
  env: NodeJS.ProcessEnv;
  /** Called with each captured value: captures are tokens and session ids, so they are secrets. */
  onSecret: (value: string) => void;
  /** Masks every registered secret: the excerpt is masked whole, before it is cut. */
  redact: (text: string) => string;
}

const EXCERPT = 300;

/** Runs one flow's steps in order with one cookie jar; the first failing step ends the flow. */
export async function runFlow(flow: LocatedFlow, opts: RunnerOptions): Promise<FlowResult> {
  const jar = new CookieJar();
  const vars: Record<string, string> = {};
  const steps: StepResult[] = [];
  /** Each step's request as sent, for `replay`. */
  const sent = new Map<string, OutgoingRequest>();
  const started = performance.now();
  let failed = false;
  for (const [i, step] of flow.steps.entries()) {
    const base = { flow: flow.name, step: step.name, line: flow.stepLines[i] };
    if (failed) {
      steps.push({
        ...base,
        ok: false,
        ms: 0,
        attempts: 0,
        failures: ['not run: an earlier step failed'],
        skipped: true,
      });
      continue;
    }
    let result: StepResult;
    try {
      if (step.burst && step.request) {
        result = { ...base, ...(await burstStep(step.request, step.burst, step.expect, { ...opts, vars, jar })) };
        steps.push(result);
        failed = !result.ok;
        continue;
      }
      const negative = negativeCheck(step.request);
      const defaultStatus = negative ? REJECTED : step.health ? HEALTH_ANSWERS : undefined;
      const exchange =
        defaultStatus && step.expect?.status === undefined && step.expect?.['status-any'] === undefined
          ? { ...step, expect: { ...step.expect, status: defaultStatus } }
          : step;
      const prepared = step.replay !== undefined ? sent.get(step.replay) : undefined;
      const { req, res, failures, vars: captured } = await runExchange(exchange, { ...opts, vars, jar, prepared });
      sent.set(step.name, req);
      Object.assign(vars, captured);
      const health = step.health ? readHealth(res, failures) : undefined;
      const accepted = negative && failures.some((f) => f.startsWith('status:')) ? negative : undefined;
      if (accepted) failures.unshift(`accepted ${accepted} (HTTP ${res.status}): the signature is not verified`);
      result = {
        ...base,
        ok: failures.length === 0,
        status: res.status,
        ms: res.ms,
        attempts: res.attempts,
        failures,
        ...(accepted ? { unverified: accepted } : {}),
        ...(health ? { health } : {}),
        ...(step.expect?.['headers-baseline'] ? { headerMisses: headerBaseline(res.url, res.headers) } : {}),
      };
      if (!result.ok) result.excerpt = bodyExcerpt(res, opts.redact);
    } catch (err) {
      if (err instanceof NetworkError) {
        result = { ...base, ok: false, ms: 0, attempts: 1, failures: [err.message], networkError: err.kind };
      } else if (err instanceof RequestBuildError || err instanceof TemplateError || err instanceof RedirectError) {
        result = { ...base, ok: false, ms: 0, attempts: 0, failures: [err.message] };
      } else throw err;
    }
    steps.push(result);
    failed = !result.ok;
  }
  const ms = performance.now() - started;
  const overBudget = flow['max-duration-ms'] !== undefined && ms > flow['max-duration-ms'];
  return { flow, ok: !failed && !overBudget, ms, steps, overBudget };
}

/**
 * What a person needs to see of a failing answer: the visible text of an HTML page (not its <head>), with every
 * secret masked while the text is whole, then cut, so no prefix of a secret survives the cut.
 */
export function bodyExcerpt(res: Pick<HttpResponse, 'body' | 'truncated' | 'headers'>, redact: (t: string) => string) {
  const text = redact(looksLikeHtml(res.headers['content-type'], res.body) ? visibleText(res.body) : res.body);
  // A cut inside a surrogate pair would leave half a character.
  const cut =
    text.length > EXCERPT ? text.slice(0, /[\ud800-\udbff]/.test(text[EXCERPT - 1]) ? EXCERPT - 1 : EXCERPT) : text;
  return cut + (text.length > EXCERPT || res.truncated ? '…' : '');
}

/** The answers that mean "rejected" for a negative step that gives no status of its own. */
const REJECTED = [400, 401, 403];

/** What a negative step sends, in words ("a tampered webhook"), or undefined for an ordinary step. */
function negativeCheck(req: RequestSpec | undefined): string | undefined {
  if (!req?.sign) return undefined;
  if (req.tamper) return 'a tampered webhook';
  if (req.unsigned) return 'an unsigned webhook';
  if (req['timestamp-offset-s'] !== undefined) return `a webhook signed ${Math.abs(req['timestamp-offset-s'])} s off`;
  return undefined;
}

async function burstStep(
  request: RequestSpec,
  burst: { requests: number; 'within-s': number },
  expect: ExpectSpec | undefined,
  opts: RunnerOptions & { vars: Record<string, string>; jar: CookieJar },
): Promise<Omit<StepResult, 'flow' | 'step' | 'line'>> {
  const stopOn = expect?.['status-any'] ?? [429];
  const out = await runBurst(request, { requests: burst.requests, withinS: burst['within-s'], stopOn }, opts);
  const common = { status: out.last?.status, ms: out.ms, attempts: out.sent };
  if (out.limitedBy) {
    const headers = rateLimitHeaders(out.limitedBy);
    return {
      ...common,
      ok: true,
      failures: [],
      note: `limited after ${out.sent} of ${burst.requests} requests (HTTP ${out.limitedBy.status}${headers ? `; ${headers}` : ''})`,
    };
  }
  return {
    ...common,
    ok: false,
    unlimited: true,
    failures: [
      `no rate limit: ${burst.requests} requests in ${burst['within-s']} s were all accepted (none answered ${stopOn.join(' or ')}; last HTTP ${out.last?.status})`,
    ],
  };
}

/** A health endpoint answers 503 when a dependency is down; the dependency rows then say which. */
const HEALTH_ANSWERS = [200, 207, 503];

/** The health report of the answer; a failing dependency, or an answer of neither shape, is a failure. */
function readHealth(res: HttpResponse, failures: string[]): HealthReport | undefined {
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    body = undefined;
  }
  const report = parseHealth(body);
  if (!report) {
    failures.push(
      "health: not a health answer (expected the IETF health-check draft's status and checks, or Spring Boot Actuator's status and components)",
    );
    return undefined;
  }
  for (const d of report.dependencies.filter((x) => x.status === 'fail'))
    failures.push(`dependency ${d.name} is failing (${d.detail})`);
  if (report.status === 'fail' && !report.dependencies.some((d) => d.status === 'fail'))
    failures.push('health: the overall status is failing');
  return report;
}
