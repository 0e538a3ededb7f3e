#!/usr/bin/env node
import { discardEarlyEngine, prestartEngine } from '../checks/migration-check/engine.js';
import { enableCompileCache } from './compile-cache.js';

// Before anything else is loaded: the modules below are compiled from the cache after the first run.
enableCompileCache();

const argv = process.argv.slice(2);
// The migration check parses in its own process (src/checks/migration-check/engine.ts): started first, its Node
// start and parser compile overlap the loading of the CLI and the gate below, which are imported only after it.
if ((argv[0] === 'migration-check' || argv[0] === 'migrations') && !argv.includes('--help') && !argv.includes('-h'))
  prestartEngine();

const { cli } = await import('./main.js');
let code = 1;
try {
  code = await cli(argv, {
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
  });
} finally {
  discardEarlyEngine();
}
process.exitCode = code;
