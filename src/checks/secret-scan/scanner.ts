import { shannonEntropy } from './entropy.js';
import type { PatternMatch } from './patterns.js';
import type { Allowlist, RuleSet, SecretRule } from './rules.js';

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
/** Below this size a rule runs over the whole text; above it, only around its keywords. */
const NEIGHBOURHOOD_MIN_CHARS = 64 * 1024;
const REACH_BEFORE_KEYWORD = 2 * 1024;
const REACH_AFTER_KEYWORD = 16 * 1024;
/** How far inside a rule's keyword group its keyword may sit (`(?:MailchimpSDK.initialize|mailchimp)`). */
const KEYWORD_SLACK = 32;

/** Rules prepared for scanning: one pass finds which keywords a text contains, then only those rules run. */
export class Scanner {
  private readonly keywordRegex: RegExp | undefined;
  /** keyword → the keywords that contain it (so finding `sk_live` also counts as finding `sk`). */
  private readonly implied = new Map<string, string[]>();
  /** Keywords after which another keyword may start inside the match (a suffix of one is a prefix of another). */
  private readonly mayOverlap = new Set<string>();
  private readonly alwaysRun: SecretRule[];
  /** Rules that match on the path alone: the only ones a binary file meets. */
  private readonly pathOnly: SecretRule[];

