// Bundles every action, the top-level action and the CLI with esbuild into dist/, copies the runtime
// assets (WebAssembly) beside the bundles, then regenerates action.yml files and README tables.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const ACTIONS = ['secret-scan', 'smoke-test', 'latency-budget', 'migration-check', 'dns-check', 'main'];

// ESM bundles still contain CommonJS dependencies that call require() and read __dirname.
const banner = [
  "import { createRequire as __lgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __lgFileURLToPath } from 'node:url';",
  "import { dirname as __lgDirname } from 'node:path';",
  'const require = __lgCreateRequire(import.meta.url);',
  'const __filename = __lgFileURLToPath(import.meta.url);',
  'const __dirname = __lgDirname(__filename);',
].join('\n');

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: [
    ...ACTIONS.map((name) => ({ in: `src/actions/${name}.ts`, out: `${name}/index` })),
    { in: 'src/cli/index.ts', out: 'cli/index' },
    // The migration check's engine process (parser and PGlite), started by src/checks/migration-check/engine.ts.
    { in: 'src/checks/migration-check/engine-process.ts', out: 'shared/migration-engine' },
  ],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'shared/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
});

// Runtime assets the bundled code loads from beside itself (new URL(file, import.meta.url) in dist/shared/).
const PGLITE = 'node_modules/@electric-sql/pglite/dist';
const ASSETS = [
  ['node_modules/libpg-query/wasm/libpg-query.wasm', 'dist/shared/libpg-query.wasm'],
  [`${PGLITE}/pglite.wasm`, 'dist/shared/pglite.wasm'],
  [`${PGLITE}/pglite.data`, 'dist/shared/pglite.data'],
  [`${PGLITE}/initdb.wasm`, 'dist/shared/initdb.wasm'],
  // An initialised PGlite data directory, so the migration check's first run skips initdb.
  ['src/checks/migration-check/assets/pglite-datadir.tar.gz', 'dist/shared/pglite-datadir.tar.gz'],
  ['src/checks/migration-check/assets/pglite-datadir.json', 'dist/shared/pglite-datadir.json'],
];
mkdirSync('dist/shared/pglite-ext', { recursive: true });
for (const file of readdirSync(PGLITE).filter((f) => f.endsWith('.tar.gz')))
  ASSETS.push([`${PGLITE}/${file}`, `dist/shared/pglite-ext/${file}`]);
for (const [from, to] of ASSETS) {
  if (!existsSync(from)) throw new Error(`build: missing asset ${from}`);
  cpSync(from, to);
}

// action.yml files and README tables come from the check specs.
mkdirSync('node_modules/.cache/launchgate', { recursive: true });
await build({
  entryPoints: ['scripts/write-docs.ts'],
  outfile: 'node_modules/.cache/launchgate/write-docs.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['node_modules/.cache/launchgate/write-docs.mjs'], { stdio: 'inherit' });
