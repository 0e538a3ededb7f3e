import type { CheckDefinition } from '../core/check.js';
import { secretScan } from './secret-scan/index.js';
import { smokeTest } from './smoke-test/index.js';
import { latencyBudget } from './latency-budget/index.js';
import { migrationCheck } from './migration-check/index.js';
import { dnsCheck } from './dns-check/index.js';
import { bundleBudget } from './bundle-budget/index.js';
import { uptime } from './uptime/index.js';

/**
 * Every gate, in the order `launchgate run` reports them. Adding a gate here is all the wiring it needs: the build
 * bundles dist/<name>/index.js from src/checks/<name>/index.ts, the docs write its action.yml and README table,
 * and the CLI, launchgate.yml and the main action take it from this list (__tests__/unit/registry.test.ts).
 */
export const CHECKS: CheckDefinition<any>[] = [
  secretScan,
  smokeTest,
  latencyBudget,
  migrationCheck,
  dnsCheck,
  bundleBudget,
  uptime,
];

/** A gate by its name (`secret-scan`) or its launchgate.yml section (`secrets`). */
export function checkByName(name: string): CheckDefinition<any> | undefined {
  return CHECKS.find((c) => c.name === name || c.section === name);
}
