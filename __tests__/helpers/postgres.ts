import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closedPort } from './servers.js';

export interface PostgresServer {
  url: string;
  port: number;
  stop: () => void;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  return undefined;
}

/**
 * Starts a throwaway Postgres server on 127.0.0.1 (Debian's packages, installed by .ci/run). Returns the reason
 * instead when none can be started, so the test can say it skipped.
 */
export async function startPostgres(): Promise<PostgresServer | string> {
  const bin = binDir();
  if (!bin) return 'no Postgres server binaries under /usr/lib/postgresql (apt-get install postgresql)';
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-pg-'));
  chmodSync(dir, 0o777);
  const asUser = (cmd: string, args: string[]) =>
    isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' })
      : spawnSync(cmd, args, { encoding: 'utf8' });
  const data = path.join(dir, 'data');
  const init = asUser(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  if (init.status !== 0) return `initdb failed: ${init.stderr || init.error}`;
  const port = await closedPort();
  const start = asUser(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-t',
    '30',
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  if (start.status !== 0) return `pg_ctl start failed: ${start.stderr}`;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => {
      try {
        asUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } catch {
        execFileSync('true');
      }
    },
  };
}
