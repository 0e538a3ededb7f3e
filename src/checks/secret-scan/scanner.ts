import { shannonEntropy } from './entropy.js';
import { KeywordIndex } from './keyword-index.js';
import type { Pattern, PatternMatch } from './patterns.js';
import { isDefaultRuleSet, ruleSpecificity, type Allowlist, type RuleSet, type SecretRule } from './rules.js';

/** Text to scan: a file, or the lines one commit added to one file. */
export interface Fragment {
  file: string;
  text: string;
  /** File line of each fragment line (added lines are not contiguous); absent means line firstLine + i. */
  lines?: number[];
  /** Line and column where `text` starts, for a chunk of a large file (1 and 1 when absent). */
  firstLine?: number;
  firstColumn?: number;
  /** A binary file: its content is not scanned, but rules that match on the path alone still report it. */
  binary?: boolean;
  /**
   * When `text` is a stand-in (text-chunks.ts standInText: characters above U+00FF replaced, same offsets): the
   * real text, decoded when a match needs it.
   */
  realText?: () => string;
  commit?: string;
  author?: string;
  date?: string;
}

export interface SecretHit {
  ruleId: string;
  description: string;
  file: string;
  line: number;
  endLine: number;
  column: number;
  secret: string;
  match: string;
  commit?: string;
  author?: string;
  date?: string;
  entropy: number;
  fingerprint: string;
  /** Set when a path allowlist silences the finding: counted as ignored, never reported. */
  suppressed?: string;
  /** Offset of the secret in the fragment (to tell which findings share a span). */
  offset: number;
}

const INLINE_ALLOW = 'gitleaks:allow';
/** A character a stand-in text may have replaced (see Fragment.realText). */
const NOT_ASCII = /[\u0080-\uffff]/;

/** The line of the match being judged, and what was already decided about it. */
interface LineCache {
  index: number;
  text: string;
  inlineAllow: boolean;
  verdicts: Map<Allowlist, boolean>;
}

/** No line yet (a path rule's hit has none). */
const noLine = (): LineCache => ({ index: -1, text: '', inlineAllow: false, verdicts: new Map() });
/** Below this size a rule runs over the whole text; above it, only around its keywords. */
const NEIGHBOURHOOD_MIN_CHARS = 64 * 1024;
const REACH_BEFORE_KEYWORD = 2 * 1024;
const REACH_AFTER_KEYWORD = 16 * 1024;
/** How far inside a rule's keyword group its keyword may sit (`(?:MailchimpSDK.initialize|mailchimp)`). */
const KEYWORD_SLACK = 32;
/** A rule's keyword positions when it has none (a rule that always runs). */
const NO_POSITIONS = new Int32Array(0);

/**
 * Matches of a pattern whose every match starts at most `reach` characters before one of its keywords, exactly as
 * a global scan finds them: the pattern is tried (sticky) at each such start position once, left to right, instead
 * of the regex engine trying it at every position of the text (`url-credentials` has no literal to skip to, and
 * `://` is in nearly every source file).
 */
export function* startsNearKeywords(
  regex: Pattern,
  text: string,
  at: Iterable<number>,
  reach: number,
): Iterable<PatternMatch> {
  let next = 0;
  for (const k of at) {
    for (let start = Math.max(next, k - reach); start <= k && start <= text.length; start++) {
      const m = regex.matchAt!(text, start);
      if (!m) continue;
      next = start + Math.max(1, m.groups[0]?.length ?? 0);
      yield m;
      start = next - 1;
    }
    next = Math.max(next, k + 1);
  }
}

/**
 * Matches of a pattern that starts with a lazy prefix of at most N identifier characters before its keyword
 * group, exactly as a global scan finds them (left to right, non-overlapping), without trying the prefix at every
 * position. The pattern without its prefix (the rest) is tried once at each position from which its keyword group
 * can reach a keyword seen (KEYWORD_SLACK before it, up to it). Take the first such position g, at or after where
 * the previous match ended, where the rest matches: the global scan's next match starts at the leftmost s with
 * g - s <= N and text[s, g) all prefix characters (no earlier start can work: it would need an earlier g), and as
 * the prefix is lazy, its match is text[s, g) followed by the rest's match at g. Each position is tried at most
 * once, so keyword spam costs one attempt per character, not N attempts of an N-way prefix per keyword.
 */
