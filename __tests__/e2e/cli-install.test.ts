import { describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/run-action.js';

const run = promisify(execFile);

// Issue 12.6: `npm i -g github:owner/launchgate` installs what `npm pack` makes of the repository. Pack it, install
// the tarball globally into a temporary prefix, and run the installed command as a user would.
describe('installable as documented', () => {
  test('npm pack, npm i -g <tarball>: `launchgate --help` and `init` work from the installed package', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lg-install-'));
    const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
    await run('npm', ['pack', '--pack-destination', work], { cwd: ROOT, env, maxBuffer: 1 << 24 });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const prefix = path.join(work, 'prefix');
    await run('npm', ['i', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', path.join(work, tarball!)], {
      env,
      maxBuffer: 1 << 24,
    });
    const bin = path.join(prefix, 'bin', 'launchgate');
    const help = await run(bin, ['--help'], { env });
    expect(help.stdout).toContain('launchgate run [--config launchgate.yml]');
    const version = await run(bin, ['--version'], { env });
    expect(version.stdout.trim()).toMatch(/^launchgate \d+\.\d+\.\d+$/);
    // The demo's app ships with the package (the demo finds it beside the bundle).
    const installed = path.join(prefix, 'lib', 'node_modules', 'launchgate');
    expect(readdirSync(path.join(installed, 'examples', 'ops-app'))).toContain('main.js');
    const project = mkdtempSync(path.join(os.tmpdir(), 'lg-installed-init-'));
    const init = await run(bin, ['init'], { cwd: project, env });
    expect(init.stdout).toContain('Wrote launchgate.yml');
  }, 300000);
});
