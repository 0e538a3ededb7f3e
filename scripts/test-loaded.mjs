// `npm run test:loaded`: the test suite on a busy machine, as users' shared CI runners are. Starts one busy loop
// per core (each bounded in time by itself, and killed when the tests end), then runs jest with any arguments given:
//   npm run test:loaded -- __tests__/e2e/main-job.test.ts
// LAUNCHGATE_LOAD_LOOPS sets the number of loops (default: one per core).
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const loops = Number(process.env.LAUNCHGATE_LOAD_LOOPS ?? os.availableParallelism());
// A loop never outlives this, even if this script is killed before it can stop them.
const LOOP_LIMIT_MS = 30 * 60 * 1000;

const busy = [];
for (let i = 0; i < loops; i++) {
  busy.push(
    spawn(process.execPath, ['-e', `const end = Date.now() + ${LOOP_LIMIT_MS}; while (Date.now() < end) {}`], {
      stdio: 'ignore',
    }),
  );
}
const stopLoops = () => {
  for (const child of busy) if (child.exitCode === null) child.kill('SIGKILL');
};
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopLoops();
    process.exit(130);
  });

console.log(
  `test:loaded: ${loops} busy loop(s) running beside the tests (load average now ${os.loadavg()[0].toFixed(1)}).`,
);
const started = Date.now();
const jest = spawn(
  process.execPath,
  ['--experimental-vm-modules', path.join(root, 'node_modules/jest/bin/jest.js'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
const code = await new Promise((resolve) => jest.on('close', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
stopLoops();
console.log(
  `test:loaded: jest exited ${code} after ${((Date.now() - started) / 1000).toFixed(0)} s with ${loops} busy loop(s) (load average ${os.loadavg()[0].toFixed(1)}).`,
);
process.exitCode = code;
