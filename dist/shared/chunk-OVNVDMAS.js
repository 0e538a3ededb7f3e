import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  NotImplementedError,
  bool,
  choice,
  defineCheck,
  integer,
  list,
  text
} from "./chunk-OUBFH23W.js";

// src/checks/migration-check/index.ts
var migrationCheck = defineCheck({
  name: "migration-check",
  section: "migrations",
  title: "launchgate migration check",
  description: "Lints Postgres migrations for locks and backward-incompatible changes and proves they apply.",
  branding: { icon: "database", color: "blue" },
  inputs: {
    migrations: list("Migration globs, one per line; empty detects Prisma, Flyway, golang-migrate, dbmate, Supabase, Drizzle and plain layouts."),
    "changed-only": bool("Lint only migrations added or changed against the base branch (default: true on pull_request).", ""),
    base: text("Base ref for changed-only (default: the pull request base)."),
    rules: list("Rule severities, one per line: `rule-id: error|warning|notice|off`."),
    "postgres-version": integer("Postgres major version the migrations run on.", "17", 9, 30),
    apply: choice("Apply check: embedded (PGlite), database-url (a real server), or none.", "embedded", ["embedded", "database-url", "none"]),
    "database-url": { ...text("Postgres URL used only when apply is database-url."), secret: true },
    "app-paths": list("Application code searched for names a migration drops or renames (default: the repository minus the migrations).")
  },
  outputs: {
    findings: { description: "Number of findings." }
  },
  async run() {
    throw new NotImplementedError("migration-check");
  }
});

export {
  migrationCheck
};
