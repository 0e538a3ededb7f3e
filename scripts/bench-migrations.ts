// npm run bench:migrations — lints 1000 generated migration files with launchgate's rules (in-process, the
// parser's WebAssembly start included in the first file) and with squawk, and prints files/s side by side.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintSql } from '../src/checks/migration-check/lint-file.js';
import { peerBin } from './peer-tools.js';

const COUNT = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-mig-'));
mkdirSync(dir, { recursive: true });
const templates = [
  (i: number) =>
    `CREATE TABLE t${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());\nCREATE INDEX t${i}_name ON t${i} (name);\n`,
  (i: number) =>
    `SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN c${i} text;\nCREATE INDEX CONCURRENTLY orders_c${i} ON orders (c${i});\n`,
  (i: number) =>
    `ALTER TABLE orders ADD COLUMN d${i} int NOT NULL;\nALTER TABLE orders ADD CONSTRAINT fk${i} FOREIGN KEY (d${i}) REFERENCES customers (id);\n`,
  (i: number) =>
    `-- backfill ${i}\nUPDATE orders SET status = 'x' WHERE id BETWEEN ${i * 1000} AND ${i * 1000 + 999};\nALTER TABLE orders RENAME COLUMN a${i} TO b${i};\n`,
];
const files: string[] = [];
for (let i = 0; i < COUNT; i++) {
  const file = path.join(dir, `${String(i).padStart(5, '0')}_m.sql`);
  writeFileSync(file, templates[i % templates.length](i));
  files.push(file);
}

const t0 = performance.now();
let hits = 0;
let first = 0;
for (const [i, file] of files.entries()) {
  hits += (await lintSql(readFileSync(file, 'utf8'))).hits.length;
  if (i === 0) first = performance.now() - t0;
}
const ours = performance.now() - t0;

const squawk = peerBin('squawk-cli', '2.66.0', 'squawk');
const s0 = performance.now();
let squawkHits = 0;
try {
  execFileSync(squawk, ['--reporter', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
} catch (err: any) {
  squawkHits = JSON.parse(err.stdout || '[]').length;
}
const theirs = performance.now() - s0;

const rate = (ms: number) => ((COUNT / ms) * 1000).toFixed(0);
console.log(`files: ${COUNT} generated migrations (${dir})`);
console.log(`| tool | first file (ms) | total (ms) | files/s | findings |`);
console.log(`| --- | --- | --- | --- | --- |`);
console.log(
  `| launchgate (in-process, WebAssembly parser) | ${first.toFixed(1)} | ${ours.toFixed(0)} | ${rate(ours)} | ${hits} |`,
);
console.log(
  `| squawk 2.66.0 (native, one process, process start included) | — | ${theirs.toFixed(0)} | ${rate(theirs)} | ${squawkHits} |`,
);
