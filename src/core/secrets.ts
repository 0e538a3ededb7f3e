/**
 * Every value a check reads as secret (passwords, tokens, found credentials) is registered here.
 * The host mirrors each one to core.setSecret, and every reporter passes its text through redact().
 */
export class SecretRegistry {
  private readonly values = new Set<string>();
  private readonly listeners: ((value: string) => void)[] = [];
  /** One alternation of every value, longest first, rebuilt only when a value is added. */
  private pattern: RegExp | undefined;

  /** Values shorter than 4 characters would mask ordinary text everywhere; they are not secrets worth the name. */
  add(value: string | undefined | null): void {
    if (!value || value.length < 4 || this.values.has(value)) return;
    this.pattern = undefined;
    this.values.add(value);
    for (const listener of this.listeners) listener(value);
    // A secret also travels URL- and JSON-encoded; mask those spellings too.
    for (const variant of [encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]) {
      if (variant !== value && !this.values.has(variant)) {
        this.values.add(variant);
        for (const listener of this.listeners) listener(variant);
      }
    }
  }

  onAdd(listener: (value: string) => void): void {
    this.listeners.push(listener);
    for (const value of this.values) listener(value);
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  get size(): number {
    return this.values.size;
  }

  redact(text: string): string {
    if (this.values.size === 0 || !text) return text;
    // Longest first, so a secret that contains another is masked whole.
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, '***');
  }

  /** Redacts every string inside a JSON-like value. */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v)) as T;
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.redactDeep(v);
      return out as T;
    }
    return value;
  }
}

/** `AKIA…MPLE`: enough to recognise a value, never enough to use it. */
export function redactMatch(secret: string): string {
  if (secret.length <= 8) return '*'.repeat(secret.length);
  const keep = secret.length >= 20 ? 4 : 2;
  return `${secret.slice(0, keep)}…${secret.slice(-keep)}`;
}
