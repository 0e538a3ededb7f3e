// A real git history for the history-scan tests (unit: slices against one git log; e2e: threads against one
// process): secrets in several commits, a merge whose resolution adds one, a rename, a binary file, a .p12
// keystore (a path-only rule), a file over CHUNK_BYTES with a secret at its very end, and non-ASCII text.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fake } from '../corpus/secrets.js';
import { TempRepo } from './git-repo.js';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const HISTORY_SECRETS = {
  aws: `AKIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 1501)}`,
  github: `ghp_${fake(ALNUM, 36, 1502)}`,
  stripe: `sk_live_${fake(ALNUM, 28, 1503)}`,
  merge: `ghp_${fake(ALNUM, 36, 1504)}`,
  bigEnd: `ghp_${fake(ALNUM, 36, 1505)}`,
  unicode: `sk_live_${fake(ALNUM, 28, 1506)}`,
};

export interface HistoryRepo {
  repo: TempRepo;
  merge: string;
  rename: string;
  big: string;
}

/** `fillers` more commits of plain code, so that a thread pool has enough commits to slice. */
export function buildHistoryRepo(options: { bigBytes: number; fillers: number }): HistoryRepo {
  const s = HISTORY_SECRETS;
  const repo = new TempRepo();
  repo.commit('init', { 'README.md': '# app\n', 'app.env': 'A=1\n' });
  repo.commit('config', { 'config/settings.env': `REGION=eu\nAWS_ACCESS_KEY_ID=${s.aws}\n` });
  for (let i = 0; i < options.fillers; i++)
    repo.commit(`filler ${i}`, { [`src/mod${i % 5}.ts`]: `export const n${i} = ${i};\n`.repeat(i + 1) });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('feature key', { 'feature.env': `GITHUB_TOKEN=${s.github}\n` });
  repo.commit('feature edit', { 'app.env': 'A=2\n' });
  repo.git('checkout', '-q', 'main');
  repo.commit('main edit', { 'app.env': 'A=3\n' });
  try {
    repo.git('merge', '-q', 'feature', '-m', 'merge');
  } catch {
    // The conflict's resolution adds a line neither parent had: the merge's own.
    repo.write({ 'app.env': `A=4\nTOKEN=${s.merge}\n` });
    repo.git('add', '-A');
    repo.git('commit', '-q', '--no-edit');
  }
  const merge = repo.git('rev-parse', 'HEAD');
  repo.git('mv', 'config/settings.env', 'config/production.env');
  repo.write({ 'config/production.env': `REGION=eu\nAWS_ACCESS_KEY_ID=${s.aws}\nSTRIPE=${s.stripe}\n` });
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'rename');
  const rename = repo.git('rev-parse', 'HEAD');
  mkdirSync(path.join(repo.dir, 'certs'));
  writeFileSync(path.join(repo.dir, 'certs', 'client.p12'), Buffer.from([0x30, 0x82, 0, 0, 1, 2, 3, 0, 0, 0xff]));
  // A binary (mostly control bytes, as real ones are) whose bytes hold a token: listed, not read.
  writeFileSync(
    path.join(repo.dir, 'logo.bin'),
    Buffer.concat([
      Buffer.from([0, 1, 2, 0, 3, 4, 5, 6, 0, 7, 8, 0, 14, 15, 16, 0, 17, 18, 19, 0]),
      Buffer.from(s.github),
    ]),
  );
  repo.commit('binaries');
  const line = 'export const filler = "the same line, again and again";\n';
  repo.write({
    'dist/huge.js': line.repeat(Math.ceil(options.bigBytes / line.length)) + `const token = "${s.bigEnd}";\n`,
  });
  const big = repo.commit('big file');
  repo.commit('unicode', { 'docs/notes.md': `Größe: ✓ — 日本語 stripe=${s.unicode}\n` });
  return { repo, merge, rename, big };
}
