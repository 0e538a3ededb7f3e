import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckContext } from '../../core/check.js';
import { GITLEAKS_DEFAULT } from './data/gitleaks-default.js';
import type { SecretHit } from './scanner.js';

/** SHA-256 of the default release's archives, pinned so that a tampered checksums file cannot pass. */
export const PINNED_GITLEAKS: Record<string, Record<string, string>> = {
  '8.28.0': {
    linux_x64: 'a65b5253807a68ac0cafa4414031fd740aeb55f54fb7e55f386acb52e6a840eb',
    linux_arm64: 'eff65261156100e5d94a6b3dec313d532fddfe19ae1590bf7a2b4f2699128356',
    darwin_x64: 'edf5a507008b0d2ef4959575772772770586409c1f6f74dabf19cbe7ec341ced',
    darwin_arm64: 'd942f3ad147250c9edbaab3fed9e482f98d3b59ba10ae97b8d75647e3ade492c',
  },
};

const DEFAULT_BASE = 'https://github.com/gitleaks/gitleaks/releases/download';

function platform(): string {
  const osName = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform as string] ?? process.platform;
  const arch = { x64: 'x64', arm64: 'arm64', ia32: 'x32', arm: 'armv7' }[process.arch as string] ?? process.arch;
  return `${osName}_${arch}`;
}

/** gitleaks or its compatible fork betterleaks from PATH, else the pinned release, downloaded and verified. */
export async function findGitleaks(
  ctx: CheckContext,
  version: string,
  userSha256 = '',
): Promise<{ bin: string; source: string }> {
  for (const name of ['gitleaks', 'betterleaks']) {
    for (const dir of (ctx.env.PATH ?? '').split(path.delimiter)) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return { bin: candidate, source: `${name} from PATH` };
    }
  }
  const plat = platform();
  const archiveName = `gitleaks_${version}_${plat}.tar.gz`;
  const base = (ctx.env.LAUNCHGATE_GITLEAKS_BASE_URL || DEFAULT_BASE).replace(/\/$/, '');
  const bin = await ctx.installTool({
    name: 'gitleaks',
    version,
    archiveUrl: `${base}/v${version}/${archiveName}`,
    archiveName,
    checksumsUrl: `${base}/v${version}/gitleaks_${version}_checksums.txt`,
    pinnedSha256: userSha256 || PINNED_GITLEAKS[version]?.[plat],
    binary: 'gitleaks',
  });
  return { bin, source: `gitleaks ${version} release (${verifiedHow(version, plat, userSha256)})` };
}

/** Says exactly what the download was checked against: a pinned hash, or only the release's own checksums file. */
export function verifiedHow(version: string, plat: string, userSha256: string): string {
  if (userSha256) return 'SHA-256 matched the gitleaks-sha256 input';
  if (PINNED_GITLEAKS[version]?.[plat]) return 'SHA-256 matched the hash launchgate pins for this release';
  return (
    'SHA-256 matched only the checksums file served beside the archive, which proves it downloaded intact, not that ' +
    'it is genuine; set gitleaks-sha256 to pin it'
  );
}

/** gitleaks colours its log lines even into a pipe on some versions: strip the escape codes before quoting them. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '');
}

interface GitleaksFinding {
  RuleID: string;
  Description?: string;
  StartLine: number;
  EndLine?: number;
  StartColumn?: number;
  Match?: string;
  Secret: string;
  File: string;
  Commit?: string;
  Author?: string;
  Email?: string;
  Date?: string;
  Entropy?: number;
}

/** Runs gitleaks over a git range (`git` mode) or files (`dir` mode) and reads its JSON report. */
export async function runGitleaks(
  ctx: CheckContext,
  bin: string,
  target: { revs?: string[]; paths?: string[] },
  configText: string | undefined,
  ignores: Set<string>,
): Promise<SecretHit[]> {
  // The config and ignore list launchgate decided on (on a pull request: the base commit's), never the ones
  // gitleaks would pick up from the working tree by itself.
  const work = mkdtempSync(path.join(ctx.tempDir, 'gitleaks-'));
  try {
    return await runIn(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  async function runIn(work: string): Promise<SecretHit[]> {
    const report = path.join(work, 'report.json');
    // Always a config: without one gitleaks would pick up the working tree's .gitleaks.toml by itself.
    const configFile = path.join(work, 'gitleaks.toml');
    writeFileSync(configFile, configText ?? GITLEAKS_DEFAULT.toml);
    const ignoreFile = path.join(work, '.gitleaksignore');
    writeFileSync(ignoreFile, [...ignores].join('\n') + '\n');
    const common = [
      '--report-format',
      'json',
      '--report-path',
      report,
      '--exit-code',
      '0',
      '--no-banner',
      '--log-level',
      'error',
      '--gitleaks-ignore-path',
      ignoreFile,
      '--config',
      configFile,
    ];
    const runs = target.revs
      ? [['git', `--log-opts=${target.revs.join(' ')}`, ...common, '.']]
      : (target.paths?.length ? target.paths : ['.']).map((p) => ['dir', ...common, p]);
    const hits: SecretHit[] = [];
    for (const args of runs) {
      const res = await ctx.exec(bin, args, { ignoreReturnCode: true });
      if (res.exitCode !== 0)
        throw new Error(
          `gitleaks ${args[0]} failed (exit ${res.exitCode}): ${stripAnsi(res.stderr).trim().split('\n').slice(-2).join(' ')}`,
        );
      let findings: GitleaksFinding[];
      try {
        findings = JSON.parse(readFileSync(report, 'utf8'));
      } catch (err) {
        throw new Error(`gitleaks wrote no readable report: ${(err as Error).message}`);
      } finally {
        rmSync(report, { force: true });
      }
      for (const f of findings) {
        const file = f.File.split(path.sep).join('/').replace(/^\.\//, '');
        const commit = f.Commit || undefined;
        hits.push({
          ruleId: f.RuleID,
          description: f.Description ?? f.RuleID,
          file,
          line: f.StartLine,
          endLine: f.EndLine ?? f.StartLine,
          column: f.StartColumn ?? 1,
          secret: f.Secret,
          match: f.Match ?? f.Secret,
          commit,
          author: f.Author ? `${f.Author}${f.Email ? ` <${f.Email}>` : ''}` : undefined,
          date: f.Date,
          entropy: f.Entropy ?? 0,
          fingerprint: commit ? `${commit}:${file}:${f.RuleID}:${f.StartLine}` : `${file}:${f.RuleID}:${f.StartLine}`,
          offset: 0,
        });
      }
    }
    return hits;
  }
}
