import { escapeText } from './markdown.js';

/**
 * Every value a check reads as secret (passwords, tokens, found credentials) is registered here.
 * The host mirrors each one (and each encoded spelling of it) to core.setSecret, and every reporter passes its
 * text through redact().
 */

/** What replaces a secret, or any part of one, in text that leaves the process. */
export const MASK = '***';

/** Shorter values would mask ordinary text everywhere; they are not secrets worth the name. */
const MIN_SECRET = 4;

/** Marks that a text was cut there: a secret's prefix before one (or a suffix after one) is masked too. */
const CUT_MARKS = ['…', '...'];

/**
 * A secret this long is shown as its first and last REVEAL characters (`AKIA…MPLE`, redactMatch), and redact()
 * leaves exactly that form alone: 8 of 20 or more characters are enough to recognise a key and far from enough to
 * use it. Any other piece beside a cut mark is still masked (an excerpt cut inside a secret keeps none of it).
 */
export const PARTIAL_MIN = 20;
const REVEAL = 4;
const SHOWN_CUT = '…';

/**
 * Whether a value found in the scanned files is masked in all output (and, through core.setSecret, in the whole
 * job log). A short or word-like value ("token", "password", "postgres", "12345678") would also mask that word in
 * rule ids, file names, fingerprints and launchgate's own sentences, and the runner would blank it in every log
 * line of the job; such a value is instead kept out of its own finding (redactMatch shows none of it).
 */
export function isDistinctive(value: string): boolean {
  if (value.length < 8 || new Set(value).size < 5) return false;
  // Letters only (words, words-with-dashes) or digits only: an ordinary word or number until it is long.
  if (/^[A-Za-z]+(?:[ ._-][A-Za-z]+)*$/.test(value) || /^\d+$/.test(value)) return value.length >= PARTIAL_MIN;
  return true;
}

/**
 * Aho–Corasick over UTF-16 code units: every registered spelling found in one pass over the text, however many
 * there are, so redaction stays linear in the text's length (no regex alternation to backtrack through).
 */
class LiteralAutomaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Length of the trie path to a node: how many characters of some spelling the text has just matched. */
  readonly depth: number[] = [0];
  /** Length of the longest spelling that ends at a node (itself or through its failure links); 0 if none. */
  readonly longest: number[] = [0];

  constructor(patterns: Iterable<string>) {
    for (const p of patterns) {
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let child = this.next[node].get(c);
        if (child === undefined) {
          child = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.depth.push(this.depth[node] + 1);
          this.longest.push(0);
          this.next[node].set(c, child);
        }
        node = child;
      }
      this.longest[node] = Math.max(this.longest[node], p.length);
    }
    // Breadth first, so a node's failure target is finished before the node.
    const queue: number[] = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      this.longest[node] = Math.max(this.longest[node], this.longest[this.fail[node]]);
      for (const [c, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
    }
  }

  step(state: number, c: number): number {
    let s = state;
    while (s !== 0 && !this.next[s].has(c)) s = this.fail[s];
    return this.next[s].get(c) ?? 0;
  }
}

const reverse = (s: string) => [...s].reverse().join('');

function cutMarkEndsAt(text: string, end: number): boolean {
  return CUT_MARKS.some((m) => end >= m.length && text.startsWith(m, end - m.length));
}

function cutMarkStartsAt(text: string, start: number): boolean {
  return CUT_MARKS.some((m) => text.startsWith(m, start));
}

