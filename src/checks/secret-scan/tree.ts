import {
  closeSync,
  type Dirent,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import type { ScanStats } from './git-patches.js';
import { advancePosition, CHUNK_BYTES, chunkEnd, decodeText, nextChunkStart } from './text-chunks.js';
import type { Fragment } from './scanner.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

/** Names that are text whatever bytes they hold: a NUL in a `.env` must not hide the key beside it. */
const TEXT_EXTENSIONS = new Set(
  (
    'env txt md json jsonc json5 yml yaml toml ini cfg conf config properties xml html htm css scss less js mjs cjs ' +
    'jsx ts tsx vue svelte py rb go rs java kt kts scala php pl sh bash zsh fish ps1 bat cmd sql graphql proto tf ' +
    'tfvars hcl gradle pem key crt cer pub asc csv tsv log map lock sum dockerfile npmrc pypirc netrc gitconfig ' +
    'tpl tmpl j2 erb ejs hbs cs c h cc cpp hpp m swift dart lua r ex exs erl clj groovy vb fs ml'
  ).split(' '),
);
/** Formats that are binary whatever their first bytes look like. */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico webp avif tif tiff psd woff woff2 ttf otf eot zip gz tgz bz2 xz zst 7z rar jar war ' +
    'ear class exe dll so dylib o a lib obj bin wasm pdf doc docx xls xlsx ppt pptx odt mp3 mp4 m4a wav ogg webm ' +
    'mov avi mkv flac sqlite db p12 pfx jks keystore der pyc pyo node'
  ).split(' '),
);
/** Leading bytes of binary formats, for files whose name says nothing. */
const MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, JAR, DOCX
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  [0x4d, 0x5a], // PE (.exe)
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], // SQLite
];

export type FileKind = 'text' | 'binary';

/** The first bytes of a file that decide whether it is binary (as many as git looks at). */
export const SNIFF_BYTES = 8000;

/**
 * Binary by name first, then by content: a known magic number, or a sample that is mostly control bytes.
 * A text-like file with a stray NUL is still text.
 */
export function fileKind(name: string, head: Buffer, options = { binaryByName: true }): FileKind {
  const byName = kindByName(name);
  if (byName === 'text' || (byName === 'binary' && options.binaryByName)) return byName;
  if (MAGIC.some((m) => m.every((b, i) => head[i] === b))) return 'binary';
  const n = Math.min(head.length, SNIFF_BYTES);
  let control = 0;
  let nul = false;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) nul = true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return nul && control > n * 0.1 ? 'binary' : 'text';
}

/** What a file's name alone says it is, if anything. */
export function kindByName(name: string): FileKind | undefined {
  const base = path.basename(name).toLowerCase();
  const dot = base.lastIndexOf('.');
  // A name without a dot (`Dockerfile`, `a`) is looked up whole among text names only: `a` is not an archive.
  const ext = dot >= 0 ? base.slice(dot + 1) : base;
  if (base.startsWith('.env') || TEXT_EXTENSIONS.has(ext)) return 'text';
  if (dot >= 0 && BINARY_EXTENSIONS.has(ext)) return 'binary';
  return undefined;
}

export interface TreeWalk {
  /** Symlinks not followed, with why: out of the workspace, or back into a folder already walked. */
  symlinksSkipped: string[];
}

/**
 * The files under `roots` (relative to cwd, or absolute), as fragments: text files whole, or in overlapping
 * chunks when larger than one chunk; binaries as an empty fragment flagged binary (path rules still see them).
 * Symlinks are followed only to targets inside the workspace (or a given root) that were not walked already.
 *
 * Per file it costs an open, a read and a close: a folder's entries come with their types, and the real path of
 * an entry that is not a symlink is its folder's real path and its name (no lstat or realpath per file).
 */
export function* treeFragments(cwd: string, roots: string[], stats: ScanStats, walk: TreeWalk): Generator<Fragment> {
  for (const f of treeFiles(cwd, roots, walk)) yield* fileFragments(f.abs, f.file, stats);
}

/** A file of the tree to read: its path, and its name as findings show it. */
export interface TreeFile {
  abs: string;
  file: string;
}

