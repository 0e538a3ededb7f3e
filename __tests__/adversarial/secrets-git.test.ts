/**
 * Hostile commits against the history, diff and pull-request scans (issue 14: H2, M6, M11, L6, L10, M13).
 * Each test failed on the scan as it was before these fixes; the comment on each says how.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';
import { TempRepo } from '../helpers/git-repo.js';
import { fake } from '../corpus/secrets.js';

const AWS_KEY = `AKIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 1401)}`;
const GH_TOKEN = `ghp_${fake('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 36, 1402)}`;
const repos: TempRepo[] = [];
const newRepo = () => {
  const r = new TempRepo();
  repos.push(r);
  return r;
};
afterAll(() => {
  for (const r of repos) rmSync(r.dir, { recursive: true, force: true });
});

const located = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.annotations.filter((a) => a.level === 'error' && a.file).map((a) => `${a.file}:${a.line}`);

/** A branch `side` with one commit, merged into main with a file of the merge's own. */
function mergeAddingFile(repo: TempRepo, file: string, text: string): void {
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit('side', { 'side.txt': 'side\n' });
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '--no-commit', 'side');
  repo.write({ [file]: text });
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'merge side');
}

/** A `git` first on PATH that notes each command it is given (its arguments, a line each), then runs git. */
function gitShim() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-git-shim-'));
  const calls = path.join(dir, 'calls');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\necho "git $*" >> '${calls}'\nexec '${realGit}' "$@"\n`, {
    mode: 0o755,
  });
  return {
    env: { PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` },
    started: () => (existsSync(calls) ? readFileSync(calls, 'utf8').split('\n').filter(Boolean) : []),
    clear: () => rmSync(calls, { force: true }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('patches are read by their structure, not by what a line looks like', () => {
  // H2: the old parser took the added line "+++ /dev/null" for a file header and dropped the rest of the file.
  test('a committed line "++ /dev/null" does not hide the key after it', async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': '# app\n' });
    repo.commit('sneaky', { 'notes.txt': `intro\n++ /dev/null\nAWS_ACCESS_KEY_ID=${AWS_KEY}\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(located(run)).toEqual(['notes.txt:3']);
    expect(run.exitCode).toBe(1);
  });

  test('lines that look like diff, hunk and commit headers inside a hunk are content too', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'x\n' });
    const body = ['diff --git a/x b/x', '@@ -1 +1 @@', '++ b/elsewhere', `token: ${GH_TOKEN}`].join('\n') + '\n';
    repo.commit('headers', { 'b.txt': body });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(located(run)).toEqual(['b.txt:4']);
  });

  // L6: git ends "+++ b/my file.env" with a tab; the old parser kept it in the path and the fingerprint.
  test('a file name with a space is reported without git’s trailing tab', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'x\n' });
    const c = repo.commit('spaced', { 'my file.env': `KEY=${AWS_KEY}\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    const hit = run.annotations.find((a) => a.file);
    expect(hit?.file).toBe('my file.env');
    expect(hit?.message).toMatch(new RegExp(`Fingerprint: ${c}:my file\\.env:[\\w-]+:1$`));
  });
});

describe('a changed file is read from its patch, by the same structure', () => {
  // Added files are read whole from the object store; a changed file's added lines still come from git log -p.
  test('header look-alikes added to an existing file are content, on their file lines', async () => {
    const repo = newRepo();
    repo.commit('init', { 'notes.txt': 'start\n' });
    repo.commit('sneaky', {
      'notes.txt': `start\nintro\n++ /dev/null\ndiff --git a/x b/x\n@@ -1 +1 @@\nAWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
    });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(located(run)).toEqual(['notes.txt:6']);
  });
});

describe('nothing in the scanned commits changes how git shows them', () => {
  // A .gitattributes that unsets `diff` made git log -p print "Binary files differ" for .env files: the keys in
  // them were never read, in an added file or a changed one, and the scan passed.
  test('a .gitattributes marking files -diff or binary hides no key', async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': '# app\n', 'settings.env': 'DEBUG=1\n' });
    repo.commit('attributes', { '.gitattributes': '*.env -diff\n*.cfg binary\n' });
    repo.commit('keys', {
      'settings.env': `DEBUG=1\nAWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
      'deploy.cfg': `token = ${GH_TOKEN}\n`,
    });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(located(run).sort()).toEqual(['deploy.cfg:1', 'settings.env:2']);
    expect(run.exitCode).toBe(1);
  });

  // One NUL near the start made git print "Binary files differ" for a changed file: the key added beside it was
  // never read. The file is judged again by its content, as in a working tree, and its added lines are read.
  test('a NUL byte in a changed text file hides no key', async () => {
    const repo = newRepo();
    repo.commit('init', { '.env': 'DEBUG=1\n', notes: 'hello\n', 'logo.png': 'PNG\n' });
    repo.commit('keys', {
      '.env': `\u0000DEBUG=1\nAWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
      notes: `hello\u0000\ntoken = ${GH_TOKEN}\n`,
      // A real binary by its name stays binary: listed, not read.
      'logo.png': `\u0000\u0001\u0002token = ${GH_TOKEN}\n`,
    });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(located(run).sort()).toEqual(['.env:2', 'notes:2']);
    expect(run.summary).toMatch(/binary file\(s\) checked by name only: logo\.png/);
    expect(run.summary).not.toMatch(/by name only:[^\n]*(\.env|notes)/);
  });

  // Each such file was read again by two git processes of its own, one after the other: 300 of them took 16 s
  // (each process started from a large one costs far more than its work), thousands took minutes. They are now
  // read by a few processes whatever their number; a shim on PATH counts the git processes the scan starts.
  test('hundreds of NUL-led changed text files are read again by a few git processes, every key found', async () => {
    const repo = newRepo();
    const count = 200;
    const names = Array.from({ length: count }, (_, i) => `notes/n${i}.txt`);
    repo.commit('init', Object.fromEntries(names.map((n) => [n, 'hello\n'])));
    repo.commit('keys', Object.fromEntries(names.map((n) => [n, `hello\u0000\ntoken = ${GH_TOKEN}\n`])));
    // Read again together, commits and paths show more than was asked: git also prints n0's plain change in
    // 'last' (read by the changed files' pass); its key is reported once, on its line.
    repo.commit('plain again', { 'notes/n0.txt': `hello\ntoken = ${GH_TOKEN}\n` });
    repo.commit('last', {
      'notes/n0.txt': `hello\ntoken = ${GH_TOKEN}\nAWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
      'other.txt': `\u0000\nAWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
    });
    const shim = gitShim();
    try {
      const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' }, env: shim.env });
      expect(run.exitCode).toBe(1);
      // Annotations stop at 10 a step: the SARIF file has them all.
      const sarif = JSON.parse(readFileSync(run.outputs.sarif, 'utf8'));
      const found = sarif.runs[0].results.map(
        (r: any) =>
          `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`,
      );
      expect(found.sort()).toEqual([...names.map((n) => `${n}:2`), 'notes/n0.txt:3', 'other.txt:2'].sort());
      // The range checks, the four readers, one cat-file and one log for the re-read: not one or two per file.
      expect(shim.started().length).toBeLessThan(15);
    } finally {
      shim.dispose();
    }
  });

  // The merges' pass starts when the walk finds a merge, and is handed the merges it finds (handed none, git log
  // would show HEAD): a merge checked out beyond the range must not be read as if it were in it.
  // The changed files' and the merges' passes start only for a history that has changed files or merges; one that
  // has them still gets every key they hold (a shim on PATH lists the git commands started).
  test('no changed-files or merges pass for a history that only adds files; both for one that has them', async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': '# app\n', 'a.env': `token = ${GH_TOKEN}\n` });
    repo.commit('more', { 'b.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n` });
    const shim = gitShim();
    const scan = async () => {
      shim.clear();
      const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' }, env: shim.env });
      const started = shim.started();
      return {
        found: located(run).sort(),
        patches: started.some((c) => c.includes('--diff-filter=ad')),
        merges: started.some((c) => c.includes('--merges')),
      };
    };
    try {
      expect(await scan()).toEqual({ found: ['a.env:1', 'b.env:1'], patches: false, merges: false });
      repo.commit('change', { 'a.env': `token = ${GH_TOKEN}\nPASSWORD_TOKEN = ${AWS_KEY}\n` });
      mergeAddingFile(repo, 'merged.cfg', `token = "${GH_TOKEN}"\n`);
      expect(await scan()).toEqual({
        found: ['a.env:1', 'a.env:2', 'b.env:1', 'merged.cfg:1'],
        patches: true,
        merges: true,
      });
    } finally {
      shim.dispose();
    }
  });

  test('a merge checked out beyond a range without merges is not scanned', async () => {
    const repo = newRepo();
    const base = repo.commit('init', { 'README.md': '# app\n' });
    const head = repo.commit('plain', { 'a.txt': 'hello\n' });
    mergeAddingFile(repo, 'evil.cfg', `token = "${GH_TOKEN}"\n`);
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'diff', base, head } });
    expect(run.exitCode).toBe(0);
    expect(located(run)).toEqual([]);
    // The whole history does hold it, in the merge.
    const all = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(located(all)).toEqual(['evil.cfg:1']);
  });

  // Found in review: a merge's own file that git calls binary was listed, never read; a path ending in
  // " and /dev/null" made a changed binary-looking file pass for a deleted one; a plain-text file named like a
  // binary format (creds.db) was skipped by its name; a symlink replaced by such a file failed the scan.
  test('a merge, a path like a deletion, a binary-sounding name and a symlink turned file hide no key', async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': '# app\n', 'q and /dev/null': 'x\n' });
    symlinkSync('README.md', path.join(repo.dir, 'link.cfg'));
    repo.commit('a symlink');
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('side', { 'side.txt': 'side\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'main.txt': 'main\n' });
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'side');
    repo.write({ 'evil.cfg': `x\u0000y\ntoken = "${GH_TOKEN}"\n` });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'merge side');
    rmSync(path.join(repo.dir, 'link.cfg'));
    repo.commit('keys', {
      'q and /dev/null': `\u0000x\nAWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
      'creds.db': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n`,
      'link.cfg': `\u0000x\ntoken = ${GH_TOKEN}\n`,
    });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(run.exitCode).toBe(1);
    expect(located(run).sort()).toEqual(['creds.db:1', 'evil.cfg:2', 'link.cfg:2', 'q and /dev/null:2']);
  });

  // A user's or runner's git config must not change what is read: `log.showRoot=false` hid the root commit.
  test('git config that hides the root commit or drops prefixes changes nothing', async () => {
    const repo = newRepo();
    repo.commit('root', { 'first.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n`, 'app.cfg': 'a\n' });
    repo.commit('change', { 'app.cfg': `a\ntoken = ${GH_TOKEN}\n` });
    const config = path.join(repo.dir, '..', `${path.basename(repo.dir)}.gitconfig`);
    writeFileSync(config, '[log]\n\tshowRoot = false\n[diff]\n\tnoprefix = true\n\tmnemonicPrefix = true\n');
    const run = await runAction('secret-scan', {
      cwd: repo.dir,
      inputs: { mode: 'history' },
      env: { GIT_CONFIG_GLOBAL: config },
    });
    expect(located(run).sort()).toEqual(['app.cfg:2', 'first.env:1']);
    rmSync(config, { force: true });
  });

  // A history scan that stops early (here: a bad config after git started reading) leaves no temp folder behind.
  test('no temp folder is left when the scan stops while git is being read', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'x\n'.repeat(1000) });
    repo.commit('config', { '.gitleaks.toml': '[[rules]]\nid = "broken"\nregex = "("\n' });
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-tmpdir-'));
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' }, env: { TMPDIR: tmp } });
    expect(run.exitCode).not.toBe(0);
    expect(readdirSync(tmp).filter((f) => f.startsWith('launchgate-git-'))).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
  });

  // A merge that adds a file neither parent had ("evil merge") is its own change: it is read as a combined diff.
  test('a file only a merge commit added is scanned', async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': '# app\n' });
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('side', { 'side.txt': 'side\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'main.txt': 'main\n' });
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'side');
    repo.write({ 'merge-only.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n` });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'merge side');
    const merge = repo.git('rev-parse', 'HEAD');
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(located(run)).toEqual(['merge-only.env:1']);
    expect(run.annotations.find((a) => a.file)?.message).toContain(`Fingerprint: ${merge}:merge-only.env:`);
  });

  // A file without an extension whose name is a binary format's extension (`a`, `lib`, `bin`) was taken for one.
  test('a file named like a binary extension, without a dot, is read as text', async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': '# app\n' });
    repo.commit('keys', { a: `AWS_ACCESS_KEY_ID=${AWS_KEY}\n`, 'bin/lib': `token = ${GH_TOKEN}\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' } });
    expect(located(run).sort()).toEqual(['a:1', 'bin/lib:1']);
    const tree = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'tree' } });
    expect(located(tree).sort()).toEqual(['a:1', 'bin/lib:1']);
  });
});

describe('large commits are scanned, not skipped', () => {
  // M6: the old line splitter re-searched the growing line for every read (43 s at 16 MB, >300 s at 50 MB).
  test('a 24 MB single-line file is scanned to its end', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'x\n' });
    repo.commit('one huge line', { 'blob.js': `${'x'.repeat(24 * 1024 * 1024)} k="${AWS_KEY}"\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' }, timeoutMs: 100000 });
    expect(located(run)).toEqual(['blob.js:1']);
  }, 120000);

  // M11: a patch over 10 MiB was skipped and the scan passed.
  test('a key after 11 MiB of padding in a commit is found on its line', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'x\n' });
    const padding = `${' '.repeat(1023)}\n`.repeat(11 * 1024);
    repo.commit('padded', { 'padded.env': `${padding}SECRET_KEY=${AWS_KEY}\n` });
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'history' }, timeoutMs: 100000 });
    expect(located(run)).toEqual([`padded.env:${11 * 1024 + 1}`]);
    expect(run.summary).toContain('scanned in overlapping chunks');
  }, 120000);
});

