import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { CHECKS } from '../checks/registry.js';
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
# Read-only: launchgate.yml as init writes it posts nothing. Add \`pull-requests: write\` when you set \`pr-comment: true\`.
permissions:
  contents: read
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
        # A smoke flow that logs in reads its password from the environment; pass it as a secret once you add one:
        # env:
        #   SMOKE_PASSWORD: \${{ secrets.SMOKE_PASSWORD }}
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
  let scripts: Record<string, string> = {};
  try {
    scripts = JSON.parse(readFileSync(path.join(io.cwd, 'package.json'), 'utf8')).scripts ?? {};
  } catch {
    scripts = {};
  }
  // Each gate writes its own starter section (CheckDefinition.starter), in the registry's order. Active sections
  // are only those that run as written, locally and on every trigger of the workflow below (pull_request, push,
  // schedule); sections that need the user's own values are written commented out.
  const found: string[] = [];
  const config: Record<string, Record<string, unknown>> = {};
  const todo: Record<string, Record<string, unknown>> = {};
  for (const check of CHECKS) {
    const section = check.starter?.({ cwd: io.cwd, scripts });
    if (!section) continue;
    (section.needsUserValues ? todo : config)[check.section] = section.values;
    found.push(...(section.found ?? []));
  }
  const todoNames = Object.keys(todo);
  const commented = todoNames.length
    ? '\n# The gates below need your values: uncomment a section and replace the example values.\n' +
      stringify(todo, { lineWidth: 0 })
        .trimEnd()
        .split('\n')
        .map((l) => `# ${l}`)
        .join('\n') +
      '\n'
    : '';
  const header =
    "# launchgate.yml, written by `launchgate init`: one section per gate, whose keys are that action's inputs.\n" +
    '# Run it with `launchgate run` (or `node dist/cli/index.js run` from a launchgate checkout).\n';
  const body = header + stringify(config, { lineWidth: 0 }) + commented;
  writeFileSync(configFile, body);
  mkdirSync(path.dirname(workflowFile), { recursive: true });
  writeFileSync(workflowFile, WORKFLOW);
  io.out(
    `Wrote launchgate.yml and .github/workflows/launchgate.yml.${found.length ? `\nFound: ${found.join('; ')}.` : ''}${todoNames.length ? `\nThe ${todoNames.join(', ')} sections are commented out until you fill in your values.` : ''}`,
  );
  return 0;
}
