import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { GitHubApi } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Probe } from './state.js';

/** One check result, one JSON line of `uptime-YYYY-MM.jsonl` on the data branch. */
export interface HistoryRecord {
  /** ISO time of the probe. */
  t: string;
  check: string;
  status: 'ok' | 'slow' | 'fail';
  /** Response time in whole milliseconds; absent when nothing answered. */
  ms?: number;
  error?: string;
}

const recordSchema = z
  .object({
    t: z.string().refine((s) => !Number.isNaN(Date.parse(s))),
    check: z.string().min(1).max(500),
    status: z.enum(['ok', 'slow', 'fail']),
    ms: z.number().nonnegative().optional(),
    error: z.string().optional(),
  })
  .passthrough();

export function toRecord(check: string, probe: Probe, slowMs: number): HistoryRecord {
  const rec: HistoryRecord = {
    t: new Date(probe.at).toISOString(),
    check,
    status: !probe.ok ? 'fail' : slowMs > 0 && (probe.ms ?? 0) > slowMs ? 'slow' : 'ok',
  };
  if (probe.ms !== undefined) rec.ms = Math.round(probe.ms);
  if (probe.error) rec.error = probe.error.slice(0, 300);
  return rec;
}

export function toProbe(rec: HistoryRecord): Probe {
  return { at: Date.parse(rec.t), ok: rec.status !== 'fail', ms: rec.ms, error: rec.error };
}

export interface ParsedHistory {
  records: HistoryRecord[];
  /** Lines that are not a valid record, 1-based, with the file they came from: skipped and reported. */
  corrupt: { file: string; line: number }[];
}

/** Parses JSON lines; a line that is not a record is skipped and counted, never a crash. */
export function parseHistory(text: string, file: string): ParsedHistory {
  const out: ParsedHistory = { records: [], corrupt: [] };
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      out.corrupt.push({ file, line: i + 1 });
      continue;
    }
    const parsed = recordSchema.safeParse(value);
    if (parsed.success) out.records.push(parsed.data as HistoryRecord);
    else out.corrupt.push({ file, line: i + 1 });
  }
  return out;
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
  const all: ParsedHistory = { records: [], corrupt: [] };
  for (const file of files) {
    const p = parseHistory(readFileSync(file, 'utf8'), path.basename(file));
    all.records.push(...p.records);
    all.corrupt.push(...p.corrupt);
  }
  all.records.sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
  return { ...all, files };
}

export const monthFile = (ms: number) => `uptime-${new Date(ms).toISOString().slice(0, 7)}.jsonl`;

const BRANCH = /^[A-Za-z0-9._-]{1,100}$/;

export function checkBranchName(branch: string): void {
  if (!BRANCH.test(branch) || branch.startsWith('.') || branch.includes('..'))
    throw new UserError(
      `Input 'history-branch' got ${JSON.stringify(branch)}; accepted: a branch name of letters, digits, '.', '_' and '-'.`,
    );
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

  /** The file's text and blob sha, or undefined when it does not exist yet. */
  async read(file: string): Promise<{ text: string; sha: string } | undefined> {
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
      return { text: Buffer.from(base64 ?? '', 'base64').toString('utf8'), sha: data.sha };
    });
  }

  /**
   * Appends records to the month files they belong to. The existing bytes are kept as they are (a corrupt line
   * included: it is reported, never dropped); returns the corrupt lines met.
   */
  async append(records: HistoryRecord[], message: string): Promise<ParsedHistory['corrupt']> {
    const byFile = new Map<string, HistoryRecord[]>();
    for (const r of records) {
      const file = monthFile(Date.parse(r.t));
      byFile.set(file, [...(byFile.get(file) ?? []), r]);
    }
    const corrupt: ParsedHistory['corrupt'] = [];
    for (const [file, recs] of byFile) {
      const lines = recs.map((r) => JSON.stringify(r) + '\n').join('');
      for (let attempt = 1; ; attempt++) {
        const current = await this.read(file);
        const before = current?.text ?? '';
        if (attempt === 1) corrupt.push(...parseHistory(before, file).corrupt);
        const text = before + (before && !before.endsWith('\n') ? '\n' : '') + lines;
        try {
          await this.gh.request('PUT /repos/{owner}/{repo}/contents/{path}', {
            path: file,
            branch: this.opts.branch,
            message,
            content: Buffer.from(text, 'utf8').toString('base64'),
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
          await this.sleep(Math.min(8000, 250 * 2 ** attempt) * Math.random());
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
            content: '# launchgate data\n\nUptime history written by launchgate: one JSON-lines file per month.\n',
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

  private async retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const status = statusOf(err);
        if (status === undefined || status < 500 || attempt >= this.attempts)
          throw new Error(`${what} on branch ${this.opts.branch} failed: ${errorMessage(err)}`);
        this.opts.log?.(`${what}: HTTP ${status}; trying again (attempt ${attempt + 1}/${this.attempts})`);
        await this.sleep(Math.min(8000, 250 * 2 ** attempt) * Math.random());
      }
    }
  }
}
