/**
 * Byte sizes as people write them in budgets: `170 kB`, `1.5 MB`, `200 KiB`, `900 B`. Decimal units are powers of
 * 1000 (kB, MB, GB), binary ones powers of 1024 (KiB, MiB, GiB), as in IEC 80000-13; `KB` is read as 1000 bytes,
 * as size-limit and bundlewatch read it. The text is kept so reports show the limit as the user wrote it.
 */
export interface ByteSize {
  bytes: number;
  /** As written, trimmed: `170 kB`. */
  text: string;
}

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

export const SIZE_FORMS =
  'a number with a unit: B, kB, MB, GB (1000s) or KiB, MiB, GiB (1024s), e.g. 170 kB or 200 KiB';

/** Parses `170 kB`; undefined when the text is not a size. Bounded input, one linear regex. */
export function parseSize(value: unknown): ByteSize | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || text.length > 40) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/.exec(text);
  if (!m) return undefined;
  const unit = m[2] === '' ? 'b' : m[2].toLowerCase();
  const factor = UNITS[unit];
  if (factor === undefined) return undefined;
  const bytes = Math.round(Number(m[1]) * factor);
  if (!Number.isFinite(bytes) || bytes <= 0) return undefined;
  return { bytes, text };
}

/** A growth allowance: a share of the base (`10%`) or an amount (`5 kB`). */
export type Growth = { kind: 'percent'; ratio: number; text: string } | { kind: 'bytes'; bytes: number; text: string };

export const GROWTH_FORMS = `a percentage such as 10% or ${SIZE_FORMS.replace('a number with a unit', 'a size')}`;

export function parseGrowth(value: unknown): Growth | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || text.length > 40) return undefined;
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (pct) return { kind: 'percent', ratio: Number(pct[1]) / 100, text };
  const size = /^\d/.test(text) && /[A-Za-z]$/.test(text) ? parseSize(text) : undefined;
  return size ? { kind: 'bytes', bytes: size.bytes, text } : undefined;
}

/** Whether growing from `base` to `now` bytes stays within the allowance. A new entry (base 0) has no base to grow from. */
export function growthAllowed(growth: Growth, base: number): number {
  return growth.kind === 'percent' ? base * growth.ratio : growth.bytes;
}

/** `12.3 kB` (decimal, as browsers' devtools show transfer sizes), or `<n> B` under 1000. */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < 1000) return `${bytes} B`;
  if (abs < 1e6) return `${(bytes / 1e3).toFixed(abs < 1e4 ? 2 : 1)} kB`;
  if (abs < 1e9) return `${(bytes / 1e6).toFixed(2)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** In the units of a limit as written (`KiB` limits show KiB sizes), so a size and its limit read alike. */
export function formatLike(bytes: number, like: ByteSize): string {
  const m = /([A-Za-z]+)$/.exec(like.text);
  const unit = m ? m[1] : 'B';
  const factor = UNITS[unit.toLowerCase()] ?? 1;
  if (factor === 1 || Math.abs(bytes) < factor) return `${bytes} B`;
  const v = bytes / factor;
  return `${v.toFixed(v < 10 ? 2 : 1)} ${unit}`;
}

export function formatChange(bytes: number, base: number): string {
  const sign = bytes > 0 ? '+' : bytes < 0 ? '−' : '±';
  const pct = base > 0 ? ` (${sign}${Math.abs((bytes / base) * 100).toFixed(1)} %)` : '';
  return `${sign}${formatBytes(Math.abs(bytes))}${pct}`;
}
