/**
 * Buffers for the added files' bytes in the history reader thread, given back once their bytes are copied into a
 * batch, and handed out again. A fresh buffer costs a page fault every 4 KB when first written (10–17 µs each on a
 * VM), more than the copy itself: tens of thousands of faults for a long history. Sizes go by powers of two, so that
 * a buffer given back fits the next file of about its size.
 */
export class BufferPool {
  /** Free buffers by size class (log2 of their size). */
  private readonly free = new Map<number, ArrayBuffer[]>();
  /** Buffers handed out and not yet given back: only those come back, and each once. */
  private readonly out = new WeakSet<ArrayBuffer>();
  private pooledBytes = 0;

  constructor(
    /** Files smaller than this take Node's own small-buffer pool. */
    private readonly minBytes = 4 * 1024,
    /** At most this many bytes wait in the pool; more are left to the garbage collector. */
    private readonly maxPooledBytes = 16 * 1024 * 1024,
  ) {}

  /** A buffer of exactly `size` bytes (a view of a pooled one, whose content is whatever it held). */
  take(size: number): Buffer {
    if (size < this.minBytes) return Buffer.allocUnsafe(size);
    const sizeClass = Math.ceil(Math.log2(size));
    let buffer = this.free.get(sizeClass)?.pop();
    if (buffer) this.pooledBytes -= buffer.byteLength;
    else buffer = new ArrayBuffer(2 ** sizeClass);
    this.out.add(buffer);
    return Buffer.from(buffer, 0, size);
  }

  /** Gives back the buffer under `bytes` once nothing reads it any more (ignored if this pool did not make it). */
  give(bytes: Uint8Array): void {
    const buffer = bytes.buffer as ArrayBuffer;
    if (!this.out.has(buffer)) return;
    this.out.delete(buffer);
    if (this.pooledBytes + buffer.byteLength > this.maxPooledBytes) return;
    const sizeClass = Math.log2(buffer.byteLength);
    const list = this.free.get(sizeClass) ?? [];
    list.push(buffer);
    this.free.set(sizeClass, list);
    this.pooledBytes += buffer.byteLength;
  }
}
