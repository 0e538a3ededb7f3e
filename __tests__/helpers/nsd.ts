import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resolver } from 'node:dns/promises';
import { closedPort } from './servers.js';

/**
 * Debian's authoritative server, NSD, serving one zone file on 127.0.0.1 and an ephemeral port (installed by
 * .ci/run). Returns the reason instead when it cannot run, so the test can say it skipped.
 */
export async function startNsd(
  zone: string,
  zoneText: string,
): Promise<{ address: string; stop: () => void } | string> {
  const bin = ['/usr/sbin/nsd', '/usr/bin/nsd'].find((p) => existsSync(p));
  if (!bin) return 'NSD is not installed (apt-get install nsd)';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-nsd-'));
  const port = await closedPort();
  writeFileSync(path.join(dir, 'zone'), zoneText);
  writeFileSync(
    path.join(dir, 'nsd.conf'),
    [
      'server:',
      `  ip-address: 127.0.0.1@${port}`,
      `  port: ${port}`,
      '  username: ""',
      `  zonesdir: "${dir}"`,
      `  pidfile: "${dir}/nsd.pid"`,
      `  xfrdfile: "${dir}/xfrd.state"`,
      `  zonelistfile: "${dir}/zone.list"`,
      `  logfile: "${dir}/nsd.log"`,
      '  database: ""',
      'remote-control:',
      '  control-enable: no',
      'zone:',
      `  name: ${zone}`,
      '  zonefile: zone',
      '',
    ].join('\n'),
  );
  const child = spawn(bin, ['-d', '-c', path.join(dir, 'nsd.conf')], { stdio: 'ignore' });
  const stop = () => child.kill('SIGTERM');
  const resolver = new Resolver({ timeout: 300, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  for (let i = 0; i < 40; i++) {
    try {
      await resolver.resolveSoa(zone);
      return { address: `127.0.0.1:${port}`, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  stop();
  return `NSD did not answer on 127.0.0.1:${port} (see ${dir}/nsd.log)`;
}
