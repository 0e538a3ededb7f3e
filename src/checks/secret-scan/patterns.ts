import { RE2JS } from 're2js';
import { Re2Error, translateRe2 } from './re2.js';

export interface PatternMatch {
  index: number;
  /** [whole match, group 1, …]; an unmatched group is undefined. */
  groups: (string | undefined)[];
}

/**
 * A compiled RE2 pattern. Two engines stand behind it:
 * - `v8`: launchgate's and the vendored gitleaks rules, translated to a JavaScript RegExp. They are reviewed
 *   (and rewritten where a backtracking engine would be slow), and V8 runs them many times faster than a
 *   linear-time engine written in JavaScript.
 * - `re2js`: anything from a user's config (rule regexes, allowlist regexes and paths). A backtracking engine
 *   can hang on `(a+)+$`; RE2JS cannot (linear time, gitleaks' own RE2 semantics). Chosen over re2-wasm (3×
 *   faster per match, but a .wasm file beside every bundle and a UTF-8 copy of the text per call) and the
 *   native `re2` (a compiled addon that cannot be bundled into a single-file action); see docs/benchmarks.md.
 */
export interface Pattern {
  readonly source: string;
  readonly engine: 'v8' | 're2js';
  readonly groupCount: number;
  /** Throws Re2Error now if the pattern cannot be run (a V8 pattern is otherwise translated when first used). */
  validate(): void;
  /** Non-overlapping matches left to right, as a global RegExp finds them (an empty match steps one on). */
  matches(text: string): Iterable<PatternMatch>;
  test(text: string): boolean;
  /** The match that starts exactly at `pos`, if any (V8 only: a sticky RegExp). */
  matchAt?(text: string, pos: number): PatternMatch | null;
  /**
   * For a pattern that starts with a lazy identifier prefix of at most N characters before its keyword group
   * (`(?i)[\w.-]{0,50}?(?:okta|…)`, 101 of gitleaks' rules): N. Every match then starts at most N characters
   * before one of its keywords, so trying only those start positions finds exactly what a full scan finds.
   */
  readonly prefixReach?: number;
  /**
   * For such a pattern: the match of the pattern without its prefix that starts exactly at `pos` (the keyword
   * group onwards). The prefix is lazy, so the whole pattern's match from a start `s` is this match at the first
   * `pos >= s` where it exists, with `text[s, pos)` made of prefix characters: see Scanner.anchoredMatches.
   */
  restAt?(text: string, pos: number): PatternMatch | null;
  /** For such a pattern: whether the UTF-16 code unit `code` is one its prefix may consist of. */
  inPrefix?(code: number): boolean;
}

