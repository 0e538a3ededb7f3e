import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sanitizeLogText } from '../../src/core/escape.js';
import { ROOT, runAction, runCli } from '../helpers/run-action.js';

// Issue 14 L4: flow and route names (from files a pull request can change) and server answers reach the job log.
// The runner takes any line starting with `::` as a workflow command; \r starts a line too.
const HOSTILE_NAME = 'home\n::stop-commands::pwned\r::error title=fake::injected\n  ::set-output name=result::pass';

/** The lines the runner would take as commands, as it splits them (\n, \r and \r\n). */
function commands(log: string): string[] {
  return log.split(/\r\n|\r|\n/).filter((l) => /^\s*(::|##\[)/.test(l));
}

describe('every untrusted line is sanitised before it reaches the log', () => {
  test('sanitizeLogText: command lines are defused, text stays readable', () => {
    const out = sanitizeLogText(`ok\r\n::warning::a\rb\n  ::debug::c\n##[error]d\nnot :: a command`);
    expect(commands(out)).toEqual([]);
    expect(out.replace(/\u200b/g, '')).toBe('ok\n::warning::a\nb\n  ::debug::c\n##[error]d\nnot :: a command');
  });

  async function opsApp(): Promise<{ url: string; stop: () => void }> {
    const app = spawn(process.execPath, [path.join(ROOT, 'examples/ops-app/main.js'), '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve) => {
      let out = '';
      app.stdout!.on('data', (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (m) resolve(m[0]);
      });
    });
    return { url, stop: () => app.kill() };
  }

  test('a flow named with workflow commands: the action logs them inert, and no command from it runs', async () => {
    const app = await opsApp();
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-log-'));
      writeFileSync(
        path.join(dir, 'flows.yml'),
        `flows:\n  - name: ${JSON.stringify(HOSTILE_NAME)}\n    steps:\n      - name: ${JSON.stringify(HOSTILE_NAME)}\n        request: { method: GET, url: / }\n`,
      );
      const run = await runAction('smoke-test', { cwd: dir, inputs: { 'base-url': app.url, flows: 'flows.yml' } });
      expect(run.stdout).toContain('pwned');
      const injected = commands(run.stdout).filter((l) => /pwned|injected|set-output/.test(l));
      expect(injected).toEqual([]);
      expect(run.annotations.filter((a) => a.message.includes('injected') && a.title === 'fake')).toEqual([]);

      const cli = await runCli(['smoke-test', '--base-url', app.url, '--flows', 'flows.yml'], { cwd: dir });
      expect(commands(cli.stdout + '\n' + cli.stderr).filter((l) => /pwned|injected|set-output/.test(l))).toEqual([]);
    } finally {
      app.stop();
    }
  }, 60000);
});
