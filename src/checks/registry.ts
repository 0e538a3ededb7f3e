import type { CheckDefinition } from '../core/check.js';
import { secretScan } from './secret-scan/index.js';
import { smokeTest } from './smoke-test/index.js';
import { latencyBudget } from './latency-budget/index.js';
import { migrationCheck } from './migration-check/index.js';
import { dnsCheck } from './dns-check/index.js';
import { bundleBudget } from './bundle-budget/index.js';

/** Every gate, in the order `launchgate run` reports them. */
export const CHECKS: CheckDefinition<any>[] = [
  secretScan,
  smokeTest,
  latencyBudget,
  migrationCheck,
  dnsCheck,
  bundleBudget,
];

export function checkBySection(section: string): CheckDefinition<any> | undefined {
  return CHECKS.find((c) => c.section === section);
}

export function checkByName(name: string): CheckDefinition<any> | undefined {
  return CHECKS.find((c) => c.name === name || c.section === name);
}
