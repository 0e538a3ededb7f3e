import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineCheck } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import { buildReport, type Finding } from '../../core/finding.js';
import { choice, list, text } from '../../core/inputs.js';
import { table } from '../../core/markdown.js';
import { toSarif } from '../../core/sarif.js';
import { redactMatch } from '../../core/secrets.js';
import { scanDeployedBundles } from './bundles.js';
import { loadGitleaksConfig } from './config.js';
import { addedFragments, type PatchStats } from './git-patches.js';
import { findGitleaks, runGitleaks } from './gitleaks-engine.js';
import { isIgnored, readIgnoreFile } from './ignore-file.js';
import { countCommits, ensureFullHistory, resolveRange } from './range.js';
import { builtinRuleSet, type RuleSet } from './rules.js';
import { Scanner, type SecretHit } from './scanner.js';
import { treeFragments } from './tree.js';
import { starter } from './starter.js';

/** Larger fragments (a generated file, a data dump) are skipped and counted rather than scanned. */
const MAX_FRAGMENT_BYTES = 10 * 1024 * 1024;

export const secretScan = defineCheck({
  name: 'secret-scan',
  section: 'secrets',
  impact: {
    default: 'data',
    reach: 'everyone',
    fix: 'Revoke the key at its provider, issue a new one into the secrets store, then remove it from the code.',
  },
  starter,
  title: 'launchgate secret scan',
  description:
    'Fails when a commit, the working tree or a deployed bundle carries a key or token; never prints the secret.',
  branding: { icon: 'lock', color: 'red' },
  inputs: {
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
    'gitleaks-version': text('gitleaks release to download when engine is gitleaks and none is on PATH.', '8.28.0'),
    paths: list('Folders or files a tree scan is limited to (e.g. the build output dist/), one per line.'),
    urls: list('Deployed pages whose same-origin scripts and source maps are scanned, one per line.'),
    sarif: text(
      'Where to write the SARIF 2.1.0 file for github/codeql-action/upload-sarif.',
      'launchgate-secrets.sarif',
    ),
  },
  outputs: {
    findings: { description: 'Number of secrets found.' },
    sarif: { description: 'Path of the SARIF file.' },
  },
  async run(inputs, ctx) {
    const started = performance.now();
    const configPath =
      inputs['rules-config'] || (existsSync(path.join(ctx.cwd, '.gitleaks.toml')) ? '.gitleaks.toml' : '');
    let ruleSet: RuleSet = builtinRuleSet();
    if (configPath) {
      const abs = path.resolve(ctx.cwd, configPath);
      if (!existsSync(abs)) throw new UserError(`Input 'rules-config': cannot read ${configPath} (no such file).`);
      ruleSet = loadGitleaksConfig(readFileSync(abs, 'utf8'), configPath);
    }
    const scanner = new Scanner(ruleSet);
    const ignores = readIgnoreFile(ctx.cwd);
    const stats: PatchStats = { commits: 0, files: 0, bytes: 0, binarySkipped: 0, hugeSkipped: 0 };
    const hits: (SecretHit & { url?: string })[] = [];
    const notes: string[] = [];
    let scope: string;
    let engineLabel =
      inputs.engine === 'builtin' ? `builtin (${ruleSet.rules.length} rules from ${ruleSet.source})` : 'gitleaks';

    if (inputs.urls.length > 0) {
      let bundle;
      try {
        bundle = await scanDeployedBundles(inputs.urls, scanner);
      } catch (err) {
        throw new UserError(`Input 'urls': ${errorMessage(err)}`);
      }
      hits.push(...bundle.hits);
      stats.files += bundle.fetched.length;
      stats.bytes += bundle.bytes;
      notes.push(...bundle.problems.map((p) => `could not check: ${p}`));
      scope = `deployed pages and their scripts (${bundle.fetched.length} fetched)`;
      if (bundle.fetched.length === 0)
        throw new Error(`none of the urls could be fetched: ${bundle.problems.join('; ')}`);
    } else if (inputs.mode === 'tree') {
      scope = inputs.paths.length ? `working tree: ${inputs.paths.join(', ')}` : 'working tree';
      for (const p of inputs.paths)
        if (!existsSync(path.resolve(ctx.cwd, p)))
          throw new UserError(`Input 'paths': ${p} does not exist under ${ctx.cwd}.`);
      if (inputs.engine === 'gitleaks') {
        const gl = await findGitleaks(ctx, inputs['gitleaks-version']);
        engineLabel = gl.source;
        hits.push(
          ...(await runGitleaks(
            ctx,
            gl.bin,
            { paths: inputs.paths },
            configPath ? path.resolve(ctx.cwd, configPath) : undefined,
          )),
        );
        // gitleaks reports findings, not what it read: count the files and bytes ourselves for the "scanned" line.
        for (const _ of treeFragments(ctx.cwd, inputs.paths, stats, MAX_FRAGMENT_BYTES)) void _;
      } else {
        for (const fragment of treeFragments(ctx.cwd, inputs.paths, stats, MAX_FRAGMENT_BYTES))
          hits.push(...scanner.scan(fragment));
      }
    } else {
      await ensureFullHistory(ctx);
      const range = await resolveRange(ctx, inputs.mode, inputs.base, inputs.head);
      scope = range.label;
      const expected = await countCommits(ctx, range.revs);
      if (expected === 0 && range.mustHaveCommits) {
        throw new Error(
          `${range.label} resolves to no commits (git rev-list ${range.revs.join(' ')}): nothing was scanned, so nothing can pass.`,
        );
      }
      if (inputs.engine === 'gitleaks') {
        const gl = await findGitleaks(ctx, inputs['gitleaks-version']);
        engineLabel = gl.source;
        hits.push(
          ...(await runGitleaks(
            ctx,
            gl.bin,
            { revs: range.revs },
            configPath ? path.resolve(ctx.cwd, configPath) : undefined,
          )),
        );
        // gitleaks reports findings, not what it read: count commits, files and bytes ourselves (a second read).
        for await (const _ of addedFragments(ctx.cwd, range.revs, stats, MAX_FRAGMENT_BYTES)) void _;
      } else {
        for await (const fragment of addedFragments(ctx.cwd, range.revs, stats, MAX_FRAGMENT_BYTES))
          hits.push(...scanner.scan(fragment));
      }
      if (stats.commits < expected)
        throw new Error(
          `git listed ${expected} commits in ${range.label} but only ${stats.commits} were read: refusing to pass a partial scan.`,
        );
    }

    const findings: Finding[] = [];
    const rows: (string | number)[][] = [];
    let ignored = 0;
    for (const hit of hits) {
      ctx.secrets.add(hit.secret);
      if (isIgnored(hit.fingerprint, hit.commit, ignores)) {
        ignored++;
        continue;
      }
      const shown = redactMatch(hit.secret);
      const where = hit.url ? ` (served at ${hit.url})` : '';
      const origin = hit.commit
        ? ` in ${hit.commit.slice(0, 7)}${hit.author ? ` by ${hit.author}` : ''}${hit.date ? ` on ${hit.date.slice(0, 10)}` : ''}`
        : '';
      findings.push({
        ruleId: hit.ruleId,
        severity: 'error',
        title: hit.description,
        message: `${origin ? `Added${origin}` : 'Found'}${where}: ${shown}. Rotate it now (it is in the history), then remove it and load it from a secret store. If it is not a secret, add the fingerprint to .gitleaksignore.`,
        file: hit.file,
        line: hit.line,
        endLine: hit.endLine,
        column: hit.column,
        fingerprint: hit.fingerprint,
      });
      rows.push([
        hit.ruleId,
        `${hit.file}:${hit.line}${hit.column > 1 ? `:${hit.column}` : ''}`,
        hit.commit ? hit.commit.slice(0, 7) : '—',
        hit.author ?? '—',
        hit.date?.slice(0, 10) ?? '—',
        `\`${shown}\``,
        `\`${hit.fingerprint}\``,
      ]);
    }
    for (const note of notes)
      findings.push({ ruleId: 'could-not-check', severity: 'error', title: 'Could not check', message: note });

    const scanned =
      `Scanned ${scope} with ${engineLabel}: ${stats.commits} commit(s), ${stats.files} file(s), ${formatBytes(stats.bytes)}` +
      `${stats.binarySkipped ? `; ${stats.binarySkipped} binary file(s) skipped` : ''}${stats.hugeSkipped ? `; ${stats.hugeSkipped} file(s) over ${formatBytes(MAX_FRAGMENT_BYTES)} skipped` : ''}${ignored ? `; ${ignored} finding(s) ignored by .gitleaksignore` : ''}.`;
    ctx.log.info(scanned);
    const sections = [{ title: 'Scanned', markdown: scanned }];
    if (rows.length)
      sections.push({
        title: 'Secrets found',
        markdown: table(['Rule', 'Location', 'Commit', 'Author', 'Date', 'Match (redacted)', 'Fingerprint'], rows),
      });

    const sarifPath = path.resolve(ctx.cwd, inputs.sarif);
    mkdirSync(path.dirname(sarifPath), { recursive: true });
    const report = buildReport('secret-scan', { findings, metrics: {} }, 'error', performance.now() - started);
    writeFileSync(sarifPath, JSON.stringify(ctx.secrets.redactDeep(toSarif([report])), null, 2) + '\n');
    return {
      findings,
      metrics: {
        scope,
        engine: engineLabel,
        commits: stats.commits,
        files: stats.files,
        bytes: stats.bytes,
        binarySkipped: stats.binarySkipped,
        hugeSkipped: stats.hugeSkipped,
        ignored,
        mbPerSecond: stats.bytes / 1e6 / Math.max(0.001, (performance.now() - started) / 1000),
      },
      sections,
      outputs: { findings: String(findings.filter((f) => f.ruleId !== 'could-not-check').length), sarif: sarifPath },
    };
  },
});

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
