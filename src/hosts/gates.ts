/** A gate's name and launchgate.yml section: what `launchgate --help` lists. */
export interface GateSummary {
  name: string;
  section: string;
}

declare const __LAUNCHGATE_GATES__: GateSummary[] | undefined;

/**
 * The gates' names and sections without loading any gate (whose modules pull in load generators, HTTP clients and
 * SQL parsers): scripts/build.mjs writes them into the bundles from the registry. Run from source, they are read
 * from the registry itself.
 */
export async function gateSummaries(): Promise<GateSummary[]> {
  if (typeof __LAUNCHGATE_GATES__ !== 'undefined') return __LAUNCHGATE_GATES__;
  return (await loadRegistry()).CHECKS.map((c) => ({ name: c.name, section: c.section }));
}

/** The registry (every gate's definition), loaded when a command needs a gate. */
export function loadRegistry(): Promise<typeof import('../checks/registry.js')> {
  return import('../checks/registry.js');
}
