import { existsSync } from 'node:fs';
import path from 'node:path';
import type { StarterRepo, StarterSection } from '../../core/check.js';

/** `launchgate init`: scan what each event brings; a repository's own .gitleaks.toml becomes the rules. */
export function starter(repo: StarterRepo): StarterSection {
  if (!existsSync(path.join(repo.cwd, '.gitleaks.toml'))) return { values: { mode: 'auto' } };
  return {
    values: { mode: 'auto', 'rules-config': '.gitleaks.toml' },
    found: ['.gitleaks.toml (used as the secret-scan rules)'],
  };
}
