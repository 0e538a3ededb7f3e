import { isAscii } from 'node:buffer';
import type { Fragment } from './scanner.js';

/** Text is handed to the scanner in pieces of at most this size … */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** … each repeating the end of the one before, so a secret across a boundary is found whole. Longer than any rule's reach. */
export const CHUNK_OVERLAP_BYTES = 64 * 1024;

/**
 * A fragment as git's readers hand it out, before it is decoded: its UTF-8 bytes, which it owns unless `borrowed`
 * (a view of a read's buffer, valid until the next read).
 */
export type ByteFragment = Omit<Fragment, 'text'> & { bytes: Uint8Array; borrowed?: true };

export function decodeFragment({ bytes, borrowed: _, ...rest }: ByteFragment): Fragment {
  return { ...rest, text: decodeText(bytes) };
}

/**
 * A fragment's text from its UTF-8 bytes (`ascii` when they are). With `standIns`, a text with characters above
 * U+00FF comes as a stand-in (standInText) when one can stand in, with its real text decoded when a match needs it
 * (from `bytes`, which must then stay as they are while the fragment is scanned).
 */
export function fragmentText(
  bytes: Uint8Array,
  ascii: boolean,
  standIns: boolean,
): Pick<Fragment, 'text' | 'realText'> {
  const standIn = standIns && !ascii ? standInText(bytes) : undefined;
  if (standIn === undefined) return { text: decodeText(bytes, 0, bytes.length, ascii) };
  return { text: standIn, realText: () => decodeText(bytes, 0, bytes.length, false) };
}

/** Text of UTF-8 bytes; pure ASCII (most source files) decodes as Latin-1, the same characters, several times faster. */
export function decodeText(bytes: Uint8Array, start = 0, end = bytes.length, ascii?: boolean): string {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  return view.toString((ascii ?? isAscii(view)) ? 'latin1' : 'utf8');
}

/** Where a chunk ending at `end` may stop without cutting a UTF-8 character. */
export function chunkEnd(bytes: Uint8Array, end: number): number {
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return end;
}

/** Where the next chunk starts: the first line start within the overlap, else mid-line on a character boundary. */
export function nextChunkStart(bytes: Uint8Array, end: number): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  let next = view.indexOf(0x0a, Math.max(1, end - CHUNK_OVERLAP_BYTES));
  next = next >= 0 && next + 1 < end ? next + 1 : Math.max(1, end - CHUNK_OVERLAP_BYTES);
  while (next < end && (bytes[next] & 0xc0) === 0x80) next++;
  return next;
}

/** Line and column (1-based, in characters) where text starts after `consumed` was read from `at`. */
export function advancePosition(
  consumed: Buffer,
  at: { line: number; column: number },
): { line: number; column: number } {
  let newlines = 0;
  let lastNl = -1;
  for (let i = consumed.indexOf(0x0a); i >= 0; i = consumed.indexOf(0x0a, i + 1)) {
    newlines++;
    lastNl = i;
  }
  if (newlines) return { line: at.line + newlines, column: 1 + consumed.subarray(lastNl + 1).toString('utf8').length };
  return { line: at.line, column: at.column + consumed.toString('utf8').length };
}

/**
 * A file's bytes, fed in pieces of any size, as fragments: one when it fits a chunk, else overlapping chunks of
 * at most CHUNK_BYTES, each starting on a line where it can, with the line and column it starts at. It holds at
 * most one chunk, whatever the file's size.
 */
export class TextChunker {
  private buf = Buffer.allocUnsafe(0);
  private filled = 0;
  private at = { line: 1, column: 1 };
  /** True once a chunk was handed out before the end: the file was too large for one. */
  chunked = false;

  constructor(private readonly base: Omit<Fragment, 'text'>) {}

  write(piece: Uint8Array, out: ByteFragment[]): void {
    let from = 0;
    while (from < piece.length) {
      // One byte past a chunk is kept, to tell whether the chunk's end cuts a character.
      if (this.buf.length < CHUNK_BYTES + 1) this.grow(Math.min(CHUNK_BYTES + 1, this.filled + piece.length - from));
      const take = Math.min(piece.length - from, this.buf.length - this.filled);
      this.buf.set(piece.subarray(from, from + take), this.filled);
      this.filled += take;
      from += take;
      if (this.filled > CHUNK_BYTES) this.handOut(out);
    }
  }

  end(out: ByteFragment[]): void {
    if (this.filled === 0 && this.chunked) return;
    out.push(this.fragment(this.filled));
    this.filled = 0;
  }

  private grow(size: number): void {
    if (size <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.min(CHUNK_BYTES + 1, Math.max(size, this.buf.length * 2)));
    this.buf.copy(bigger, 0, 0, this.filled);
    this.buf = bigger;
  }

