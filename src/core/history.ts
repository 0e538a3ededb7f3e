/**
 * The launch history on a data branch: one JSON line per record, one file per month, shared by the uptime gate
 * (each check result), the latency gate (each route's p95 against its budget) and the smoke gate (each deploy's
 * verdict). The store and the record schema live here, on the ground floor, so that the three gates write the
 * same file without one gate importing another.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CheckContext, GitHubApi, Logger } from './check.js';
import type { CheckResult, Finding } from './finding.js';
import { UserError, errorMessage } from './errors.js';
import { groupBy } from './group-by.js';
import { bool, type InputSpec } from './inputs.js';
import type { SecretRegistry } from './secrets.js';

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time');

/** The longest check or route name a record keeps (the schemas' bound on what a hostile file may hold). */
export const HISTORY_NAME_MAX = 500;

/**
 * A check's or route's name as its records hold it: cut to HISTORY_NAME_MAX (a routes file or URL may give a
 * longer one), so that what a gate writes is a record it and the status page can read back. Gates compare names
 * through this too, so a long name's records still match it.
 */
export const historyName = (name: string): string => {
  if (name.length <= HISTORY_NAME_MAX) return name;
  const cut = name.slice(0, HISTORY_NAME_MAX);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
};
const verdict = z.enum(['pass', 'fail']);

/**
 * One check result of the uptime gate. Records written before kinds existed have no `kind`: they are uptime
 * records, and still parse.
 */
const uptimeSchema = z.object({
  t: isoTime,
  kind: z.literal('uptime').optional(),
  check: z.string().min(1).max(HISTORY_NAME_MAX),
  status: z.enum(['ok', 'slow', 'fail']),
  /** Response time in whole milliseconds; absent when nothing answered. */
  ms: z.number().nonnegative().optional(),
  error: z.string().optional(),
});

/** One route of one latency run: its p95 against its budget. */
const latencySchema = z.object({
  t: isoTime,
  kind: z.literal('latency'),
  route: z.string().min(1).max(HISTORY_NAME_MAX),
  /** Absent when the route could not be measured (then the verdict is fail). */
  p95Ms: z.number().nonnegative().optional(),
  budgetMs: z.number().positive(),
  verdict,
});

/** A link the status page may show: only http(s), never javascript: or data:, and nothing that ends an attribute. */
export const isHttpLink = (s: string): boolean => /^https?:\/\/[^\s"'<>]+$/.test(s);

/** A run URL is a link on the status page. */
const httpUrl = z.string().max(2000).refine(isHttpLink, 'an http(s) URL');

/** One post-deploy smoke run: what was deployed and whether its flows passed. */
const deploySchema = z.object({
  t: isoTime,
  kind: z.literal('deploy'),
  sha: z
    .string()
    .regex(/^[0-9a-f]{7,64}$/i)
    .optional(),
  ref: z.string().max(300).optional(),
  verdict,
  /** Flows and quick checks that failed. */
  failed: z.number().int().nonnegative(),
  runUrl: httpUrl.optional(),
});

/** A field unknown to this version is dropped when read (the file keeps it): the types are the schemas'. */
export type UptimeRecord = z.infer<typeof uptimeSchema>;
export type LatencyRecord = z.infer<typeof latencySchema>;
export type DeployRecord = z.infer<typeof deploySchema>;
export type HistoryRecord = UptimeRecord | LatencyRecord | DeployRecord;

const SCHEMAS: Record<string, z.ZodType<HistoryRecord>> = {
  uptime: uptimeSchema,
  latency: latencySchema,
  deploy: deploySchema,
};

export const isUptime = (r: HistoryRecord): r is UptimeRecord => r.kind === undefined || r.kind === 'uptime';
export const isLatency = (r: HistoryRecord): r is LatencyRecord => r.kind === 'latency';
export const isDeploy = (r: HistoryRecord): r is DeployRecord => r.kind === 'deploy';

export interface ParsedHistory {
  records: HistoryRecord[];
  /** Lines that are not a valid record, 1-based, with the file they came from: skipped and reported. */
  corrupt: { file: string; line: number }[];
  /** Records of a kind this version does not know (written by a newer one): skipped and counted, by kind. */
  unknownKinds: Map<string, number>;
}

/** Parses JSON lines; a line that is not a valid record is skipped and counted, never a crash. */
export function parseHistory(text: string, file: string): ParsedHistory {
  const out: ParsedHistory = { records: [], corrupt: [], unknownKinds: new Map() };
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      out.corrupt.push({ file, line: i + 1 });
      continue;
    }
    const kind = (value as { kind?: unknown } | null)?.kind ?? 'uptime';
    if (typeof kind !== 'string' || kind.length > 40) {
      out.corrupt.push({ file, line: i + 1 });
      continue;
    }
    const schema = Object.hasOwn(SCHEMAS, kind) ? SCHEMAS[kind] : undefined;
    if (!schema) {
      out.unknownKinds.set(kind, (out.unknownKinds.get(kind) ?? 0) + 1);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) out.records.push(parsed.data);
    else out.corrupt.push({ file, line: i + 1 });
  }
  return out;
}

