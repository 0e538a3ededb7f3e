import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * A folder under the temp dir that only this user can write, or undefined when it is not safe to use: V8 runs the
 * code it finds in a compile cache, so a folder another user made, or a link planted there, is never used.
 */
export function privateCacheDir(tmp = os.tmpdir()): string | undefined {
  const uid = process.getuid?.();
  const dir = path.join(tmp, `launchgate-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err: any) {
    if (err?.code !== 'EEXIST') return undefined;
  }
  try {
    const st = lstatSync(dir);
    if (!st.isDirectory()) return undefined;
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Keeps V8's compiled code of the bundle between runs (Node's module compile cache), which saves most of the
 * CLI's start-up on every run after the first. NODE_COMPILE_CACHE (a folder of your choice) and
 * NODE_DISABLE_COMPILE_CACHE=1 are Node's own switches and win. A cache that cannot be used costs nothing: Node
 * then compiles as usual. Returns the folder in use, if any.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE || typeof module.enableCompileCache !== 'function') return undefined;
  const directory = env.NODE_COMPILE_CACHE ? undefined : privateCacheDir();
  if (!env.NODE_COMPILE_CACHE && !directory) return undefined;
  try {
    return module.enableCompileCache(directory).directory;
  } catch {
    return undefined;
  }
}