  /** `narrow: false` runs every rule over the whole text, as gitleaks does (the tests compare both). */
  constructor(
    readonly ruleSet: RuleSet,
    private readonly options: { narrow: boolean } = { narrow: true },
  ) {
    const keywords = [...new Set(ruleSet.rules.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
    for (const k of keywords) {
      this.implied.set(
        k,
        keywords.filter((other) => other !== k && k.includes(other)),
      );
      for (let i = 1; i < k.length; i++)
        if (keywords.some((other) => other.startsWith(k.slice(i)) || k.slice(i).startsWith(other)))
          this.mayOverlap.add(k);
    }
    this.keywordRegex = keywords.length
      ? new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
      : undefined;
    this.alwaysRun = ruleSet.rules.filter((r) => r.keywords.length === 0);
    this.pathOnly = ruleSet.rules.filter((r) => !r.regex && r.path);
  }

  /** The rules whose keywords the text contains, and where each keyword was seen. */
  private rulesFor(text: string): { rules: SecretRule[]; seenAt: Map<string, number[]> } {
    const seenAt = new Map<string, number[]>();
    if (!this.keywordRegex) return { rules: this.alwaysRun, seenAt };
    const lower = text.toLowerCase();
    const re = this.keywordRegex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const note = (k: string, at: number) => {
      const list = seenAt.get(k);
      if (!list) seenAt.set(k, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    };
    while ((m = re.exec(lower))) {
      note(m[0], m.index);
      for (const k of this.implied.get(m[0]) ?? []) note(k, m.index + m[0].indexOf(k));
      // Resume inside the match only where another keyword could start there, so none is missed.
      if (this.mayOverlap.has(m[0])) re.lastIndex = m.index + 1;
    }
    if (seenAt.size === 0) return { rules: this.alwaysRun, seenAt };
    return {
      rules: this.ruleSet.rules.filter((r) => r.keywords.length === 0 || r.keywords.some((k) => seenAt.has(k))),
      seenAt,
    };
  }

  /**
   * A rule's matches in a text. In a large text, a rule with keywords runs only around where its keywords were
   * seen (gitleaks runs it over the whole fragment): one keyword in a 5 MB bundle costs a few KB of regex work, not
   * 5 MB. The window reaches further than any default rule's match does on either side of its keyword; a match
   * that begins before the window (a long identifier prefix) is reported from the window's start, with the same
   * secret.
   */
  private *matchesOf(rule: SecretRule, text: string, seenAt: Map<string, number[]>): Iterable<PatternMatch> {
    const regex = rule.regex!;
    if (this.options.narrow && regex.prefixReach !== undefined && regex.matchAt && rule.keywords.length > 0) {
      yield* this.anchoredMatches(rule, text, seenAt);
      return;
    }
    if (!this.options.narrow || text.length <= NEIGHBOURHOOD_MIN_CHARS || rule.keywords.length === 0) {
      yield* regex.matches(text);
      return;
    }
    const at = rule.keywords.flatMap((k) => seenAt.get(k) ?? []).sort((a, b) => a - b);
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

  /**
   * Matches of a rule that starts with a bounded identifier prefix, tried only at the start positions from which
   * a match can reach one of its keywords: the same matches, left to right and non-overlapping, as a global scan
   * (which would try the 50-character prefix at every position of the text). The slack covers a keyword that
   * sits a little inside the rule's keyword group.
   */
  private *anchoredMatches(rule: SecretRule, text: string, seenAt: Map<string, number[]>): Iterable<PatternMatch> {
    const regex = rule.regex!;
    const reach = regex.prefixReach! + KEYWORD_SLACK;
    const at = rule.keywords.flatMap((k) => seenAt.get(k) ?? []).sort((a, b) => a - b);
    let next = 0;
    for (const k of at) {
      for (let start = Math.max(next, k - reach); start <= k && start <= text.length; start++) {
        const m = regex.matchAt!(text, start);
        if (!m) continue;
        const length = m.groups[0]?.length ?? 0;
        next = start + Math.max(1, length);
        yield m;
        start = next - 1;
      }
      next = Math.max(next, k + 1);
    }
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
    const { rules, seenAt } = fragment.binary
      ? { rules: this.pathOnly, seenAt: new Map<string, number[]>() }
      : this.rulesFor(fragment.text);
    for (const rule of rules) {
      if (rule.path && !rule.path.test(fragment.file)) continue;
      if (!rule.regex) {
        // A path-only rule: the file itself is the finding (a keystore, a .p12), reported once per file.
        if (fragment.firstLine && fragment.firstLine > 1) continue;
        const hit = this.hit(rule, fragment, 0, 0, 0, fragment.file, fragment.file);
        if (this.allowed(hit.secret, hit.secret, '', fragment, [...rule.allowlists, ...this.ruleSet.allowlists]))
          hit.suppressed = 'a path allowlist';
        hits.push(hit);
        continue;
      }
      for (const m of this.matchesOf(rule, fragment.text, seenAt)) {
        const whole = m.groups[0] ?? '';
        if (whole.length === 0) continue;
        const secret = rule.secretGroup
          ? (m.groups[rule.secretGroup] ?? '')
          : (m.groups.slice(1).find((g) => g) ?? whole);
        if (!secret) continue;
        if (rule.entropy && shannonEntropy(secret) < rule.entropy) continue;
        const secretOffset = m.index + Math.max(0, whole.indexOf(secret));
        const startLine = lineAt(secretOffset);
        lineStarts ??= computeLineStarts(fragment.text);
        const lineText = fragment.text
          .slice(lineStarts[startLine], lineStarts[startLine + 1] ?? fragment.text.length)
          .replace(/\n$/, '');
        if (lineText.includes(INLINE_ALLOW)) continue;
        const allowedBy = this.allowed(secret, whole, lineText, fragment, [
          ...rule.allowlists,
          ...this.ruleSet.allowlists,
        ]);
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
    line: string,
    fragment: Fragment,
    lists: Allowlist[],
  ): 'path' | 'value' | undefined {
    const lowerSecret = secret.toLowerCase();
    for (const a of lists) {
      const target = a.regexTarget === 'match' ? match : a.regexTarget === 'line' ? line : secret;
      const checks: boolean[] = [];
      if (a.commits.length) checks.push(fragment.commit !== undefined && a.commits.includes(fragment.commit));
      if (a.paths.length) checks.push(a.paths.some((p) => p.test(fragment.file)));
      if (a.regexes.length) checks.push(a.regexes.some((r) => r.test(target)));
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
 * kept (a provider rule before a generic one; then the longer secret; then the earlier rule).
 */
export function mostSpecific(hits: SecretHit[]): SecretHit[] {
  if (hits.length < 2) return hits;
  const rank = (h: SecretHit) => (h.ruleId.startsWith('generic') ? 1 : 0);
  const order = hits.map((h, i) => ({ h, i }));
  order.sort((a, b) => rank(a.h) - rank(b.h) || b.h.secret.length - a.h.secret.length || a.i - b.i);
  const kept: { h: SecretHit; i: number }[] = [];
  for (const c of order) {
    const start = c.h.offset;
    const end = start + c.h.secret.length;
    const overlaps = kept.some(
      (k) =>
        k.h.ruleId !== c.h.ruleId &&
        k.h.secret.length > 0 &&
        start < k.h.offset + k.h.secret.length &&
        k.h.offset < end,
    );
    if (!overlaps) kept.push(c);
  }
  return kept.sort((a, b) => a.i - b.i).map((k) => k.h);
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
