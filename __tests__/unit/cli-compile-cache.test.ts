import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { privateCacheDir } from '../../src/cli/compile-cache.js';

const uid = process.getuid?.();
const name = `launchgate-compile-cache${uid === undefined ? '' : `-${uid}`}`;
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'lg-cc-'));

describe('the compile cache folder', () => {
  test('is made private (0700) under the temp dir, and reused', () => {
    const root = tmp();
    const dir = privateCacheDir(root);
    expect(dir).toBe(path.join(root, name));
    if (uid !== undefined) expect(statSync(dir!).mode & 0o777).toBe(0o700);
    expect(privateCacheDir(root)).toBe(dir);
  });

  test('a temp dir that cannot hold it (a file in the way, or missing) gives no cache, not an error', () => {
    const root = tmp();
    writeFileSync(path.join(root, 'file'), '');
    expect(privateCacheDir(path.join(root, 'file'))).toBeUndefined();
    expect(privateCacheDir(path.join(root, 'missing', 'deeper'))).toBeUndefined();
  });

  test('a link planted at its name is never followed', () => {
    const root = tmp();
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, path.join(root, name));
    expect(privateCacheDir(root)).toBeUndefined();
  });

  (uid === undefined ? test.skip : test)('a folder others can write to is not used', () => {
    const root = tmp();
    mkdirSync(path.join(root, name));
    chmodSync(path.join(root, name), 0o777);
    expect(privateCacheDir(root)).toBeUndefined();
  });
});
