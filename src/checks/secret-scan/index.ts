import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import { buildReport, type Finding } from '../../core/finding.js';
import { bool, choice, list, text, type InputValues } from '../../core/inputs.js';
import { code, escapeText, table } from '../../core/markdown.js';
import { toSarif } from '../../core/sarif.js';
import { isDistinctive, MASK, redactMatch } from '../../core/secrets.js';
import { emptyStats, type ScanStats } from './git-patches.js';
import { countAdded } from './history-read.js';
import { CHUNK_BYTES } from './text-chunks.js';
import { withFailureSarif, writeSarifFile } from './failure-sarif.js';
import { findGitleaks, runGitleaks } from './gitleaks-engine.js';
import {
  historyThreads,
  readerThread,
  scanHistoryRange,
  startHistoryThreads,
  type HistoryThreads,
} from './history-pool.js';
import { closeUnusedReaderThread, startReaderThread } from './reader-thread.js';
import { isIgnored } from './ignore-file.js';
import { countCommits, ensureFullHistory, resolveRange, type ScanRange } from './range.js';
import { loadScanConfig, type ScanConfig } from './scan-config.js';
import { Scanner, type SecretHit } from './scanner.js';
import { treeFragments, type TreeWalk } from './tree.js';
import { scanTreeFiles } from './tree-parallel.js';
import { starter } from './starter.js';
import { secretRulesTable } from './rule-table.js';

type Hit = SecretHit & { url?: string };

/** What one way of scanning (deployed pages, working tree, git range) read and found. */
interface ScanOutcome {
  hits: Hit[];
  scope: string;
  engineLabel: string;
  /** Parts of the scope that could not be read: each becomes a could-not-check error. */
  problems: string[];
  /** Extra lines for the "Scanned" summary. */
  remarks: string[];
}

const INPUTS = {
  mode: choice(
    'What to scan: auto (PR commits, pushed commits, or full history on schedule), diff (base..head), history, or tree (working files only).',
    'auto',
    ['auto', 'diff', 'history', 'tree'] as const,
  ),
  base: text('Base ref or SHA for mode diff.'),
  head: text('Head ref or SHA for mode diff.', 'HEAD'),
  engine: choice(
    'Scanner: builtin (TypeScript rules plus a gitleaks-format config) or gitleaks (the gitleaks/betterleaks binary).',
    'builtin',
    ['builtin', 'gitleaks'] as const,
  ),
  'rules-config': text('gitleaks-format TOML rules file; .gitleaks.toml is used when present.'),
  'trust-pr-config': bool(
    "On pull requests, use the pull request's own .gitleaks.toml and .gitleaksignore. Off: they are read from the base commit, so a pull request cannot silence its own scan.",
    'false',
  ),
  'gitleaks-version': text('gitleaks release to download when engine is gitleaks and none is on PATH.', '8.28.0'),
  'gitleaks-sha256': text(
    'SHA-256 of the gitleaks release archive for this platform, to pin a gitleaks-version launchgate does not pin itself.',
  ),
  paths: list(
    'Folders or files a tree scan is limited to (e.g. the build output dist/), relative to the working directory or absolute, one per line.',
  ),
  urls: list('Deployed pages whose same-origin scripts and source maps are scanned, one per line.'),
  verify: bool(
    "Check each key found against its provider's read-only identity endpoint (GitHub, GitLab, Slack, Stripe, AWS STS, OpenAI, Anthropic, SendGrid, npm) and mark it live, revoked or unknown; a live key fails with an annotation starting LIVE. Each key is sent to its own provider's API host only, over HTTPS.",
    'false',
  ),
  'verify-fails-only-live': bool(
    'With verify: fail on live keys only; revoked and unverified findings become warnings.',
    'false',
  ),
  sarif: text(
    'Where to write the SARIF 2.1.0 file for github/codeql-action/upload-sarif (empty: a private temporary folder; the sarif output names it).',
  ),
};