/** `[\w.-]{0,N}?` at the start of a pattern, after an optional `(?i)` or `(?i:`. */
const LAZY_PREFIX = /^(\(\?i\)|\(\?i:)?(\[\\w\.-\])\{0,(\d+)\}\?/;

class V8Pattern implements Pattern {
  readonly engine = 'v8';
  readonly prefixReach?: number;
  /** The pattern without its lazy prefix (see restAt), and the prefix's character set as a one-character pattern. */
  private readonly restSource?: string;
  private readonly prefixSet?: string;

  /**
   * `runs` is the RE2 pattern as run (after a rewrite). Nothing is translated or compiled here, only when first
   * used: the default set is built at every start, on the scan's critical path, and many of its rules never run
   * (V8 parses a pattern to construct a RegExp, and again to compile it at its first match). `validate` does it
   * all at once, where a pattern must be known good before it is used (a config being loaded or vendored).
   */
  constructor(
    readonly source: string,
    private readonly runs: string,
  ) {
    const prefix = LAZY_PREFIX.exec(runs);
    if (prefix) {
      const [token, flags = '', set, reach] = prefix;
      this.restSource = flags + runs.slice(token.length);
      this.prefixSet = `${flags}${set}${flags === '(?i:' ? ')' : ''}`;
      this.prefixReach = Number(reach);
    }
  }

  private jsSource?: string;
  private globalRe?: RegExp;
  private restRe?: RegExp;

  /** The translation, or Re2Error. */
  private get js(): string {
    return (this.jsSource ??= translateRe2(this.runs));
  }

  private compile(source: string, flags: string): RegExp {
    try {
      return new RegExp(source, flags);
    } catch (err) {
      throw new Re2Error(`the translated pattern does not compile: ${(err as Error).message}`);
    }
  }

  private get global(): RegExp {
    return (this.globalRe ??= this.compile(this.js, 'g'));
  }

  private get rest(): RegExp {
    return (this.restRe ??= this.compile(translateRe2(this.restSource!), 'y'));
  }

  /** Translates and compiles now: throws Re2Error if the pattern cannot be run. */
  validate(): void {
    void this.global;
    if (this.restSource !== undefined) void this.rest;
  }

  private singleRe?: RegExp;
  private stickyRe?: RegExp;
  private groups?: number;
  private prefixChars?: Uint8Array;
  private prefixMember?: RegExp;

  get groupCount(): number {
    // An empty alternative matches '', and the match has one entry per group.
    return (this.groups ??= new RegExp(`${this.js}|`).exec('')!.length - 1);
  }

  private get single(): RegExp {
    return (this.singleRe ??= this.compile(this.js, ''));
  }

  private get sticky(): RegExp {
    return (this.stickyRe ??= this.compile(this.js, 'y'));
  }

  restAt(text: string, pos: number): PatternMatch | null {
    const re = this.rest;
    re.lastIndex = pos;
    const m = re.exec(text);
    return m ? { index: m.index, groups: [...m] } : null;
  }

  inPrefix(code: number): boolean {
    if (!this.prefixMember) {
      const member = new RegExp(`^${translateRe2(this.prefixSet!)}$`);
      this.prefixChars = new Uint8Array(128);
      for (let c = 0; c < 128; c++) this.prefixChars[c] = member.test(String.fromCharCode(c)) ? 1 : 0;
      this.prefixMember = member;
    }
    return code < 128 ? this.prefixChars![code] === 1 : this.prefixMember.test(String.fromCharCode(code));
  }

  matchAt(text: string, pos: number): PatternMatch | null {
    this.sticky.lastIndex = pos;
    const m = this.sticky.exec(text);
    return m ? { index: m.index, groups: [...m] } : null;
  }

  *matches(text: string): Iterable<PatternMatch> {
    const re = this.global;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const index = m.index;
      if (m[0].length === 0) re.lastIndex++;
      const lastIndex = re.lastIndex;
      yield { index, groups: [...m] };
      re.lastIndex = lastIndex; // the consumer may have used this pattern in between
    }
  }

  test(text: string): boolean {
    return this.single.test(text);
  }
}

class Re2jsPattern implements Pattern {
  readonly engine = 're2js';
  readonly groupCount: number;
  private readonly re: RE2JS;

  constructor(readonly source: string) {
    try {
      this.re = RE2JS.compile(source);
    } catch (err) {
      throw new Re2Error((err as Error).message);
    }
    this.groupCount = this.re.groupCount();
  }

  *matches(text: string): Iterable<PatternMatch> {
    const m = this.re.matcher(text);
    let from = 0;
    while (from <= text.length && m.find(from)) {
      const groups: (string | undefined)[] = [];
      for (let g = 0; g <= this.groupCount; g++) groups.push(m.group(g) ?? undefined);
      const start = m.start();
      const end = m.end();
      from = end === start ? end + 1 : end;
      yield { index: start, groups };
    }
  }

  test(text: string): boolean {
    return this.re.matcher(text).find();
  }

  validate(): void {
    // Compiled in the constructor.
  }
}

/**
 * Patterns from launchgate's own rules and the vendored gitleaks config, rewritten for V8 where the
 * translation as written would backtrack badly. Each rewrite matches the same strings; where the reported match
 * differs (a shorter prefix), the secret group does not.
 */
const V8_REWRITES = new Map<string, string>();

/** Registers a vetted rewrite of a trusted pattern (see the vendored rule set). */
export function registerRewrite(original: string, rewritten: string): void {
  V8_REWRITES.set(original, rewritten);
}

const trustedCache = new Map<string, V8Pattern>();
/** Every pattern launchgate ships, registered by the rule sets as they load (listed when a user's config is read). */
const shipped = new Set<string>();
const shippedLists: (() => Iterable<string>)[] = [];

export function registerShipped(sources: () => Iterable<string>): void {
  shippedLists.push(sources);
}

/** A pattern launchgate ships (reviewed): V8, translated and compiled when first used. */
export function trustedPattern(re2: string): Pattern {
  let p = trustedCache.get(re2);
  if (!p) {
    p = new V8Pattern(re2, V8_REWRITES.get(re2) ?? re2);
    trustedCache.set(re2, p);
  }
  return p;
}

/**
 * A pattern from a user's config: RE2JS, unless it is word for word a pattern launchgate ships (configs are
 * often copies of gitleaks' own), which then runs as the reviewed V8 translation.
 */
export function untrustedPattern(re2: string): Pattern {
  for (const list of shippedLists.splice(0)) for (const s of list()) shipped.add(s);
  return shipped.has(re2) ? trustedPattern(re2) : new Re2jsPattern(re2);
}
