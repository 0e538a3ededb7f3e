// npm run bench:dns — parses a generated BIND zone file of N records (A, AAAA, MX, TXT split in strings, CAA, and a
// DNSKEY over three lines in parentheses) with launchgate's zone-file reader, and checks the same file with NSD's
// nsd-checkzone (Debian's authoritative server, installed by scripts/install-test-deps.sh), printed side by side.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ZoneDns, parseZoneFile } from '../src/checks/dns-check/zone-file.js';

const COUNT = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-dns-'));
const file = path.join(dir, 'bench.test.zone');
const lines = [
  '$ORIGIN bench.test.',
  '$TTL 3600',
  '@ IN SOA ns1.bench.test. admin.bench.test. ( 1 7200 900 1209600 300 )',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.53',
];
const shapes = [
  (i: number) => `h${i} IN A 192.0.${(i >> 8) & 255}.${i & 255}`,
  (i: number) => `h${i} IN AAAA 2001:db8::${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}`,
  (i: number) => `m${i} IN MX 10 h${i}`,
  (i: number) => `t${i} IN TXT "v=spf1 ip4:192.0.2.0/24 " "include:_spf.provider.example -all" ; split in two`,
  (i: number) => `c${i} IN CAA 0 issue "letsencrypt.org"`,
  (i: number) =>
    `k${i} IN DNSKEY 257 3 13 ( mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpV\n      XckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==\n      ) ; key ${i}`,
];
for (let i = 0; i < COUNT; i++) lines.push(shapes[i % shapes.length](i));
writeFileSync(file, lines.join('\n') + '\n');
const mb = (statSync(file).size / 1e6).toFixed(1);

const t0 = performance.now();
const records = parseZoneFile(readFileSync(file, 'utf8'), 'bench.test');
const dns = new ZoneDns(records, 'bench.test', 'bench.test.zone');
await dns.query('h1.bench.test', 'A');
const ours = performance.now() - t0;

const nsd = ['/usr/sbin/nsd-checkzone', '/usr/bin/nsd-checkzone'].find((p) => existsSync(p));
let theirs: number | undefined;
let peerNote = 'not installed (apt-get install nsd)';
if (nsd) {
  const s0 = performance.now();
  const out = execFileSync(nsd, ['bench.test', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  theirs = performance.now() - s0;
  peerNote = out.trim().split('\n').pop() ?? '';
}

const rate = (ms: number) => ((COUNT / ms) * 1000).toFixed(0);
console.log(`zone: ${COUNT} generated records, ${mb} MB (${file})`);
console.log('| tool | total (ms) | records/s | result |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| launchgate zone-file reader (in-process) | ${ours.toFixed(0)} | ${rate(ours)} | ${records.length} records |`,
);
console.log(
  theirs === undefined
    ? `| nsd-checkzone | — | — | ${peerNote} |`
    : `| nsd-checkzone (native, process start included) | ${theirs.toFixed(0)} | ${rate(theirs)} | ${peerNote} |`,
);