/** Adds `more` into `into` (records, corrupt lines and unknown kinds). */
export function mergeParsed(into: ParsedHistory, more: ParsedHistory): void {
  into.records.push(...more.records);
  into.corrupt.push(...more.corrupt);
  for (const [kind, n] of more.unknownKinds) into.unknownKinds.set(kind, (into.unknownKinds.get(kind) ?? 0) + n);
}

/** How many unknown kinds are named in a log line; a file may hold any number of them. */
const KINDS_SHOWN = 10;

/** "3 × probe-v2" for unknown kinds, or '' when there are none; past ten kinds, how many more. */
export function unknownKindsText(unknown: Map<string, number>): string {
  const all = [...unknown];
  const shown = all.slice(0, KINDS_SHOWN).map(([kind, n]) => `${n} × ${JSON.stringify(kind)}`);
  if (all.length > KINDS_SHOWN) shown.push(`${all.length - KINDS_SHOWN} more kind(s)`);
  return shown.join(', ');
}

/**
 * Why a record this version is about to write would not read back as valid (its kind's schema), or undefined.
 * A write never adds a line that every later read would report as corrupt.
 */
function invalidRecord(record: HistoryRecord): string | undefined {
  const kind = record.kind ?? 'uptime';
  const result = SCHEMAS[kind].safeParse(record);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return `a ${kind} record is not valid (${issue.path.join('.') || 'record'}: ${issue.message})`;
}

/** Records of a local file, or of every `*.jsonl` in a folder (the data branch checked out, say), in time order. */
export function readHistoryPath(target: string): ParsedHistory & { files: string[] } {
  if (!existsSync(target))
    throw new UserError(
      `--history got ${JSON.stringify(target)}: no such file or folder; accepted: a .jsonl file or a folder of them.`,
    );
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  const all: ParsedHistory = { records: [], corrupt: [], unknownKinds: new Map() };
  for (const file of files) mergeParsed(all, parseHistory(readFileSync(file, 'utf8'), path.basename(file)));
  all.records.sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
  return { ...all, files };
}

/** The month file a record belongs to. The name predates latency and deploy records; it stays for old readers. */
export const monthFile = (ms: number) => `uptime-${new Date(ms).toISOString().slice(0, 7)}.jsonl`;

const BRANCH = /^[A-Za-z0-9._-]{1,100}$/;
const BRANCH_ACCEPTED = "a branch name of letters, digits, '.', '_' and '-' (not starting with '.', no '..')";
const isBranchName = (b: string) => BRANCH.test(b) && !b.startsWith('.') && !b.includes('..');

export function checkBranchName(branch: string): void {
  if (!isBranchName(branch))
    throw new UserError(`Input 'history-branch' got ${JSON.stringify(branch)}; accepted: ${BRANCH_ACCEPTED}.`);
}

export const DEFAULT_HISTORY_BRANCH = 'launchgate-data';

/**
 * The inputs of every gate that writes history, with the same names and validation: `history` (what it appends
 * is the gate's own words) and `history-branch`. The token is the common `github-token`.
 */
