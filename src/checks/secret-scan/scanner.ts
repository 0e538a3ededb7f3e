import { shannonEntropy } from './entropy.js';
import type { Allowlist, RuleSet, SecretRule } from './rules.js';

/** Text to scan: a file, or the lines one commit added to one file. */
export interface Fragment {
  file: string;
  text: string;
  /** File line of each fragment line (added lines are not contiguous); absent means line i+1. */
  lines?: number[];
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
}

const INLINE_ALLOW = 'gitleaks:allow';

/** Rules prepared for scanning: one pass finds which keywords a text contains, then only those rules run. */
export class Scanner {
  private readonly keywordRegex: RegExp | undefined;
  /** keyword → the keywords that contain it (so finding `sk_live` also counts as finding `sk`). */
  private readonly implied = new Map<string, string[]>();
  /** Keywords after which another keyword may start inside the match (a suffix of one is a prefix of another). */
  private readonly mayOverlap = new Set<string>();
  private readonly alwaysRun: SecretRule[];

  constructor(readonly ruleSet: RuleSet) {
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
  }

  private rulesFor(text: string): SecretRule[] {
    if (!this.keywordRegex) return this.alwaysRun;
    const lower = text.toLowerCase();
    const found = new Set<string>();
    const re = this.keywordRegex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower))) {
      found.add(m[0]);
      for (const k of this.implied.get(m[0]) ?? []) found.add(k);
      // Resume inside the match only where another keyword could start there, so none is missed.
      if (this.mayOverlap.has(m[0])) re.lastIndex = m.index + 1;
    }
    if (found.size === 0) return this.alwaysRun;
    return this.ruleSet.rules.filter((r) => r.keywords.length === 0 || r.keywords.some((k) => found.has(k)));
  }

  scan(fragment: Fragment): SecretHit[] {
    const hits: SecretHit[] = [];
    if (this.pathAllowed(fragment.file, fragment.commit, this.ruleSet.allowlists)) return hits;
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
    for (const rule of this.rulesFor(fragment.text)) {
      if (rule.path && !rule.path.test(fragment.file)) continue;
      if (!rule.regex) {
        // A path-only rule: the file itself is the finding (a keystore, a .p12).
        hits.push(this.hit(rule, fragment, 0, 0, fragment.file, fragment.file));
        continue;
      }
      const re = rule.regex;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(fragment.text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const secret = rule.secretGroup ? (m[rule.secretGroup] ?? '') : (m.slice(1).find((g) => g) ?? m[0]);
        if (!secret) continue;
        if (rule.entropy && shannonEntropy(secret) < rule.entropy) continue;
        const startLine = lineAt(m.index + Math.max(0, m[0].indexOf(secret)));
        lineStarts ??= computeLineStarts(fragment.text);
        const lineText = fragment.text
          .slice(lineStarts[startLine], lineStarts[startLine + 1] ?? fragment.text.length)
          .replace(/\n$/, '');
        if (lineText.includes(INLINE_ALLOW)) continue;
        if (this.allowed(secret, m[0], lineText, fragment, [...rule.allowlists, ...this.ruleSet.allowlists])) continue;
        const secretOffset = m.index + Math.max(0, m[0].indexOf(secret));
        const hit = this.hit(rule, fragment, startLine, secretOffset - lineStarts[startLine], secret, m[0]);
        hit.endLine = fragment.lines
          ? (fragment.lines[lineAt(m.index + m[0].length - 1)] ?? hit.line)
          : lineAt(m.index + m[0].length - 1) + 1;
        hits.push(hit);
      }
    }
    return dropGenericDuplicates(hits);
  }

  private hit(
    rule: SecretRule,
    fragment: Fragment,
    lineIndex: number,
    column: number,
    secret: string,
    match: string,
  ): SecretHit {
    const line = fragment.lines ? (fragment.lines[lineIndex] ?? lineIndex + 1) : lineIndex + 1;
    const fingerprint = fragment.commit
      ? `${fragment.commit}:${fragment.file}:${rule.id}:${line}`
      : `${fragment.file}:${rule.id}:${line}`;
    return {
      ruleId: rule.id,
      description: rule.description,
      file: fragment.file,
      line,
      endLine: line,
      column: column + 1,
      secret,
      match,
      commit: fragment.commit,
      author: fragment.author,
      date: fragment.date,
      entropy: shannonEntropy(secret),
      fingerprint,
    };
  }

  private pathAllowed(file: string, commit: string | undefined, lists: Allowlist[]): boolean {
    return lists.some(
      (a) =>
        a.regexes.length === 0 &&
        a.stopwords.length === 0 &&
        ((a.paths.length > 0 && a.paths.some((p) => p.test(file))) ||
          (commit !== undefined && a.paths.length === 0 && a.commits.includes(commit))),
    );
  }

  private allowed(secret: string, match: string, line: string, fragment: Fragment, lists: Allowlist[]): boolean {
    const lowerSecret = secret.toLowerCase();
    for (const a of lists) {
      const target = a.regexTarget === 'match' ? match : a.regexTarget === 'line' ? line : secret;
      const checks: boolean[] = [];
      if (a.commits.length) checks.push(fragment.commit !== undefined && a.commits.includes(fragment.commit));
      if (a.paths.length) checks.push(a.paths.some((p) => p.test(fragment.file)));
      if (a.regexes.length) checks.push(a.regexes.some((r) => r.test(target)));
      if (a.stopwords.length) checks.push(a.stopwords.some((w) => lowerSecret.includes(w)));
      if (checks.length === 0) continue;
      if (a.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean)) return true;
    }
    return false;
  }
}

/** A generic rule that matched the same value a specific rule named on the same line adds nothing: keep the specific one. */
function dropGenericDuplicates(hits: SecretHit[]): SecretHit[] {
  if (hits.length < 2) return hits;
  const specific = hits.filter((h) => !h.ruleId.startsWith('generic'));
  return hits.filter(
    (h) =>
      !h.ruleId.startsWith('generic') ||
      !specific.some((s) => s.line === h.line && (s.secret.includes(h.secret) || h.secret.includes(s.secret))),
  );
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
