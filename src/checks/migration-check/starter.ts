import path from 'node:path';
import type { StarterRepo, StarterSection } from '../../core/check.js';
import { discoverMigrations } from './discover.js';

/** `launchgate init`: the gate is written only when the repository has migrations it recognises. */
export function starter(repo: StarterRepo): StarterSection | undefined {
  const migrations = discoverMigrations(repo.cwd, []);
  if (!migrations.length) return undefined;
  const layouts = [...new Set(migrations.map((m) => m.layout))];
  const dirs = [...new Set(migrations.map((m) => path.posix.dirname(m.path)))];
  return {
    // No changed-only: its default lints a PR's changed migrations on pull_request and all of them on push and
    // schedule, where there is no base to compare with.
    values: { apply: 'embedded' },
    found: [
      `${migrations.length} ${layouts.join('/')} migration(s) in ${dirs.slice(0, 3).join(', ')}${dirs.length > 3 ? ', …' : ''}`,
    ],
  };
}
