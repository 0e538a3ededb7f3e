import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Installs a peer tool from npm into node_modules/.cache/peers on first use. Peers are not devDependencies:
 * their per-platform optional packages would break `npm ci` on other platforms.
 */
export function peerBin(pkg: string, version: string, bin: string): string {
  const prefix = path.resolve('node_modules/.cache/peers', `${pkg.replace('/', '_')}-${version}`);
  const file = path.join(prefix, 'node_modules', '.bin', bin);
  if (!existsSync(file)) {
    console.error(`installing ${pkg}@${version} into ${prefix} …`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `${pkg}@${version}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return file;
}