describe('ranges that scan nothing fail', () => {
  // L10: an empty or reversed diff range passed with 0 commits.
  test.each([
    ['empty', (a: string, b: string) => [b, b]],
    ['reversed', (a: string, b: string) => [b, a]],
  ])('an %s diff range is an error', async (_name, pick) => {
    const repo = newRepo();
    const a = repo.commit('one', { 'a.txt': '1\n' });
    const b = repo.commit('two', { 'a.txt': `${AWS_KEY}\n` });
    const [base, head] = pick(a, b);
    const run = await runAction('secret-scan', { cwd: repo.dir, inputs: { mode: 'diff', base, head } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toMatch(/resolves to no commits .*base must be an ancestor of head/);
  });
});

describe('a pull request cannot silence its own scan', () => {
  function prRepo(files: Record<string, string>) {
    const repo = newRepo();
    const base = repo.commit('init', { 'README.md': '# app\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.commit('feature', { 'app.env': `AWS=${AWS_KEY}\n`, ...files });
    return {
      repo,
      event: {
        eventName: 'pull_request',
        event: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
      },
      head,
    };
  }

  // M13: the PR's own `[allowlist] paths = ['''.*''']` made the scan pass.
  test('an allowlist the pull request adds to .gitleaks.toml is not used, and is named in a warning', async () => {
    const { repo, event } = prRepo({
      '.gitleaks.toml': "[extend]\nuseDefault = true\n[allowlist]\npaths = ['''.*''']\n",
    });
    const run = await runAction('secret-scan', { cwd: repo.dir, ...event });
    expect(run.exitCode).toBe(1);
    expect(located(run)).toEqual(['app.env:1']);
    const warning = run.annotations.find((a) => a.level === 'warning');
    expect(warning?.message).toContain('.gitleaks.toml was read from the base commit');
    expect(warning?.message).toContain(`"paths = ['''.*''']"`);
    const trusted = await runAction('secret-scan', { cwd: repo.dir, ...event, inputs: { 'trust-pr-config': 'true' } });
    expect(trusted.exitCode).toBe(0);
    expect(trusted.summary).toContain('1 finding(s) silenced by a path allowlist');
  });

  test('a .gitleaksignore line the pull request adds is not used', async () => {
    const { repo, event } = prRepo({ '.gitleaksignore': 'app.env:aws-access-token:1\napp.env:aws-access-key-id:1\n' });
    const run = await runAction('secret-scan', { cwd: repo.dir, ...event });
    expect(run.exitCode).toBe(1);
    expect(located(run)).toEqual(['app.env:1']);
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain('New entries: "app.env:aws-access-');
  });
});
