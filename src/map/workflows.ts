import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

/** One job of a workflow: the environment it deploys to and the names (never values) of what it reads. */
export interface WorkflowJob {
  id: string;
  name?: string;
  environment?: string;
  secrets: string[];
  vars: string[];
  /** Actions it uses (`owner/repo@ref`), for release checks. */
  uses: string[];
  /** Alert channels of its launchgate uptime steps (`slack-webhook`, `webhook`, `alert-issue`), by input name. */
  uptimeAlerts: string[];
}

export interface WorkflowInfo {
  file: string;
  name?: string;
  events: string[];
  /** `cron` lines of a schedule trigger. */
  schedules: string[];
  jobs: WorkflowJob[];
  /** A file that could not be parsed: what was wrong, and nothing else is read from it. */
  error?: string;
}

export type WorkflowRole = 'deploy' | 'rollback';

/** The largest workflow file read; a bigger one is reported as unreadable rather than parsed. */
const MAX_BYTES = 1024 * 1024;
const REFERENCE = /\$\{\{\s*(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g;

/** The secret and variable names `${{ secrets.X }}` / `${{ vars.X }}` in any string under a YAML value. */
function references(value: unknown, into: { secrets: Set<string>; vars: Set<string> }): void {
  const strings: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object')
      for (const [k, inner] of Object.entries(v)) {
        strings.push(k);
        stack.push(inner);
      }
  }
  for (const s of strings)
    for (const m of s.matchAll(REFERENCE)) (m[1] === 'secrets' ? into.secrets : into.vars).add(m[2]);
}

function usesOf(job: any): string[] {
  const out: string[] = [];
  if (typeof job?.uses === 'string') out.push(job.uses);
  for (const step of Array.isArray(job?.steps) ? job.steps : [])
    if (typeof step?.uses === 'string') out.push(step.uses);
  return out;
}

/** The alert inputs set on the job's launchgate uptime steps (…/actions/uptime@…). */
function uptimeAlertsOf(job: any): string[] {
  const out = new Set<string>();
  for (const step of Array.isArray(job?.steps) ? job.steps : []) {
    if (typeof step?.uses !== 'string' || !/\/actions\/uptime@/.test(step.uses)) continue;
    const given = step.with && typeof step.with === 'object' ? step.with : {};
    for (const input of ['slack-webhook', 'webhook', 'alert-issue'])
      if (given[input] !== undefined && String(given[input]) !== '' && String(given[input]) !== 'false') out.add(input);
  }
  return [...out].sort();
}

function eventsOf(on: unknown): { events: string[]; schedules: string[] } {
  if (typeof on === 'string') return { events: [on], schedules: [] };
  if (Array.isArray(on)) return { events: on.filter((e) => typeof e === 'string'), schedules: [] };
  if (on && typeof on === 'object') {
    const schedule = (on as any).schedule;
    const schedules = Array.isArray(schedule)
      ? schedule.map((s: any) => s?.cron).filter((c: unknown): c is string => typeof c === 'string')
      : [];
    return { events: Object.keys(on), schedules };
  }
  return { events: [], schedules: [] };
}

/** Parses one workflow file's text; a file that is not a workflow gets `error`. */
export function parseWorkflow(file: string, text: string): WorkflowInfo {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length)
    return { file, events: [], schedules: [], jobs: [], error: doc.errors[0].message.split('\n')[0] };
  let root: any;
  try {
    // Aliases are expanded at most 100 times: a file built to blow up is unreadable, not expanded.
    root = doc.toJS({ maxAliasCount: 100 });
  } catch (err: any) {
    return { file, events: [], schedules: [], jobs: [], error: String(err?.message ?? err) };
  }
  if (!root || typeof root !== 'object' || typeof root.jobs !== 'object' || root.jobs === null)
    return { file, events: [], schedules: [], jobs: [], error: 'no jobs: mapping' };
  // `on` is read as the boolean true by YAML 1.1 readers; the yaml package (YAML 1.2) keeps the key "on".
  const { events, schedules } = eventsOf(root.on ?? root.true);
  const workflowRefs = { secrets: new Set<string>(), vars: new Set<string>() };
  references(root.env, workflowRefs);
  const jobs: WorkflowJob[] = Object.entries<any>(root.jobs).map(([id, job]) => {
    const refs = { secrets: new Set(workflowRefs.secrets), vars: new Set(workflowRefs.vars) };
    references(job, refs);
    const env = job?.environment;
    const environment = typeof env === 'string' ? env : typeof env?.name === 'string' ? env.name : undefined;
    return {
      id,
      name: typeof job?.name === 'string' ? job.name : undefined,
      environment,
      secrets: [...refs.secrets].sort(),
      vars: [...refs.vars].sort(),
      uses: usesOf(job),
      uptimeAlerts: uptimeAlertsOf(job),
    };
  });
  return { file, name: typeof root.name === 'string' ? root.name : undefined, events, schedules, jobs };
}

/** Every workflow under `.github/workflows` of `repoDir`, sorted by file name. */
export function readWorkflows(repoDir: string): { workflows: WorkflowInfo[]; error?: string } {
  const dir = path.join(repoDir, '.github', 'workflows');
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort();
  } catch (err: any) {
    return { workflows: [], error: err?.code === 'ENOENT' ? 'no .github/workflows folder' : String(err?.code ?? err) };
  }
  const workflows = names.map((n) => {
    const file = `.github/workflows/${n}`;
    try {
      const full = path.join(dir, n);
      if (!statSync(full).isFile()) return { file, events: [], schedules: [], jobs: [], error: 'not a file' };
      if (statSync(full).size > MAX_BYTES)
        return { file, events: [], schedules: [], jobs: [], error: `larger than ${MAX_BYTES} bytes` };
      return parseWorkflow(file, readFileSync(full, 'utf8'));
    } catch (err: any) {
      return { file, events: [], schedules: [], jobs: [], error: String(err?.code ?? err?.message ?? err) };
    }
  });
  return { workflows };
}

const DEPLOY = /\b(deploy|deployment|release|publish|ship)\b/i;
const ROLLBACK = /\b(rollback|roll[\s_-]back|revert|undeploy)\b/i;

/** Whether a job deploys or rolls back, by its id, name, workflow name or file name (words split on - and _). */
export function jobRole(workflow: WorkflowInfo, job: WorkflowJob): WorkflowRole | undefined {
  const words = [job.id, job.name, workflow.name, path.basename(workflow.file).replace(/\.ya?ml$/i, '')]
    .filter(Boolean)
    .join(' ')
    .replace(/[-_]/g, ' ');
  if (ROLLBACK.test(words)) return 'rollback';
  if (DEPLOY.test(words) || job.environment) return 'deploy';
  return undefined;
}
