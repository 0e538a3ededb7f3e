// Runs a TypeScript script (benchmarks, comparisons) by bundling it with esbuild first: no ts-node needed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [script, ...args] = process.argv.slice(2);
const out = path.join('node_modules/.cache/launchgate', `${path.basename(script, '.ts')}.mjs`);
mkdirSync(path.dirname(out), { recursive: true });
await build({
  entryPoints: [script],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