export function* anchoredMatches(regex: Pattern, text: string, at: Iterable<number>): Iterable<PatternMatch> {
  const reach = regex.prefixReach!;
  let next = 0;
  let tried = -1;
  for (const k of at) {
    for (let g = Math.max(tried + 1, next, k - KEYWORD_SLACK); g <= k && g <= text.length; g++) {
      tried = g;
      const rest = regex.restAt!(text, g);
      if (!rest) continue;
      const floor = Math.max(next, g - reach);
      let s = g;
      while (s > floor && regex.inPrefix!(text.charCodeAt(s - 1))) s--;
      const end = g + (rest.groups[0]?.length ?? 0);
      yield { index: s, groups: [text.slice(s, end), ...rest.groups.slice(1)] };
      next = Math.max(end, s + 1);
      tried = next - 1;
      g = tried;
    }
  }
}

/** Rules prepared for scanning: one pass finds which keywords a text contains, then only those rules run. */
export class Scanner {
  private readonly index: KeywordIndex;
  /** Each rule's keywords, as ids in the index, and each keyword's rules (indexes in the rule set). */
  private readonly keywordIds: number[][];
  private readonly rulesOfKeyword: number[][];
  private readonly alwaysRunIndexes: number[];
  /** Which rules this text picked already (a rule is picked once whichever of its keywords is seen). */
  private readonly picked: Int32Array;
  private generation = 0;
  private readonly alwaysRun: SecretRule[];
  /** Rules that match on the path alone: the only ones a binary file meets. */
  private readonly pathOnly: SecretRule[];
  /**
   * Whether texts may come as stand-ins (text-chunks.ts standInText): for the default rules, whose patterns and
   * keywords are all ASCII and run by V8; a user's rules may mean any character (RE2's Unicode classes, case folding).
   */
  readonly takesStandIns: boolean;

  /** `narrow: false` runs every rule over the whole text, as gitleaks does (the tests compare both). */
  constructor(
    readonly ruleSet: RuleSet,
    private readonly options: { narrow: boolean } = { narrow: true },
  ) {
    const keywords = [...new Set(ruleSet.rules.flatMap((r) => r.keywords))];
    const id = new Map(keywords.map((k, i) => [k, i]));
    this.index = new KeywordIndex(keywords);
    this.keywordIds = ruleSet.rules.map((r) => [...new Set(r.keywords.map((k) => id.get(k)!))]);
    this.rulesOfKeyword = keywords.map(() => []);
    this.keywordIds.forEach((ids, r) => ids.forEach((k) => this.rulesOfKeyword[k].push(r)));
    this.alwaysRunIndexes = [...ruleSet.rules.keys()].filter((r) => ruleSet.rules[r].keywords.length === 0);
    this.picked = new Int32Array(ruleSet.rules.length);
    this.alwaysRun = ruleSet.rules.filter((r) => r.keywords.length === 0);
    this.pathOnly = ruleSet.rules.filter((r) => !r.regex && r.path);
    this.takesStandIns = isDefaultRuleSet(ruleSet) && keywords.every((k) => !NOT_ASCII.test(k));
  }

  /** Characters the keyword pass has read so far (tests check that the work stays linear in the input). */
  get charsVisited(): number {
    return this.index.charsVisited;
  }

  /**
   * The rules whose keywords the text contains, each with where its keywords were seen (ascending): often a view
   * of the keyword index's own arrays, valid until the next text.
   */
  private rulesFor(text: string): { rule: SecretRule; at: Int32Array }[] {
    const index = this.index;
    const present = index.scan(text);
    const gen = ++this.generation;
    const picked = [...this.alwaysRunIndexes];
    for (const id of present)
      for (const r of this.rulesOfKeyword[id])
        if (this.picked[r] !== gen) {
          this.picked[r] = gen;
          picked.push(r);
        }
    picked.sort((a, b) => a - b);
    return picked.map((r) => {
      const rule = this.ruleSet.rules[r];
      const ids = this.keywordIds[r];
      if (ids.length === 1) return { rule, at: index.positions(ids[0]) };
      const lists = ids.map((k) => index.positions(k)).filter((l) => l.length > 0);
      if (lists.length <= 1) return { rule, at: lists[0] ?? NO_POSITIONS };
      // Each list is in order already; a typed array sorts numbers natively, without a comparator call per step.
      const at = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
      let n = 0;
      for (const l of lists) {
        at.set(l, n);
        n += l.length;
      }
      return { rule, at: at.sort() };
    });
  }

