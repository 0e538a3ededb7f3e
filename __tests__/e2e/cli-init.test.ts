import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { TempRepo } from '../helpers/git-repo.js';
import { runAction, runCli } from '../helpers/run-action.js';

/** A fresh project as a new user has it: an app, a migration, a few commits. */
function freshProject(): { repo: TempRepo; first: string } {
  const repo = new TempRepo();
  const first = repo.commit('app', {
    'package.json': JSON.stringify({ name: 'app', scripts: { start: 'node server.js' } }),
    'server.js': "require('node:http').createServer((q, s) => s.end('ok')).listen(3000);\n",
    'migrations/001_create_items.sql': 'CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL);\n',
  });
  return { repo, first };
}

describe('launchgate init writes what runs as written', () => {
  test('init, then run, in a fresh repository: exit 0, and no section waits on example.com', async () => {
    const { repo } = freshProject();
    const init = await runCli(['init'], { cwd: repo.dir });
    expect(init.exitCode).toBe(0);
    const configText = readFileSync(path.join(repo.dir, 'launchgate.yml'), 'utf8');
    const config = parse(configText);
    expect(Object.keys(config)).toEqual(['secrets', 'migrations']);
    expect(config.migrations['changed-only']).toBeUndefined();
    // The sections that need the user's values are there to uncomment, and parse once uncommented.
    const uncommented = parse(
      configText
        .split('\n')
        .map((l) => l.replace(/^# /, ''))
        .filter((l) => !/^#/.test(l) && !/^(The|Run|launchgate\.yml)/.test(l))
        .join('\n'),
    );
    expect(Object.keys(uncommented)).toEqual(['secrets', 'migrations', 'smoke', 'latency', 'dns']);
    repo.commit('launchgate init');

    const run = await runCli(['run'], { cwd: repo.dir });
    if (run.exitCode !== 0) throw new Error(`launchgate run exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
    expect(run.stdout).toMatch(/^secret-scan +PASS/m);
    expect(run.stdout).toMatch(/^migration-check +PASS/m);
  }, 120000);

  test('the workflow init writes runs the action on each of its triggers: push, pull_request, schedule', async () => {
    const { repo, first } = freshProject();
    expect((await runCli(['init'], { cwd: repo.dir })).exitCode).toBe(0);
    const workflow = parse(readFileSync(path.join(repo.dir, '.github/workflows/launchgate.yml'), 'utf8'));
    const triggers = Object.keys(workflow.on);
    expect(triggers.sort()).toEqual(['pull_request', 'push', 'schedule']);
    // Nothing in the config init writes posts or reads a secret: least privilege, no secret passed.
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const step = workflow.jobs.launchgate.steps.find((s: any) => String(s.uses).startsWith('launchgate/launchgate@'));
    expect(step.env).toBeUndefined();
    const base = repo.commit('launchgate init');
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.commit('a second migration', {
      'migrations/002_add_price.sql': 'ALTER TABLE items ADD COLUMN price numeric;\n',
    });
    const events: Record<string, object> = {
      push: { before: first, after: head, ref: 'refs/heads/feature', repository: { default_branch: 'main' } },
      pull_request: { number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head } } },
      schedule: { schedule: workflow.on.schedule[0].cron },
    };
    for (const name of triggers) {
      const run = await runAction('main', {
        cwd: repo.dir,
        eventName: name,
        event: events[name],
        inputs: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)])),
        env: Object.fromEntries(Object.keys(step.env ?? {}).map((k) => [k, ''])),
      });
      if (run.exitCode !== 0 || run.outputs.result !== 'pass')
        throw new Error(`the action on ${name} exited ${run.exitCode}:\n${run.stdout.slice(-3000)}\n${run.stderr}`);
      expect(run.summary).toContain('## launchgate · secret-scan');
      expect(run.summary).toContain('## launchgate · migration-check');
    }
  }, 240000);
});