const definition = defineCheck({
  name: 'secret-scan',
  section: 'secrets',
  impact: {
    default: 'data',
    reach: 'everyone',
    fix: 'Revoke the key at its provider, issue a new one into the secrets store, then remove it from the code.',
  },
  starter,
  readmeTables: { 'rules:secret-scan': secretRulesTable },
  title: 'launchgate secret scan',
  description:
    'Fails when a commit, the working tree or a deployed bundle carries a key or token; never prints the secret.',
  branding: { icon: 'lock', color: 'red' },
  inputs: INPUTS,
  outputs: {
    findings: { description: 'Number of secrets found.' },
    sarif: { description: 'Path of the SARIF file.' },
  },
  async run(inputs, ctx) {
    const started = performance.now();
    const sha = inputs['gitleaks-sha256'].trim().toLowerCase();
    if (sha && !/^[0-9a-f]{64}$/.test(sha))
      throw new UserError(`Input 'gitleaks-sha256': ${JSON.stringify(sha)} is not a SHA-256 (64 hex digits).`);
    // History threads start loading now, beside the rules' set-up; the history scan takes them (history-pool.ts).
    const readsHistory = !inputs.urls.length && inputs.mode !== 'tree' && inputs.engine === 'builtin';
    let threadCount = 1;
    let threads: HistoryThreads | undefined;
    try {
      threadCount = readsHistory ? historyThreads(ctx.env) : 1;
      threads = readsHistory
        ? startHistoryThreads(threadCount, undefined, readerThread(ctx.env) ? startReaderThread : () => undefined)
        : undefined;
    } finally {
      // A reader thread the action started before this check loaded (prestart.ts) that these inputs do not use.
      closeUnusedReaderThread();
    }
    try {
      return await scan(inputs, ctx, { started, sha, threadCount, threads });
    } finally {
      threads?.close();
    }
  },
});

/** The check itself, once its threads are started (and closed, whatever happens, by the caller). */
async function scan(
  inputs: Inputs,
  ctx: CheckContext,
  {
    started,
    sha,
    threadCount,
    threads,
  }: { started: number; sha: string; threadCount: number; threads?: HistoryThreads },
) {
  // The range first: the reader thread reads the history (from as soon as the range is known) while the rules are
  // built, and while git counts the range's commits.
  const history =
    !inputs.urls.length && inputs.mode !== 'tree'
      ? await historyRange(ctx, inputs, (range, gitDir) =>
          threads?.reader?.begin({ cwd: ctx.cwd, revs: range.revs, gitDir }),
        )
      : undefined;
  const [config, counted] = await Promise.all([loadScanConfig(ctx, inputs), history?.counted]);
  const scanner = new Scanner(config.ruleSet);
  const stats = emptyStats();
  const gitleaks = () => findGitleaks(ctx, inputs['gitleaks-version'], sha);
  const builtinLabel = `builtin (${config.ruleSet.rules.length} rules from ${config.ruleSet.source})`;

  const outcome =
    inputs.urls.length > 0
      ? await scanUrls(inputs.urls, scanner, stats, builtinLabel)
      : inputs.mode === 'tree'
        ? await scanTree(ctx, inputs, config, scanner, stats, builtinLabel, gitleaks)
        : await scanHistory(ctx, counted!, inputs, config, scanner, stats, builtinLabel, gitleaks, {
            threadCount,
            threads,
          });

  const found = toFindings(ctx, outcome.hits, config.ignores);
  const { rows, ignoredByFile, silencedByPath } = found;
  let findings = found.findings;
  // Verification (HTTP clients and all) loads only when asked for: most runs never pay for it.
  const verify = inputs.verify ? await import('./verify/index.js') : undefined;
  const verification = verify
    ? await verify.verifyFindings(findings, {
        secretOf: (f) => found.secretOf.get(f),
        baseUrls: verify.baseUrlsFromEnv(ctx.env),
        log: ctx.log,
      })
    : undefined;
  if (verify && verification)
    findings = verify.applyVerification(findings, verification, {
      failsOnlyLive: inputs['verify-fails-only-live'] === true,
    });
  findings.push(...config.findings);
  for (const notice of config.ruleSet.notices ?? [])
    findings.push({ ruleId: 'rule-set', severity: 'notice', title: 'Rule set', message: notice });
  for (const problem of outcome.problems)
    findings.push({ ruleId: 'could-not-check', severity: 'error', title: 'Could not check', message: problem });

  const scanned = scannedLine(outcome, stats, ignoredByFile, silencedByPath);
  ctx.log.info(scanned);
  const sections = [{ title: 'Scanned', markdown: escapeText(ctx.secrets.redact(scanned)) }];
  if (rows.length)
    sections.push({
      title: 'Secrets found',
      markdown: table(['Rule', 'Location', 'Commit', 'Author', 'Date', 'Match (redacted)', 'Fingerprint'], rows),
    });
  if (verify && verification) sections.push(verify.verificationSection(verification));
  const sarifPath = writeSarif(
    ctx,
    inputs.sarif || path.join(ctx.tempDir, 'launchgate-secrets.sarif'),
    findings,
    started,
  );
  return {
    findings,
    metrics: {
      scope: outcome.scope,
      engine: outcome.engineLabel,
      commits: stats.commits,
      files: stats.files,
      bytes: stats.bytes,
      binarySkipped: stats.binaryFiles.length,
      chunked: stats.chunked,
      ignored: ignoredByFile + silencedByPath,
      mbPerSecond: stats.bytes / 1e6 / Math.max(0.001, (performance.now() - started) / 1000),
      ...(verify && verification ? { verification: verify.verificationMetrics(verification) } : {}),
    },
    sections,
    outputs: {
      findings: String(findings.filter((f) => f.severity === 'error' && f.ruleId !== 'could-not-check').length),
      sarif: sarifPath,
    },
  };
}

