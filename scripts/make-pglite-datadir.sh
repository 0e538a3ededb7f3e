#!/usr/bin/env bash
# Remakes src/checks/migration-check/assets/pglite-datadir.tar.gz, the initialised PGlite data directory the
# migration check ships so that a runner with an empty tool cache skips initdb. Run it after upgrading
# @electric-sql/pglite (the check ignores an archive made by another PGlite build and runs initdb instead).
set -euo pipefail
out=src/checks/migration-check/assets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node --input-type=module -e "
const { PGlite } = await import('@electric-sql/pglite');
const db = await PGlite.create({ dataDir: '$work/data' });
await db.close();"
# Deterministic archive: sorted names, fixed times and owners, no gzip timestamp.
# template0 and template1 are never used by the check: leave them out (see dropTemplateDatabases).
rm -rf "$work/data/base/1" "$work/data/base/4"
tar --format=ustar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/data" -cf - . | gzip -9n >"$out/pglite-datadir.tar.gz"
bytes=$(stat -c %s node_modules/@electric-sql/pglite/dist/pglite.wasm)
version=$(node -p "require('./node_modules/@electric-sql/pglite/package.json').version")
printf '{ "pglite": "%s", "pgliteWasmBytes": %s }\n' "$version" "$bytes" >"$out/pglite-datadir.json"
echo "wrote $out/pglite-datadir.tar.gz ($(stat -c %s "$out/pglite-datadir.tar.gz") bytes) for PGlite $version"
