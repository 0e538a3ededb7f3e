import { isCheckDefinition, type CheckDefinition } from '../core/check.js';
import { loadRegistry } from '../hosts/gates.js';

declare const __LAUNCHGATE_GATES__: unknown;

/**
 * One gate's definition, loading only that gate's modules: `launchgate migration-check` compiles none of the
 * other gates' code (load generators, HTTP clients, DNS). In the bundle, esbuild turns the template import into one
 * lazily loaded chunk per src/checks/<gate>/index.ts (the folder every gate lives in, see scripts/build.mjs); run
 * from source, the registry has them all.
 */
export async function loadGate(name: string): Promise<CheckDefinition<any> | undefined> {
  if (typeof __LAUNCHGATE_GATES__ === 'undefined') return (await loadRegistry()).checkByName(name);
  const module: Record<string, unknown> = await import(`../checks/${name}/index.ts`);
  return Object.values(module).find((v): v is CheckDefinition<any> => isCheckDefinition(v) && v.name === name);
}
