import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { discoverMigrations } from '../checks/migration-check/discover.js';
import { UserError } from '../core/errors.js';
import type { CliIO } from './main.js';

const WORKFLOW = `# Written by \`launchgate init\`: every gate of launchgate.yml in one step.
name: launchgate
on:
  pull_request:
  push:
    branches: [main]
  schedule:
    - cron: '17 6 * * *'
permissions:
  contents: read
  pull-requests: write
jobs:
  launchgate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
      - uses: launchgate/launchgate@v1
        with:
          config: launchgate.yml
        env:
          SMOKE_PASSWORD: \${{ secrets.SMOKE_PASSWORD }}
`;

/** `launchgate init`: a starter launchgate.yml and workflow, from what the repository shows. Never overwrites without --force. */
export function runInit(flags: Record<string, string>, io: CliIO): number {
  const force = flags.force === 'true';
  const configFile = path.join(io.cwd, 'launchgate.yml');
  const workflowFile = path.join(io.cwd, '.github', 'workflows', 'launchgate.yml');
  for (const f of [configFile, workflowFile]) {
    if (existsSync(f) && !force)
      throw new UserError(`${path.relative(io.cwd, f)} already exists; run 'launchgate init --force' to replace it.`);
  }
  const found: string[] = [];
  // Active sections are only those that run as written, locally and on every trigger of the workflow below
  // (pull_request, push, schedule). Sections that need the user's own values (a URL, a domain) are written
  // commented out, so a first `launchgate run` passes or fails on real findings, never on example.com.
  const config: Record<string, Record<string, unknown>> = { secrets: { mode: 'auto' } };
  if (existsSync(path.join(io.cwd, '.gitleaks.toml'))) {
    config.secrets['rules-config'] = '.gitleaks.toml';
    found.push('.gitleaks.toml (used as the secret-scan rules)');
  }
  const migrations = discoverMigrations(io.cwd, []);
  if (migrations.length) {
    const layouts = [...new Set(migrations.map((m) => m.layout))];
    const dirs = [...new Set(migrations.map((m) => path.posix.dirname(m.path)))];
    // No changed-only here: its default lints the PR's changed migrations on pull_request and all of them on
    // push and schedule, where there is no base to compare with.
    config.migrations = { apply: 'embedded' };
    found.push(
      `${migrations.length} ${layouts.join('/')} migration(s) in ${dirs.slice(0, 3).join(', ')}${dirs.length > 3 ? ', …' : ''}`,
    );
  }
  let scripts: Record<string, string> = {};
  try {
    scripts = JSON.parse(readFileSync(path.join(io.cwd, 'package.json'), 'utf8')).scripts ?? {};
  } catch {
    scripts = {};
  }
  const start = scripts.start ? 'npm start' : scripts.dev ? 'npm run dev' : undefined;
  if (start) found.push(`package.json script '${start}' (suggested to start the app for the latency gate)`);
  const todo: Record<string, Record<string, unknown>> = {
    smoke: { 'base-url': 'https://staging.example.com', urls: ['/'] },
    latency: {
      'base-url': start ? 'http://127.0.0.1:3000' : 'https://staging.example.com',
      routes: 'routes:\n  - name: home\n    path: /\n',
      ...(start ? { 'start-command': start, 'ready-url': 'http://127.0.0.1:3000/' } : {}),
    },
    dns: { domain: 'example.com', https: ['example.com', 'www.example.com'], 'canonical-host': 'www.example.com' },
  };
  const commented = stringify(todo, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => `# ${l}`)
    .join('\n');
  const header =
    "# launchgate.yml, written by `launchgate init`: one section per gate, whose keys are that action's inputs.\n" +
    '# Run it with `launchgate run` (or `node dist/cli/index.js run` from a launchgate checkout).\n';
  const body =
    header +
    stringify(config, { lineWidth: 0 }) +
    '\n# The gates below need your values: uncomment a section and replace the example values.\n' +
    commented +
    '\n';
  writeFileSync(configFile, body);
  mkdirSync(path.dirname(workflowFile), { recursive: true });
  writeFileSync(workflowFile, WORKFLOW);
  io.out(
    `Wrote launchgate.yml and .github/workflows/launchgate.yml.${found.length ? `\nFound: ${found.join('; ')}.` : ''}\nThe smoke, latency and DNS sections are commented out until you fill in your URLs and domain.`,
  );
  return 0;
}