export function historyInputs(appends: string) {
  const branch: InputSpec<string> = {
    description: 'Branch that keeps the history (created as an orphan branch when missing).',
    default: DEFAULT_HISTORY_BRANCH,
    accepted: BRANCH_ACCEPTED,
    schema: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim() : v),
      z.string().refine((v) => isBranchName(v)),
    ),
  };
  return {
    history: bool(
      `Append ${appends} to uptime-YYYY-MM.jsonl on the history branch through the GitHub API (needs contents: write).`,
      'false',
    ),
    'history-branch': branch,
  };
}

/** The store when `history` is on; a clear error when the GitHub API is not there to write it. */
export function openHistory(
  ctx: Pick<CheckContext, 'github' | 'log' | 'secrets'>,
  on: boolean | undefined,
  branch: string,
): HistoryStore | undefined {
  if (!on) return undefined;
  if (!ctx.github)
    throw new UserError(
      `Input 'history' needs the GitHub API: give 'github-token' (the default \${{ github.token }}) and run in a repository.`,
    );
  return new HistoryStore(ctx.github, { branch, log: (m) => ctx.log.info(m), secrets: ctx.secrets });
}

/** The link to this workflow run, when the runner's variables give it. */
export function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return undefined;
  const u = `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  return httpUrl.safeParse(u).success ? u : undefined;
}

const statusOf = (err: unknown): number | undefined => {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
};

export interface StoreOptions {
  branch: string;
  /** Attempts per file on a conflict or a 5xx (default 6). */
  attempts?: number;
  /** Waits between attempts; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
  /**
   * Masks every string of every record before it is written. The API client redacts the request's parameters,
   * but the file goes as base64, where a secret would pass unseen.
   */
  secrets?: Pick<SecretRegistry, 'redactDeep'>;
}

/**
 * The history on the data branch, through the GitHub API, without a checkout: the contents API with the file's
 * blob sha, so a write based on a stale read is refused (409/422) and redone from a fresh read, and a result is
 * never lost to another run committing at the same time.
 */
export class HistoryStore {
  private branchKnown = false;
  private readonly attempts: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly gh: GitHubApi,
    private readonly opts: StoreOptions,
  ) {
    checkBranchName(opts.branch);
    this.attempts = opts.attempts ?? 6;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  get branch(): string {
    return this.opts.branch;
  }

  /**
   * The file's text, its bytes as stored and its blob sha, or undefined when it does not exist yet. Appending
   * goes on from the bytes: a line that is not valid UTF-8 stays as it was, not turned into U+FFFD.
   */
  async read(file: string): Promise<{ text: string; bytes: Buffer; sha: string } | undefined> {
    return this.retrying(`read ${file}`, async () => {
      await this.ensureBranch();
      let res;
      try {
        res = await this.gh.request('GET /repos/{owner}/{repo}/contents/{path}', { path: file, ref: this.opts.branch });
      } catch (err) {
        if (statusOf(err) === 404) return undefined;
        throw err;
      }
      const data = res.data as { sha: string; content?: string; encoding?: string };
      // Over 1 MB the contents API leaves the content out; the blob API serves files up to 100 MB.
      let base64 = data.encoding === 'base64' ? data.content : undefined;
      if (!base64) {
        const blob = await this.gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { file_sha: data.sha });
        base64 = (blob.data as { content: string }).content;
      }
      const bytes = Buffer.from(base64 ?? '', 'base64');
      return { text: bytes.toString('utf8'), bytes, sha: data.sha };
    });
  }

  /**
   * Appends records to the month files they belong to. The existing bytes are kept as they are (a corrupt line
   * or a record of an unknown kind included: reported, never dropped); returns the corrupt lines met.
   */
  async append(records: HistoryRecord[], message: string): Promise<ParsedHistory['corrupt']> {
    const masked = this.opts.secrets ? this.opts.secrets.redactDeep(records) : records;
    for (const r of masked) {
      const invalid = invalidRecord(r);
      if (invalid) throw new Error(`not written: ${invalid}`);
    }
    const byFile = groupBy(masked, (r) => monthFile(Date.parse(r.t)));
    const corrupt: ParsedHistory['corrupt'] = [];
    for (const [file, recs] of byFile) {
      const lines = recs.map((r) => JSON.stringify(r) + '\n').join('');
      for (let attempt = 1; ; attempt++) {
        const current = await this.read(file);
        const before = current?.bytes ?? Buffer.alloc(0);
        if (attempt === 1 && current) corrupt.push(...parseHistory(current.text, file).corrupt);
        const newline = before.length && before[before.length - 1] !== 0x0a ? '\n' : '';
        const content = Buffer.concat([before, Buffer.from(newline + lines, 'utf8')]);
        try {
          await this.gh.request('PUT /repos/{owner}/{repo}/contents/{path}', {
            path: file,
            branch: this.opts.branch,
            message,
            content: content.toString('base64'),
            ...(current ? { sha: current.sha } : {}),
          });
          break;
        } catch (err) {
          const status = statusOf(err);
          const retriable = status === 409 || status === 422 || (status !== undefined && status >= 500);
          if (!retriable || attempt >= this.attempts)
            throw new Error(`writing ${file} on branch ${this.opts.branch} failed: ${errorMessage(err)}`);
          this.opts.log?.(
            `writing ${file}: HTTP ${status}; reading it again (attempt ${attempt + 1}/${this.attempts})`,
          );
          await this.backoff(attempt);
        }
      }
    }
    return corrupt;
  }

  /** Creates the data branch as an orphan (its own history, nothing of the code) the first time. */
  private async ensureBranch(): Promise<void> {
    if (this.branchKnown) return;
    try {
      await this.gh.request('GET /repos/{owner}/{repo}/branches/{branch}', { branch: this.opts.branch });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
      const tree = await this.gh.request('POST /repos/{owner}/{repo}/git/trees', {
        tree: [
          {
            path: 'README.md',
            mode: '100644',
            type: 'blob',
            content:
              '# launchgate data\n\nUptime checks, latency p95 per route and deploy verdicts written by launchgate: one JSON-lines file per month.\n',
          },
        ],
      });
      const commit = await this.gh.request('POST /repos/{owner}/{repo}/git/commits', {
        message: 'launchgate: start the data branch',
        tree: tree.data.sha,
        parents: [],
      });
      try {
        await this.gh.request('POST /repos/{owner}/{repo}/git/refs', {
          ref: `refs/heads/${this.opts.branch}`,
          sha: commit.data.sha,
        });
      } catch (e) {
        // Another run created it in the meantime: use theirs.
        if (statusOf(e) !== 422) throw e;
      }
    }
    this.branchKnown = true;
  }

  /** A random wait that grows with the attempt (at most 8 s), so runs that collided do not collide again. */
  private backoff(attempt: number): Promise<void> {
    return this.sleep(Math.min(8000, 250 * 2 ** attempt) * Math.random());
  }

  private async retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const status = statusOf(err);
        if (status === undefined || status < 500 || attempt >= this.attempts)
          throw new Error(`${what} on branch ${this.opts.branch} failed: ${errorMessage(err)}`);
        this.opts.log?.(`${what}: HTTP ${status}; trying again (attempt ${attempt + 1}/${this.attempts})`);
        await this.backoff(attempt);
      }
    }
  }
}

/**
 * Appends a gate's records after its run and returns its result with them in `metrics.history`. A failed write is
 * the gate's own named error finding (from `failed`), added beside its findings: the run fails, and the message
 * says what the verdict was without it, so the write failure never hides the gate's own result.
 */
export async function addToHistory(
  result: CheckResult,
  store: HistoryStore,
  records: HistoryRecord[],
  opts: { message: string; log: Logger; failed: (title: string, message: string) => Finding },
): Promise<CheckResult> {
  const own = result.findings.filter((f) => f.severity === 'error').length;
  const history = { branch: store.branch, written: false, records };
  try {
    await store.append(records, opts.message);
    history.written = true;
    opts.log.info(`history: ${records.length} record(s) appended to branch ${store.branch}`);
    return { ...result, metrics: { ...result.metrics, history } };
  } catch (err) {
    const finding = opts.failed(
      'History not written',
      `${records.length} record(s) could not be appended to branch ${store.branch}: ${errorMessage(err)}. ` +
        `Apart from this error the run ${own ? `has ${own} error finding(s) of its own` : 'found no error'}; ` +
        `the records are in this report's metrics.history.`,
    );
    return { ...result, findings: [...result.findings, finding], metrics: { ...result.metrics, history } };
  }
}