  /**
   * A rule's matches in a text. In a large text, a rule with keywords runs only around where its keywords were
   * seen (gitleaks runs it over the whole fragment): one keyword in a 5 MB bundle costs a few KB of regex work, not
   * 5 MB. The window reaches further than any default rule's match does on either side of its keyword; a match
   * that begins before the window (a long identifier prefix) is reported from the window's start, with the same
   * secret.
   */
  private *matchesOf(rule: SecretRule, text: string, at: Iterable<number>): Iterable<PatternMatch> {
    const regex = rule.regex!;
    if (this.options.narrow && regex.prefixReach !== undefined && regex.restAt && rule.keywords.length > 0) {
      yield* anchoredMatches(regex, text, at);
      return;
    }
    if (this.options.narrow && rule.keywordReach !== undefined && regex.matchAt && rule.keywords.length > 0) {
      yield* startsNearKeywords(regex, text, at, rule.keywordReach);
      return;
    }
    if (!this.options.narrow || text.length <= NEIGHBOURHOOD_MIN_CHARS || rule.keywords.length === 0) {
      yield* regex.matches(text);
      return;
    }
    const windows: [number, number][] = [];
    for (const p of at) {
      const start = Math.max(0, p - REACH_BEFORE_KEYWORD);
      const end = Math.min(text.length, p + REACH_AFTER_KEYWORD);
      const last = windows[windows.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else windows.push([start, end]);
    }
    for (const [start, end] of windows)
      for (const m of regex.matches(text.slice(start, end))) yield { index: m.index + start, groups: m.groups };
  }

  scan(fragment: Fragment): SecretHit[] {
    const hits: SecretHit[] = [];
    const firstLine = fragment.firstLine ?? 1;
    let lineStarts: number[] | undefined;
    const lineAt = (offset: number) => {
      lineStarts ??= computeLineStarts(fragment.text);
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const line = noLine();
    // In a stand-in text, what a match holds is read from the real text (decoded once, if a match has a stand-in).
    let realText: string | undefined;
    const real = (start: number, end: number, standIn: string) =>
      fragment.realText && NOT_ASCII.test(standIn) ? (realText ??= fragment.realText()).slice(start, end) : standIn;
    const candidates = fragment.binary
      ? this.pathOnly.map((rule) => ({ rule, at: NO_POSITIONS }))
      : this.rulesFor(fragment.text);
    for (const { rule, at } of candidates) {
      if (rule.path && !rule.path.test(fragment.file)) continue;
      if (!rule.regex) {
        // A path-only rule: the file itself is the finding (a keystore, a .p12), reported once per file.
        if (fragment.firstLine && fragment.firstLine > 1) continue;
        const hit = this.hit(rule, fragment, 0, 0, 0, fragment.file, fragment.file);
        if (this.allowed(hit.secret, hit.secret, noLine(), fragment, [...rule.allowlists, ...this.ruleSet.allowlists]))
          hit.suppressed = 'a path allowlist';
        hits.push(hit);
        continue;
      }
      for (const m of this.matchesOf(rule, fragment.text, at)) {
        const matched = m.groups[0] ?? '';
        if (matched.length === 0) continue;
        const group = rule.secretGroup
          ? (m.groups[rule.secretGroup] ?? '')
          : (m.groups.slice(1).find((g) => g) ?? matched);
        if (!group) continue;
        const secretOffset = m.index + Math.max(0, matched.indexOf(group));
        const whole = real(m.index, m.index + matched.length, matched);
        const secret = real(secretOffset, secretOffset + group.length, group);
        if (rule.entropy && shannonEntropy(secret) < rule.entropy) continue;
        const startLine = lineAt(secretOffset);
        lineStarts ??= computeLineStarts(fragment.text);
        if (line.index !== startLine) {
          // Once per line, not per match: a minified line of 1 MB may hold thousands of candidates.
          const end = lineStarts[startLine + 1] ?? fragment.text.length;
          const lineEnd = fragment.text[end - 1] === '\n' ? end - 1 : end;
          line.index = startLine;
          line.text = real(lineStarts[startLine], lineEnd, fragment.text.slice(lineStarts[startLine], lineEnd));
          line.inlineAllow = line.text.includes(INLINE_ALLOW);
          line.verdicts.clear();
        }
        if (line.inlineAllow) continue;
        const allowedBy = this.allowed(secret, whole, line, fragment, [...rule.allowlists, ...this.ruleSet.allowlists]);
        if (allowedBy === 'value') continue;
        const hit = this.hit(
          rule,
          fragment,
          startLine,
          secretOffset - lineStarts[startLine],
          secretOffset,
          secret,
          whole,
        );
        if (allowedBy === 'path') hit.suppressed = 'a path allowlist';
        const endIndex = lineAt(m.index + whole.length - 1);
        hit.endLine = fragment.lines ? (fragment.lines[endIndex] ?? hit.line) : endIndex + firstLine;
        hits.push(hit);
      }
    }
    return mostSpecific(hits);
  }

  private hit(
    rule: SecretRule,
    fragment: Fragment,
    lineIndex: number,
    column: number,
    offset: number,
    secret: string,
    match: string,
  ): SecretHit {
    const line = fragment.lines ? (fragment.lines[lineIndex] ?? lineIndex + 1) : lineIndex + (fragment.firstLine ?? 1);
    const col = lineIndex === 0 && !fragment.lines ? column + (fragment.firstColumn ?? 1) : column + 1;
    const fingerprint = fragment.commit
      ? `${fragment.commit}:${fragment.file}:${rule.id}:${line}`
      : `${fragment.file}:${rule.id}:${line}`;
    return {
      ruleId: rule.id,
      description: rule.description,
      file: fragment.file,
      line,
      endLine: line,
      column: col,
      secret,
      match,
      commit: fragment.commit,
      author: fragment.author,
      date: fragment.date,
      entropy: shannonEntropy(secret),
      fingerprint,
      offset,
    };
  }

  /**
   * Which allowlist, if any, lets this match through: one that names paths or commits only ('path': the finding
   * is counted as silenced), or one about the value itself ('value': it was never a finding).
   */
  private allowed(
    secret: string,
    match: string,
    line: LineCache,
    fragment: Fragment,
    lists: Allowlist[],
  ): 'path' | 'value' | undefined {
    const lowerSecret = secret.toLowerCase();
    for (const a of lists) {
      const checks: boolean[] = [];
      if (a.commits.length) checks.push(fragment.commit !== undefined && a.commits.includes(fragment.commit));
      if (a.paths.length) checks.push(a.paths.some((p) => p.test(fragment.file)));
      if (a.regexes.length) {
        if (a.regexTarget === 'line') {
          // The same line's verdict for every match on it (a line can be a whole minified bundle).
          let verdict = line.verdicts.get(a);
          if (verdict === undefined) line.verdicts.set(a, (verdict = a.regexes.some((r) => r.test(line.text))));
          checks.push(verdict);
        } else {
          const target = a.regexTarget === 'match' ? match : secret;
          checks.push(a.regexes.some((r) => r.test(target)));
        }
      }
      if (a.stopwords.length) checks.push(a.stopwords.some((w) => lowerSecret.includes(w)));
      if (checks.length === 0) continue;
      if (a.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean))
        return a.regexes.length === 0 && a.stopwords.length === 0 ? 'path' : 'value';
    }
    return undefined;
  }
}

/**
 * One secret, one finding: where two rules matched overlapping spans of the same text, the most specific one is
 * kept (a provider rule, then a context rule, then a generic one: see ruleSpecificity; then the longer secret; then
 * the earlier rule).
 */
export function mostSpecific(hits: SecretHit[]): SecretHit[] {
  if (hits.length < 2) return hits;
  const rank = (h: SecretHit) => ruleSpecificity(h.ruleId);
  const order = hits.map((h, i) => ({ h, i }));
  order.sort((a, b) => rank(a.h) - rank(b.h) || b.h.secret.length - a.h.secret.length || a.i - b.i);
  // Kept spans, by start. Spans of different rules never overlap once kept, and one rule's matches do not
  // overlap each other, so the spans that overlap a new one are found by bisection (thousands of findings in one
  // minified file must not cost a comparison with every other).
  const kept: { h: SecretHit; i: number }[] = [];
  const starts: number[] = [];
  for (const c of order) {
    const start = c.h.offset;
    const end = start + c.h.secret.length;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    let overlaps = false;
    for (let j = lo - 1; j >= 0 && !overlaps; j--) {
      const k = kept[j].h;
      if (k.secret.length > 0 && k.offset + k.secret.length > start) overlaps = k.ruleId !== c.h.ruleId;
      else if (k.secret.length > 0) break;
    }
    for (let j = lo; j < kept.length && starts[j] < end && !overlaps; j++) {
      const k = kept[j].h;
      overlaps = k.ruleId !== c.h.ruleId && k.secret.length > 0 && start < k.offset + k.secret.length;
    }
    if (overlaps) continue;
    kept.splice(lo, 0, c);
    starts.splice(lo, 0, start);
  }
  return kept.sort((a, b) => a.i - b.i).map((k) => k.h);
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
