import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckDefinition, GitHubApi } from '../core/check.js';
import { UserError, errorMessage } from '../core/errors.js';
import { impactsOf, topFixes, topFixesMarkdown } from '../core/impact.js';
import type { Report } from '../core/finding.js';
import { buildLaunchMap, type LaunchMap } from './build.js';
import { compareMaps, readMapFile, type MapChange } from './compare.js';
import { changesMarkdown, launchMapJson, launchMapMarkdown } from './render.js';
import { launchMapHtml } from './html.js';

export const MAP_USAGE = `launchgate map — the launch map and handover pack: names, hosting, mail, certificates, environments,
release checks, deploy and rollback, owners and open risks

Usage: launchgate map [--config launchgate.yml] [--out .] [--compare old-launch-map.json] [--report report.json]
  --config    the config file (default: launchgate.yml in this directory); its optional owners: section names
              who owns dns, cloudflare, hosting, email, secrets, billing and on-call
  --out       the folder launch-map.md, .json and .html are written to (default: this directory)
  --compare   a launch-map.json written before: print what changed since (exit 1 when something did)
  --report    a combined report of 'launchgate run --report': the map opens with its Top 5 fixes
With GITHUB_TOKEN and GITHUB_REPOSITORY set, the repository's GitHub environments are read too.
Exit codes: 0 written, 1 --compare found changes, 2 usage or configuration error.`;

export interface MapCommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  checks: CheckDefinition<any>[];
  github?: GitHubApi;
  githubMissing?: string;
  /** Writes a file without following a link planted at its path (the host's writeFileNoFollow). */
  writeFile: (file: string, text: string) => void;
}

function readReports(file: string, displayName: string): Report[] {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(value?.reports)) throw new Error('no reports list');
    return value.reports as Report[];
  } catch (err) {
    throw new UserError(
      `--report: cannot read ${displayName} (${errorMessage(err)}); accepted: the JSON of 'launchgate run --report'.`,
    );
  }
}

/** `launchgate map`: builds the map, writes launch-map.md and .json, prints the markdown (and the changes). */
export async function runMapCommand(flags: Record<string, string>, io: MapCommandIO): Promise<number> {
  const configName = flags.config ?? 'launchgate.yml';
  const configPath = path.resolve(io.cwd, configName);
  const before = flags.compare ? readMapFile(path.resolve(io.cwd, flags.compare), flags.compare) : undefined;
  const reports = flags.report ? readReports(path.resolve(io.cwd, flags.report), flags.report) : undefined;
  const map: LaunchMap = await buildLaunchMap({
    configPath,
    configName,
    repoDir: path.dirname(configPath),
    checks: io.checks,
    github: io.github,
    githubMissing: io.githubMissing,
  });
  const changes: MapChange[] | undefined = before ? compareMaps(before, map) : undefined;
  const ranked = reports ? topFixes(reports, impactsOf(io.checks)) : undefined;
  const fixes = ranked ? topFixesMarkdown(ranked) : undefined;
  const markdown = launchMapMarkdown(map, { topFixes: fixes, fixCount: ranked?.length, changes });
  const outDir = path.resolve(io.cwd, flags.out ?? '.');
  mkdirSync(outDir, { recursive: true });
  io.writeFile(path.join(outDir, 'launch-map.md'), markdown + '\n');
  io.writeFile(path.join(outDir, 'launch-map.json'), launchMapJson(map));
  io.writeFile(
    path.join(outDir, 'launch-map.html'),
    launchMapHtml(map, { topFixes: fixes, fixCount: ranked?.length, changes }),
  );
  io.out(changes ? changesMarkdown(changes) : markdown);
  io.err(
    `launchgate map: wrote ${path.join(outDir, 'launch-map.md')}, launch-map.json and launch-map.html (${map.risks.length} open risk(s)).`,
  );
  return changes && changes.length ? 1 : 0;
}