// When the scan throws, a named SARIF file still says why (failure-sarif.ts), so the upload step does not fail too.
export const secretScan = withFailureSarif(definition, (inputs) => inputs.sarif);

type Inputs = InputValues<typeof INPUTS>;
type FindGitleaks = () => Promise<{ bin: string; source: string }>;

/** Deployed pages, their same-origin scripts and source maps. */
async function scanUrls(urls: string[], scanner: Scanner, stats: ScanStats, engineLabel: string): Promise<ScanOutcome> {
  let bundle;
  try {
    const { scanDeployedBundles } = await import('./bundles.js');
    bundle = await scanDeployedBundles(urls, scanner);
  } catch (err) {
    throw new UserError(`Input 'urls': ${errorMessage(err)}`);
  }
  stats.files += bundle.fetched.length;
  stats.bytes += bundle.bytes;
  if (bundle.fetched.length === 0) throw new Error(`none of the urls could be fetched: ${bundle.problems.join('; ')}`);
  return {
    hits: bundle.hits,
    scope: `deployed pages and their scripts (${bundle.fetched.length} fetched)`,
    engineLabel,
    problems: bundle.problems.map((p) => `could not check: ${p}`),
    remarks: [],
  };
}

/** The working tree, or the given paths in it. */
async function scanTree(
  ctx: CheckContext,
  inputs: Inputs,
  config: ScanConfig,
  scanner: Scanner,
  stats: ScanStats,
  builtinLabel: string,
  gitleaks: FindGitleaks,
): Promise<ScanOutcome> {
  for (const p of inputs.paths)
    if (!existsSync(path.resolve(ctx.cwd, p)))
      throw new UserError(`Input 'paths': ${p} does not exist (looked for ${path.resolve(ctx.cwd, p)}).`);
  const walk: TreeWalk = { symlinksSkipped: [] };
  const hits: Hit[] = [];
  let engineLabel = builtinLabel;
  if (inputs.engine === 'gitleaks') {
    const gl = await gitleaks();
    engineLabel = gl.source;
    hits.push(...(await runGitleaks(ctx, gl.bin, { paths: inputs.paths }, config.configText, config.ignores)));
    // gitleaks reports findings, not what it read: count the files and bytes ourselves for the "scanned" line.
    for (const _ of treeFragments(ctx.cwd, inputs.paths, stats, walk)) void _;
  } else {
    for (const hit of await scanTreeFiles(ctx.cwd, inputs.paths, stats, walk, scanner)) hits.push(hit);
  }
  if (inputs.paths.length > 0 && stats.files + stats.binaryFiles.length === 0)
    throw new UserError(
      `Input 'paths': ${inputs.paths.join(', ')} hold no file to scan (folders named .git and node_modules are skipped, ` +
        `symlinks out of the workspace are not followed). Nothing was checked, so nothing can pass.`,
    );
  const remarks = walk.symlinksSkipped.length ? [`symlinks not followed: ${listSome(walk.symlinksSkipped)}`] : [];
  return {
    hits: dedupe(hits),
    scope: inputs.paths.length ? `working tree: ${inputs.paths.join(', ')}` : 'working tree',
    engineLabel,
    problems: [],
    remarks,
  };
}

