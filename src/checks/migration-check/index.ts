import { defineCheck } from '../../core/check.js';
import { NotImplementedError } from '../../core/errors.js';
import { bool, choice, integer, list, text } from '../../core/inputs.js';

export const migrationCheck = defineCheck({
  name: 'migration-check',
  section: 'migrations',
  title: 'launchgate migration check',
  description: 'Lints Postgres migrations for locks and backward-incompatible changes and proves they apply.',
  branding: { icon: 'database', color: 'blue' },
  inputs: {
    migrations: list('Migration globs, one per line; empty detects Prisma, Flyway, golang-migrate, dbmate, Supabase, Drizzle and plain layouts.'),
    'changed-only': bool('Lint only migrations added or changed against the base branch (default: true on pull_request).', ''),
    base: text('Base ref for changed-only (default: the pull request base).'),
    rules: list('Rule severities, one per line: `rule-id: error|warning|notice|off`.'),
    'postgres-version': integer('Postgres major version the migrations run on.', '17', 9, 30),
    apply: choice('Apply check: embedded (PGlite), database-url (a real server), or none.', 'embedded', ['embedded', 'database-url', 'none'] as const),
    'database-url': { ...text('Postgres URL used only when apply is database-url.'), secret: true },
    'app-paths': list('Application code searched for names a migration drops or renames (default: the repository minus the migrations).'),
  },
  outputs: {
    findings: { description: 'Number of findings.' },
  },
  async run() {
    throw new NotImplementedError('migration-check');
  },
});
