// Bundles every gate of the registry, the top-level action and the CLI with esbuild into dist/, copies the
// runtime assets (WebAssembly) beside the bundles, then regenerates action.yml files and README tables.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The docs module knows the registry (src/checks/registry.ts): bundle it first, to learn the gates.
const DOCS = 'node_modules/.cache/launchgate/docs.mjs';
mkdirSync(path.dirname(DOCS), { recursive: true });
await build({
  entryPoints: ['scripts/docs.ts'],
  outfile: DOCS,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const docs = await import(pathToFileURL(path.resolve(DOCS)).href);
const GATES = docs.gateNames();

// Each gate's entry is generated, not written: it hands the gate's own module (src/checks/<gate>/index.ts, and
// nothing of the other gates) to the action host. The registry test checks that each gate lives there.
const gateEntries = {
  name: 'gate-entries',
  setup(b) {
    b.onResolve({ filter: /^gate:/ }, (args) => ({ path: args.path.slice('gate:'.length), namespace: 'gate' }));
    b.onLoad({ filter: /.*/, namespace: 'gate' }, (args) => ({
      // A gate with a prestart.ts runs it before the gate and the host load: they are imported dynamically, since
      // static imports would all load before prestart() runs.
      contents: existsSync(`src/checks/${args.path}/prestart.ts`)
        ? [
            `import { prestart } from './src/checks/${args.path}/prestart.ts';`,
            'prestart();',
            `const gate = await import('./src/checks/${args.path}/index.ts');`,
            "const { runGateModule } = await import('./src/hosts/action-host.ts');",
            `await runGateModule(${JSON.stringify(args.path)}, gate);`,
          ].join('\n')
        : [
            `import * as gate from './src/checks/${args.path}/index.ts';`,
            "import { runGateModule } from './src/hosts/action-host.ts';",
            `await runGateModule(${JSON.stringify(args.path)}, gate);`,
          ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    }));
  },
};

// ESM bundles still contain CommonJS dependencies that call require() and read __dirname.
const banner = [
  "import { createRequire as __lgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __lgFileURLToPath } from 'node:url';",
  "import { dirname as __lgDirname } from 'node:path';",
  'const require = __lgCreateRequire(import.meta.url);',
  'const __filename = __lgFileURLToPath(import.meta.url);',
  'const __dirname = __lgDirname(__filename);',
].join('\n');

// zod re-exports all of its 60 locales (z.locales: 360 KB of error messages) though only English, which zod
// configures itself, is used: every bundle would compile them at each start. Only English is kept.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: path.dirname(args.path),
    }));
  },
};

// @actions/core imports its OIDC client, and with it @actions/http-client (840 KB), at load; launchgate never asks
// for an OIDC token (core.getIDToken), so every action would compile that client at each start for nothing. The
// client is replaced by one that says so; the HTTP client still loads where it is used (tool-cache, github).
const coreWithoutOidc = {
  name: 'actions-core-without-oidc',
  setup(b) {
    b.onLoad({ filter: /[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/ }, () => ({
      contents:
        "export class OidcClient { static async getIDToken() { throw new Error('launchgate is built without the OIDC client of @actions/core'); } }",
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: [
    ...GATES.map((name) => ({ in: `gate:${name}`, out: `${name}/index` })),
    { in: 'src/actions/main.ts', out: 'main/index' },
    { in: 'src/cli/index.ts', out: 'cli/index' },
    // The migration check's engine process (parser and PGlite), started by src/checks/migration-check/engine.ts.
    { in: 'src/checks/migration-check/engine-process.ts', out: 'shared/migration-engine' },
    // The secret scan's history threads, started by src/checks/secret-scan/history-pool.ts.
    { in: 'src/checks/secret-scan/history-worker.ts', out: 'shared/secret-history-worker' },
    // The secret scan's reader of git beside its one scanning thread, started by src/checks/secret-scan/history-pool.ts.
    { in: 'src/checks/secret-scan/history-reader-worker.ts', out: 'shared/secret-history-reader' },
    // The secret scan's second thread over a working tree, started by src/checks/secret-scan/tree-parallel.ts.
    { in: 'src/checks/secret-scan/tree-worker.ts', out: 'shared/secret-scan-worker' },
  ],
  plugins: [gateEntries, zodEnglishOnly, coreWithoutOidc],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'shared/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  // The one version string (src/core/version.ts) comes from package.json.
  // The gates' names for `launchgate --help`, so that help loads no gate (src/hosts/gates.ts).
  define: {
    __LAUNCHGATE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    __LAUNCHGATE_GATES__: JSON.stringify(docs.gateSummaries()),
  },
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

// action.yml files and README tables come from the check specs. `npm test` builds with --bundles-only, so that
// the docs test compares the files as committed with a fresh render, not with what the build just wrote.
if (!process.argv.includes('--bundles-only')) docs.writeDocs(process.cwd());