/**
 * The commits of the pull request, the push, a diff range or the whole history, and (`counted`, while the caller
 * goes on) how many git lists.
 */
async function historyRange(
  ctx: CheckContext,
  inputs: Inputs,
  resolved: (range: ScanRange, gitDir: string | undefined) => void,
) {
  const gitDir = await ensureFullHistory(ctx);
  const range = await resolveRange(ctx, inputs.mode as 'auto' | 'diff' | 'history', inputs.base, inputs.head);
  // git is started before the readers' are: two threads starting processes at once wait on each other.
  const counting = countCommits(ctx, range.revs);
  resolved(range, gitDir);
  const counted = counting.then((expected) => {
    if (expected === 0 && range.mustHaveCommits) {
      throw new Error(
        `${range.label} resolves to no commits (git rev-list ${range.revs.join(' ')}): nothing was scanned, so nothing can pass.` +
          (inputs.mode === 'diff' ? ' Is the range empty or reversed? base must be an ancestor of head.' : ''),
      );
    }
    return { range, expected };
  });
  // Awaited by the caller; until then, a failure is not an unhandled rejection.
  counted.catch(() => undefined);
  // In an object: an async function returning the promise itself would wait for it.
  return { counted };
}

/** What the commits of the range added. */
async function scanHistory(
  ctx: CheckContext,
  { range, expected }: { range: ScanRange; expected: number },
  inputs: Inputs,
  config: ScanConfig,
  scanner: Scanner,
  stats: ScanStats,
  builtinLabel: string,
  gitleaks: FindGitleaks,
  pool: { threadCount: number; threads?: HistoryThreads },
): Promise<ScanOutcome> {
  const hits: Hit[] = [];
  const remarks: string[] = [];
  let engineLabel = builtinLabel;
  if (inputs.engine === 'gitleaks') {
    const gl = await gitleaks();
    engineLabel = gl.source;
    hits.push(...(await runGitleaks(ctx, gl.bin, { revs: range.revs }, config.configText, config.ignores)));
    // gitleaks reports findings, not what it read: count commits, files and bytes ourselves (a second read, not
    // decoded).
    await countAdded(ctx.cwd, range.revs, stats);
  } else {
    const scanned = await scanHistoryRange({
      cwd: ctx.cwd,
      revs: range.revs,
      scanner,
      stats,
      threads: pool.threadCount,
      started: pool.threads,
      setup: { configText: config.configText, ruleIds: config.ruleSet.rules.map((r) => r.id) },
    });
    hits.push(...scanned.hits);
    if (scanned.threads > 1) remarks.push(`read and scanned by ${scanned.threads} threads`);
  }
  if (stats.commits < expected)
    throw new Error(
      `git listed ${expected} commits in ${range.label} but only ${stats.commits} were read: refusing to pass a partial scan.`,
    );
  return { hits: dedupe(hits), scope: range.label, engineLabel, problems: [], remarks };
}