const HTML_ESCAPES: Record<string, string>[] = [
  { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' },
  { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#x27;' },
  { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' },
];

/**
 * The spellings a value takes on its way through URLs, forms, HTML, JSON and base64, so that a server echoing a
 * password in any of them is still masked. Base64: the value may start at any byte of a longer encoded text, so
 * for each of the 3 alignments only the characters that depend on the value alone are kept, in both alphabets.
 */
export function encodedSpellings(value: string): string[] {
  const out = new Set<string>([value]);
  const uri = encodeURIComponent(value);
  const form = new URLSearchParams({ v: value }).toString().slice(2);
  for (const v of [uri, encodeURI(value), form, form.replace(/\+/g, '%20')]) {
    out.add(v);
    out.add(v.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()));
  }
  for (const map of HTML_ESCAPES) out.add(value.replace(/[&<>"']/g, (c) => map[c]));
  const json = JSON.stringify(value).slice(1, -1);
  out.add(json);
  out.add(JSON.stringify(json).slice(1, -1));
  // Serializers that also escape '/' (PHP), or every non-ASCII character (Python's default), or both.
  const ascii = (j: string) =>
    j.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const slashes = json.replace(/\//g, '\\/');
  for (const v of [ascii(json), slashes, ascii(slashes)]) out.add(v);
  const bytes = Buffer.from(value, 'utf8');
  for (let align = 0; align < 3; align++) {
    const encoded = Buffer.concat([Buffer.alloc(align), bytes])
      .toString('base64')
      .replace(/=+$/, '');
    // Character i holds bits [6i, 6i + 6); the value's bits are [8 align, 8 (align + n)).
    const first = Math.ceil((8 * align) / 6);
    const last = Math.floor((8 * (align + bytes.length)) / 6);
    const core = encoded.slice(first, last);
    if (core.length >= MIN_SECRET) {
      out.add(core);
      out.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...out].filter((v) => v.length >= MIN_SECRET);
}

export class SecretRegistry {
  private readonly values = new Set<string>();
  private readonly spellings = new Set<string>();
  private readonly listeners: ((value: string) => void)[] = [];
  /**
   * redactMatch of each value long enough to be shown in part, as text and as markdown text (escapeText): the one
   * form redact() lets through. Its sides' lengths, to find a form around a cut mark in a few lookups.
   */
  private readonly shownForms = new Set<string>();
  private readonly shownSides = { before: new Set<number>(), after: new Set<number>() };
  /** Built on first use after a value is added. */
  private forward: LiteralAutomaton | undefined;
  private backward: LiteralAutomaton | undefined;

  add(value: string | undefined | null): void {
    if (!value || value.length < MIN_SECRET || this.values.has(value)) return;
    this.values.add(value);
    if (value.length >= PARTIAL_MIN) {
      const [before, after] = [value.slice(0, REVEAL), value.slice(-REVEAL)];
      for (const [b, a] of [
        [before, after],
        [escapeText(before), escapeText(after)],
      ]) {
        this.shownForms.add(`${b}${SHOWN_CUT}${a}`);
        this.shownSides.before.add(b.length);
        this.shownSides.after.add(a.length);
      }
    }
    this.forward = this.backward = undefined;
    for (const spelling of encodedSpellings(value)) {
      if (this.spellings.has(spelling)) continue;
      this.spellings.add(spelling);
      for (const listener of this.listeners) listener(spelling);
    }
  }

  onAdd(listener: (value: string) => void): void {
    this.listeners.push(listener);
    for (const spelling of this.spellings) listener(spelling);
  }

  has(value: string): boolean {
    return this.values.has(value) || this.spellings.has(value);
  }

  /** How many values were registered (not counting their encoded spellings). */
  get size(): number {
    return this.values.size;
  }

  /**
   * Masks every registered value in any of its spellings, and any 4+ character prefix of one that ends the text
   * or stands before a cut mark (`…`, `...`), and any 4+ character suffix after a cut mark: a cut excerpt keeps
   * no piece of a secret. What stays is redactMatch's own `AKIA…MPLE` of a value of PARTIAL_MIN characters or more:
   * its 4 characters at each side of the `…`. Linear in the text's length.
   */
  redact(text: string): string {
    if (this.spellings.size === 0 || !text) return text;
    this.forward ??= new LiteralAutomaton(this.spellings);
    const masked: [number, number][] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.forward.step(state, text.charCodeAt(i));
      const end = i + 1;
      const whole = this.forward.longest[state];
      if (whole) masked.push([end - whole, end]);
      const partial = this.forward.depth[state];
      if (partial < MIN_SECRET || partial <= whole) continue;
      const cut = cutMarkStartsAt(text, end);
      if (cut ? !this.isShownForm(text, end, partial) : end === text.length) masked.push([end - partial, end]);
    }
    if (CUT_MARKS.some((m) => text.includes(m))) {
      // Suffixes after a cut mark: the same walk over the reversed text, with every spelling reversed.
      this.backward ??= new LiteralAutomaton([...this.spellings].map(reverse));
      state = 0;
      for (let i = text.length - 1; i >= 0; i--) {
        state = this.backward.step(state, text.charCodeAt(i));
        const partial = this.backward.depth[state];
        if (partial >= MIN_SECRET && cutMarkEndsAt(text, i) && !this.isShownForm(text, i - SHOWN_CUT.length, partial))
          masked.push([i, i + partial]);
      }
    }
    if (masked.length === 0) return text;
    masked.sort((a, b) => a[0] - b[0]);
    let out = '';
    let pos = 0;
    for (const [start, end] of masked) {
      if (end <= pos) continue;
      if (start > pos) out += text.slice(pos, start);
      if (start >= pos) out += MASK;
      pos = end;
    }
    return out + text.slice(pos);
  }

  /**
   * Whether the 4-character piece beside the cut mark at `cut` is one side of a shown form of a registered value
   * (the other side may be markdown-escaped, a few characters longer).
   */
  private isShownForm(text: string, cut: number, piece: number): boolean {
    if (piece !== REVEAL || !text.startsWith(SHOWN_CUT, cut)) return false;
    const after = cut + SHOWN_CUT.length;
    for (const b of this.shownSides.before)
      for (const a of this.shownSides.after)
        if (cut - b >= 0 && this.shownForms.has(text.slice(cut - b, after + a))) return true;
    return false;
  }

  /**
   * An excerpt of untrusted text for a report: redacted first, then cut to at most `max` characters with `…`,
   * so a cut can never leave the start of a secret behind.
   */
  excerpt(text: string, max: number): string {
    const redacted = this.redact(text);
    if (redacted.length <= max) return redacted;
    return this.redact(`${redacted.slice(0, Math.max(0, max - 1))}…`);
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

/**
 * `AKIA…MPLE` for a secret of PARTIAL_MIN (20) characters or more: enough to recognise a value, never enough to
 * use it; redact() leaves this form as it is. A shorter secret shows none of its characters.
 */
export function redactMatch(secret: string): string {
  // Always 8 stars: the length of a short password is a clue too.
  if (secret.length < PARTIAL_MIN) return '********';
  return `${secret.slice(0, REVEAL)}${SHOWN_CUT}${secret.slice(-REVEAL)}`;
}
