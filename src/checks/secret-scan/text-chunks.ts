import { isAscii } from 'node:buffer';
import type { Fragment } from './scanner.js';

/** Text is handed to the scanner in pieces of at most this size … */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** … each repeating the end of the one before, so a secret across a boundary is found whole. Longer than any rule's reach. */
export const CHUNK_OVERLAP_BYTES = 64 * 1024;

/** A fragment as git's readers hand it out, before it is decoded: its UTF-8 bytes, which it owns. */
export type ByteFragment = Omit<Fragment, 'text'> & { bytes: Uint8Array };

export function decodeFragment({ bytes, ...rest }: ByteFragment): Fragment {
  return { ...rest, text: decodeText(bytes) };
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
