import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckContext } from '../../core/check.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { loadGitleaksConfig } from './config.js';
import { parseIgnoreFile } from './ignore-file.js';
import { defaultRuleSet, type RuleSet } from './rules.js';

export interface ScanConfig {
  ruleSet: RuleSet;
  /** The config text in force, for the gitleaks engine (absent: gitleaks' own defaults). */
  configText?: string;
  ignores: Set<string>;
  /** Warnings about a pull request's changes to the files that steer the scan. */
  findings: Finding[];
}

const IGNORE_FILE = '.gitleaksignore';

/**
 * The rules and ignore list the scan uses. On a pull request they come from the base commit unless
 * `trust-pr-config` is set: a pull request must not be able to silence its own scan with an `[allowlist]` or a
 * `.gitleaksignore` line. Its changes to those files are reported as a warning naming the new entries.
 */
export async function loadScanConfig(
  ctx: CheckContext,
  inputs: { 'rules-config': string; 'trust-pr-config': boolean | undefined },
): Promise<ScanConfig> {
  const configName =
    inputs['rules-config'] || (existsSync(path.join(ctx.cwd, '.gitleaks.toml')) ? '.gitleaks.toml' : '');
  if (configName && !existsSync(path.resolve(ctx.cwd, configName)))
    throw new UserError(`Input 'rules-config': cannot read ${configName} (no such file).`);
  const headText = (name: string) =>
    name && existsSync(path.resolve(ctx.cwd, name)) ? readFileSync(path.resolve(ctx.cwd, name), 'utf8') : undefined;
  const headConfig = headText(configName);
  const headIgnore = headText(IGNORE_FILE);

  const isPr = ctx.event.name === 'pull_request' || ctx.event.name === 'pull_request_target';
  const baseSha: string | undefined = ctx.event.payload.pull_request?.base?.sha;
  if (!isPr || inputs['trust-pr-config'] || (headConfig === undefined && headIgnore === undefined)) {
    return {
      ruleSet: headConfig !== undefined ? loadGitleaksConfig(headConfig, configName) : defaultRuleSet(),
      configText: headConfig,
      ignores: parseIgnoreFile(headIgnore ?? ''),
      findings: [],
    };
  }
  if (!baseSha || (await git(ctx, ['cat-file', '-e', `${baseSha}^{commit}`])).exitCode !== 0)
    throw new UserError(
      `This pull request's ${[configName, headIgnore !== undefined ? IGNORE_FILE : ''].filter(Boolean).join(' and ')} ` +
        `must be read from its base commit ${baseSha?.slice(0, 7) ?? '(none in the event)'}, which is not in this clone. ` +
        `Set fetch-depth: 0 on actions/checkout, or trust-pr-config: true to use the pull request's own files.`,
    );
  const baseText = async (name: string) => {
    if (!name) return undefined;
    const rel = path.relative(ctx.cwd, path.resolve(ctx.cwd, name)).split(path.sep).join('/');
    const res = await git(ctx, ['show', `${baseSha}:./${rel}`]);
    return res.exitCode === 0 ? res.stdout : undefined;
  };
  const baseConfig = await baseText(configName);
  const baseIgnore = await baseText(IGNORE_FILE);
  const findings: Finding[] = [];
  for (const [name, head, base] of [
    [configName, headConfig, baseConfig],
    [IGNORE_FILE, headIgnore, baseIgnore],
  ] as const) {
    if (!name || head === undefined || head === base) continue;
    const before = new Set((base ?? '').split('\n').map((l) => l.trim()));
    const added = head
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#') && !before.has(l));
    if (added.length === 0) continue;
    findings.push({
      ruleId: 'pr-changes-scan-config',
      severity: 'warning',
      title: `This pull request changes ${name}`,
      message:
        `${name} was read from the base commit ${baseSha.slice(0, 7)}, so this pull request's changes to it do not apply to its own scan. ` +
        `New entries: ${added
          .slice(0, 10)
          .map((l) => JSON.stringify(l.slice(0, 120)))
          .join(', ')}${added.length > 10 ? ` and ${added.length - 10} more` : ''}. ` +
        `Review them; set trust-pr-config: true to let pull requests use their own ${name}.`,
      file: name,
    });
  }
  return {
    ruleSet:
      baseConfig !== undefined
        ? loadGitleaksConfig(baseConfig, `${configName} (base commit ${baseSha.slice(0, 7)})`)
        : defaultRuleSet(),
    configText: baseConfig,
    ignores: parseIgnoreFile(baseIgnore ?? ''),
    findings,
  };
}

async function git(ctx: CheckContext, args: string[]) {
  return ctx.exec('git', args, { ignoreReturnCode: true });
}
