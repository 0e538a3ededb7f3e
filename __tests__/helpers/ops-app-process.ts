import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './run-action.js';
import { OPS_PASSWORD } from './servers.js';

/**
 * The ops app in its own process, as a real app runs: measured times are then the app's and the client's, not
 * those of the test runner that shares their event loop.
 */
export async function startOpsAppProcess(): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'examples/ops-app/main.js'), '0'], {
    env: { PATH: process.env.PATH ?? '', OPS_PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`ops app exited with ${code}: ${out}`)));
  });
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