/** Overlapping chunks of one large file can find the same secret twice. */
function dedupe(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.fingerprint}\u0000${h.column}\u0000${h.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every hit becomes an error finding, unless .gitleaksignore or a path allowlist silences it (then it is counted). */
function toFindings(ctx: CheckContext, hits: Hit[], ignores: Set<string>) {
  const findings: Finding[] = [];
  // The raw value of each finding, for live-key verification.
  const secretOf = new Map<Finding, string>();
  const rows: (string | number)[][] = [];
  let ignoredByFile = 0;
  let silencedByPath = 0;
  // Masked everywhere (and by the runner in the whole log) only when that cannot blank ordinary words: a short or
  // word-like value such as "token" would turn rule ids, file names and fingerprints into `aws-access-***`. All are
  // registered before any text is made, since one hit's file name or author may hold another's value.
  // A path-only rule's "secret" is the file's name: a name to show, not a value to mask.
  for (const hit of hits) if (hit.secret !== hit.file && isDistinctive(hit.secret)) ctx.secrets.add(hit.secret);
  // Redacted before escaping: a value written with markdown's numeric references would slip past later redaction.
  const cellText = (text: string) => escapeText(ctx.secrets.redact(text));
  for (const hit of hits) {
    const isValue = hit.secret !== hit.file;
    if (isIgnored(hit.fingerprint, hit.commit, ignores)) {
      ignoredByFile++;
      continue;
    }
    if (hit.suppressed) {
      silencedByPath++;
      continue;
    }
    // The author is free text from the repository: its own value is masked there whatever its length. (URLs and
    // file names are places, shown as they are.)
    const author = hit.author === undefined || !isValue ? hit.author : maskValue(hit.author, hit.secret);
    const shown = redactMatch(hit.secret);
    const finding: Finding = {
      ruleId: hit.ruleId,
      severity: 'error',
      title: hit.description,
      message: findingMessage(hit, isValue ? shown : 'This file', author),
      file: hit.file,
      line: hit.line || undefined,
      endLine: hit.endLine || undefined,
      column: hit.line ? hit.column : undefined,
      fingerprint: hit.fingerprint,
    };
    findings.push(finding);
    if (isValue) secretOf.set(finding, hit.secret);
    // Markdown cells: what comes from the repository is escaped, the match and fingerprint are code spans whose
    // fence no backtick in them can close, so the fingerprint shown is the one .gitleaksignore takes.
    rows.push([
      code(hit.ruleId),
      cellText(`${hit.file}${hit.line ? `:${hit.line}` : ''}${hit.column > 1 ? `:${hit.column}` : ''}`),
      hit.commit ? code(hit.commit.slice(0, 7)) : '—',
      author === undefined ? '—' : cellText(author),
      hit.date ? cellText(hit.date.slice(0, 10)) : '—',
      isValue ? code(shown) : '(the file)',
      code(hit.fingerprint),
    ]);
  }
  return { findings, secretOf, rows, ignoredByFile, silencedByPath };
}

/** Masks one found value in a text it was not registered for (see isDistinctive), however short it is. */
function maskValue(text: string, value: string): string {
  return value.length > 0 ? text.split(value).join(MASK) : text;
}

/**
 * Where the value is and what rotating it is about, true to how it was found: a commit keeps it in the history
 * after the file is fixed; a deployed page serves it to anyone; the working tree may never have left the runner.
 */
function findingMessage(hit: Hit, what: string, author: string | undefined): string {
  const ignore = 'If it is not a secret, add the fingerprint to .gitleaksignore.';
  if (hit.url !== undefined)
    return `In a deployed page or script, served at ${hit.url}: ${what}. Anyone who loads the page can read it: rotate it now, then remove it from what is served and keep it on the server. ${ignore}`;
  if (hit.commit) {
    const sha = hit.commit.slice(0, 7);
    const by = `${author ? ` by ${author}` : ''}${hit.date ? ` on ${hit.date.slice(0, 10)}` : ''}`;
    return `Added in ${sha}${by}: ${what}. Rotate it now: commit ${sha} keeps it in the git history even after the file is fixed; then remove it and load it from a secret store. ${ignore}`;
  }
  return `Found in the working tree: ${what}. Remove it and load it from a secret store; rotate it if this file was ever committed, pushed, published or deployed. ${ignore}`;
}

function scannedLine(outcome: ScanOutcome, stats: ScanStats, ignoredByFile: number, silencedByPath: number): string {
  const parts = [
    `${stats.commits} commit(s), ${stats.files} file(s), ${formatBytes(stats.bytes)}`,
    stats.binaryFiles.length
      ? `${stats.binaryFiles.length} binary file(s) checked by name only: ${listSome(stats.binaryFiles)}`
      : '',
    stats.chunked ? `${stats.chunked} file(s) over ${formatBytes(CHUNK_BYTES)} scanned in overlapping chunks` : '',
    ignoredByFile ? `${ignoredByFile} finding(s) ignored by .gitleaksignore` : '',
    silencedByPath ? `${silencedByPath} finding(s) silenced by a path allowlist` : '',
    ...outcome.remarks,
  ].filter(Boolean);
  return `Scanned ${outcome.scope} with ${outcome.engineLabel}: ${parts.join('; ')}.`;
}

function writeSarif(ctx: CheckContext, where: string, findings: Finding[], started: number): string {
  const report = buildReport('secret-scan', { findings, metrics: {} }, 'error', performance.now() - started);
  return writeSarifFile(ctx, where, toSarif([report]));
}

function listSome(items: string[], max = 10): string {
  return items.slice(0, max).join(', ') + (items.length > max ? ` and ${items.length - max} more` : '');
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