  private handOut(out: ByteFragment[]): void {
    const end = chunkEnd(this.buf, CHUNK_BYTES);
    out.push(this.fragment(end));
    this.chunked = true;
    const next = nextChunkStart(this.buf, end);
    this.at = advancePosition(this.buf.subarray(0, next), this.at);
    this.buf.copyWithin(0, next, this.filled);
    this.filled -= next;
  }

  private fragment(end: number): ByteFragment {
    // A copy: the buffer is filled again with the next chunk.
    const bytes = Buffer.from(this.buf.subarray(0, end));
    return this.chunked || end < this.filled
      ? { ...this.base, bytes, firstLine: this.at.line, firstColumn: this.at.column }
      : { ...this.base, bytes };
  }
}

/** What a character above U+00FF becomes in a stand-in text (see standInText). */
const STAND_IN = 0x80;
/** …and one that JavaScript's `\s` matches: a space it also matches. */
const STAND_IN_SPACE = 0xa0;
/** Characters that JavaScript's `\s` matches above U+00FF (U+2028 and U+2029 also end lines: those are not stood in). */
const isJsSpace = (cp: number) =>
  cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
/** Bytes checked at once for anything not ASCII, before looking byte by byte. */
const STAND_IN_BLOCK = 256;
let standInScratch = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * UTF-8 text with every character above U+00FF replaced by a stand-in of one byte per UTF-16 code unit, decoded as
 * Latin-1: the same length and the same offsets as its real text, ASCII and Latin-1 characters as they are. A
 * text in one byte per character decodes several times faster than UTF-8 into two bytes per character, takes half
 * the memory and scans faster; only what a match holds is then read from the real text (Scanner.scan).
 *
 * For the default rules only (all ASCII patterns, run by V8 without the `i` or `u` flag): for them, a character
 * above U+00FF is one that no class but a negated one matches, as U+0080 is, or a space (`\s`), as U+00A0 is.
 * Undefined (decode the real text) when a character would not keep its meaning: a line separator (U+2028,
 * U+2029), a character that folds to an ASCII letter for the keywords (U+0130 İ, U+212A Kelvin), or bytes that
 * are not valid UTF-8.
 */
export function standInText(bytes: Uint8Array): string | undefined {
  const n = bytes.length;
  if (standInScratch.length < n) standInScratch = Buffer.allocUnsafeSlow(Math.max(n, standInScratch.length * 2));
  const out = standInScratch;
  let o = 0;
  let i = 0;
  // One loop (an inner one would be compiled apart, and left at every block's end): at each block boundary, a block
  // that is all ASCII (most are) is checked natively and copied at once; other bytes go one by one.
  while (i < n) {
    if (i % STAND_IN_BLOCK === 0) {
      const blockEnd = Math.min(n, i + STAND_IN_BLOCK);
      if (isAscii(bytes.subarray(i, blockEnd))) {
        out.set(bytes.subarray(i, blockEnd), o);
        o += blockEnd - i;
        i = blockEnd;
        continue;
      }
    }
    const b = bytes[i];
    if (b < 0x80) {
      out[o++] = b;
      i++;
      continue;
    }
    let cp: number;
    let length: number;
    if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      cp = b & 0x07;
    } else return undefined;
    if (i + length > n) return undefined;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not valid UTF-8.
    if (
      (length === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
      (length === 4 && (cp < 0x10000 || cp > 0x10ffff))
    )
      return undefined;
    if (cp <= 0xff) out[o++] = cp;
    else if (cp === 0x2028 || cp === 0x2029 || cp === 0x0130 || cp === 0x212a) return undefined;
    else if (cp > 0xffff) {
      out[o++] = STAND_IN; // a surrogate pair: two code units
      out[o++] = STAND_IN;
    } else out[o++] = isJsSpace(cp) ? STAND_IN_SPACE : STAND_IN;
    i += length;
  }
  return out.toString('latin1', 0, o);
}

// Every path through standInText taken once now, while the interpreter records what it meets: optimised without
// that record, it was dropped and compiled again each time a text first took another path (three more compiles of
// about 40 ms each on a long history).
const mixed = 'a é 日 Ａ \u3000 😀 \u00a0 ok\n';
for (const sample of [mixed, 'x'.repeat(600) + mixed + 'y'.repeat(600), 'x\u2028', 'İ', '\u212A'])
  standInText(Buffer.from(sample));
for (const bytes of [[0xc0], [0xe2, 0x82], [0xe2, 0x28, 0xa1], [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80]])
  standInText(Buffer.from(bytes));
