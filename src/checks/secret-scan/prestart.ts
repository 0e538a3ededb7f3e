// What the secret scan's action runs before the rest of the gate loads (the entry scripts/build.mjs generates):
// the history reader thread is started at once, so that it boots (about 0.2 s, on the other core) while this thread
// compiles the gate and checks the range, instead of after. The raw inputs only tell whether a history scan is
// likely; the check decides from its validated inputs, and takes the thread or closes it (closeUnusedReaderThread).
import { startReaderThreadEarly } from './reader-thread.js';
import { defaultHistoryThreads, READER_ENV, THREADS_ENV } from './thread-knobs.js';

export function prestart(env: Record<string, string | undefined> = process.env): void {
  const input = (name: string) => (env[`INPUT_${name}`] ?? '').trim().toLowerCase();
  if (input('URLS') || input('MODE') === 'tree' || !['', 'builtin'].includes(input('ENGINE'))) return;
  if (env[READER_ENV]?.trim() === 'inline') return;
  const threads = env[THREADS_ENV]?.trim();
  if (threads ? threads !== '1' : defaultHistoryThreads() > 1) return;
  startReaderThreadEarly();
}
