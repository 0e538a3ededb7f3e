// One slice of a history scan, the part a worker thread runs (history-worker.ts), or the main thread when no
// worker can be started (unit tests run from source).
import { loadGitleaksConfig } from './config.js';
import { emptyStats, type ScanStats } from './git-patches.js';
import { addedFragments, inLogOrder } from './history-read.js';
import { defaultRuleSet } from './rules.js';
import { Scanner, type SecretHit } from './scanner.js';

/** What a worker needs to build the main thread's rules: compiled rules cannot cross threads, their source can. */
export interface WorkerSetup {
  cwd: string;
  /** The gitleaks-format config in force (absent: the default rule set). */
  configText?: string;
  /** The rule ids the main thread has, in order: a worker whose rules differ refuses to scan. */
  ruleIds: string[];
}

export interface SliceRequest {
  index: number;
  commits: string[];
}

export interface SliceResult {
  index: number;
  hits?: SecretHit[];
  stats?: ScanStats;
  /** Files with added lines in this slice (the pool counts distinct files over all slices). */
  files?: string[];
  error?: string;
}

export function scannerFor(setup: WorkerSetup): Scanner {
  const ruleSet =
    setup.configText === undefined ? defaultRuleSet() : loadGitleaksConfig(setup.configText, 'rules config');
  const ids = ruleSet.rules.map((r) => r.id);
  if (ids.join('\n') !== setup.ruleIds.join('\n'))
    throw new Error(
      `a history worker built ${ids.length} rules where the scan has ${setup.ruleIds.length}: refusing to scan with other rules`,
    );
  return new Scanner(ruleSet);
}

/** Reads exactly the slice's commits and scans each fragment as it comes (a stand-in text when the rules take one). */
export async function scanSlice(cwd: string, request: SliceRequest, scanner: Scanner): Promise<SliceResult> {
  const stats = emptyStats();
  const files = new Set<string>();
  const hits: SecretHit[] = [];
  const commitOrder = new Map<string, number>();
  for await (const fragment of addedFragments(cwd, [], stats, {
    commits: request.commits,
    seenFiles: files,
    commitOrder,
    standIns: scanner.takesStandIns,
  }))
    for (const hit of scanner.scan(fragment)) hits.push(hit);
  return { index: request.index, hits: inLogOrder(hits, commitOrder), stats, files: [...files] };
}