/** The files `treeFragments` reads, in the same order, without reading them (to hand them to several threads). */
export function* treeFiles(cwd: string, roots: string[], walk: TreeWalk): Generator<TreeFile> {
  const workspace = realpathSync(cwd);
  const given = (roots.length ? roots : ['.']).map((r) => path.resolve(cwd, r));
  const allowed = [workspace, ...given.map((g) => safeRealpath(g) ?? g)];
  const inside = (real: string) =>
    allowed.some((a) => real === a || real.startsWith(a.endsWith(path.sep) ? a : a + path.sep));
  const visitedDirs = new Set<string>();
  const visitedFiles = new Set<string>();
  const shown = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/');
  };

  /** A path whose type is not known yet: a root, a symlink, or an entry the file system gave no type for. */
  const visit = function* (abs: string, explicit: boolean): Generator<TreeFile> {
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      return;
    }
    let real = abs;
    if (st.isSymbolicLink()) {
      const target = safeRealpath(abs);
      if (!target) return; // dangling
      if (!inside(target)) {
        walk.symlinksSkipped.push(`${shown(abs)} (points outside the workspace)`);
        return;
      }
      real = target;
      st = statSync(target);
    } else real = safeRealpath(abs) ?? abs;
    if (st.isDirectory()) {
      if (!explicit && SKIP_DIRS.has(path.basename(abs))) return;
      if (visitedDirs.has(real)) {
        if (abs !== real) walk.symlinksSkipped.push(`${shown(abs)} (a folder already scanned)`);
        return;
      }
      yield* folder(abs, real);
      return;
    }
    if (!st.isFile()) return;
    yield* file(abs, real, shown(abs));
  };

  const file = function* (abs: string, real: string, name: string): Generator<TreeFile> {
    if (visitedFiles.has(real)) return;
    visitedFiles.add(real);
    yield { abs, file: name };
  };

  const folder = function* (abs: string, real: string): Generator<TreeFile> {
    visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const shownDir = shown(abs);
    const insideCwd = path.relative(cwd, abs) === '' ? '' : shownDir;
    for (const entry of entries) {
      const childAbs = path.join(abs, entry.name);
      const childReal = path.join(real, entry.name);
      if (entry.isFile()) yield* file(childAbs, childReal, insideCwd ? `${insideCwd}/${entry.name}` : entry.name);
      else if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name) || visitedDirs.has(childReal)) continue;
        yield* folder(childAbs, childReal);
      } else if (entry.isSymbolicLink()) yield* visit(childAbs, false);
      else if (!entry.isFIFO() && !entry.isSocket() && !entry.isBlockDevice() && !entry.isCharacterDevice())
        yield* visit(childAbs, false); // no type given: ask
    }
  };
  for (const root of given) yield* visit(root, true);
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** One buffer for every file that fits one chunk (one more byte tells that a file does not). */
let readBuffer: Buffer | undefined;

/** Reads from `fd` at `position` until `length` bytes or the end of the file. */
function readFull(fd: number, buf: Buffer, length: number, position: number): number {
  let n = 0;
  while (n < length) {
    const got = readSync(fd, buf, n, length - n, position + n);
    if (got <= 0) break;
    n += got;
  }
  return n;
}

/** One file: whole when it fits one chunk, else in chunks that overlap and start on a line where they can. */
export function* fileFragments(abs: string, file: string, stats: ScanStats): Generator<Fragment> {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch {
    return;
  }
  try {
    readBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES + 1);
    const whole = readFull(fd, readBuffer, CHUNK_BYTES + 1, 0);
    if (fileKind(file, readBuffer.subarray(0, Math.min(whole, SNIFF_BYTES))) === 'binary') {
      stats.binaryFiles.push(file);
      yield { file, text: '', binary: true };
      return;
    }
    stats.files++;
    if (whole <= CHUNK_BYTES) {
      stats.bytes += whole;
      // Decoded before yielding: the buffer is read into again for the next file.
      yield { file, text: decodeText(readBuffer, 0, whole) };
      return;
    }
    const size = fstatSync(fd).size;
    stats.bytes += size;
    stats.chunked++;
    let start = 0;
    let at = { line: 1, column: 1 };
    const buf = Buffer.alloc(CHUNK_BYTES);
    while (start < size) {
      const n = readFull(fd, buf, Math.min(CHUNK_BYTES, size - start), start);
      if (n <= 0) break;
      const last = start + n >= size;
      const end = last ? n : chunkEnd(buf, n);
      yield { file, text: decodeText(buf, 0, end), firstLine: at.line, firstColumn: at.column };
      if (last) break;
      const next = nextChunkStart(buf, end);
      at = advancePosition(buf.subarray(0, next), at);
      start += next;
    }
  } finally {
    closeSync(fd);
  }
}
