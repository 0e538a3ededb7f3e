import { CookieJar } from 'tough-cookie';
import { HttpClient, NetworkError } from '../http/client.js';
import { RequestBuildError, buildRequest, checkExpectations, runCaptures } from '../http/step.js';
import { TemplateError } from '../http/template.js';
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
  /** The first 300 characters of the body of a failing step (masked by the caller's redaction). */
  excerpt?: string;
  /** Set when no HTTP answer came back. */
  networkError?: string;
  skipped?: boolean;
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
}

const EXCERPT = 300;

/** Runs one flow's steps in order with one cookie jar; the first failing step ends the flow. */
export async function runFlow(flow: LocatedFlow, opts: RunnerOptions): Promise<FlowResult> {
  const jar = new CookieJar();
  const vars: Record<string, string> = {};
  const steps: StepResult[] = [];
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
      const req = buildRequest(step.request, opts.baseUrl, vars, opts.env);
      const res = await opts.client.send(req, { jar, followRedirects: step.request['follow-redirects'] });
      const failures = checkExpectations(step.expect, res);
      const captured = await runCaptures(step.capture, res, jar);
      for (const value of Object.values(captured.vars)) opts.onSecret(value);
      Object.assign(vars, captured.vars);
      failures.push(...captured.failures);
      result = { ...base, ok: failures.length === 0, status: res.status, ms: res.ms, attempts: res.attempts, failures };
      if (!result.ok)
        result.excerpt = res.body.slice(0, EXCERPT) + (res.body.length > EXCERPT || res.truncated ? '…' : '');
    } catch (err) {
      if (err instanceof NetworkError) {
        result = { ...base, ok: false, ms: 0, attempts: 1, failures: [err.message], networkError: err.kind };
      } else if (err instanceof RequestBuildError || err instanceof TemplateError) {
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
