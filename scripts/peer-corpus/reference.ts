import { RE2JS } from 're2js';
import type { Pattern, PatternMatch } from '../../src/checks/secret-scan/patterns.js';
import type { Allowlist, RuleSet } from '../../src/checks/secret-scan/rules.js';

/** An RE2 pattern run by RE2JS (Go's RE2 semantics, as gitleaks runs it), for the reference scanner. */
class Re2Reference implements Pattern {
  readonly engine = 're2js';
  readonly groupCount: number;
  private readonly re: RE2JS;
  constructor(readonly source: string) {
    this.re = RE2JS.compile(source);
    this.groupCount = this.re.groupCount();
  }
  *matches(text: string): Iterable<PatternMatch> {
    const m = this.re.matcher(text);
    let from = 0;
    while (from <= text.length && m.find(from)) {
      const groups: (string | undefined)[] = [];
      for (let g = 0; g <= this.groupCount; g++) groups.push(m.group(g) ?? undefined);
      from = m.end() === m.start() ? m.end() + 1 : m.end();
      yield { index: m.start(), groups };
    }
  }
  test(text: string): boolean {
    return this.re.matcher(text).find();
  }
  validate(): void {
    // Compiled in the constructor.
  }
}

const ref = (p: Pattern) => new Re2Reference(p.source);
const refList = (a: Allowlist): Allowlist => ({ ...a, regexes: a.regexes.map(ref), paths: a.paths.map(ref) });

/**
 * The same rule set with every pattern run by RE2JS instead of its V8 translation (and no rewrites, no keyword
 * anchoring): scanned with `narrow: false`, it finds what gitleaks' engine finds, so any difference from the
 * default scanner is a defect of the translation or of the narrowing.
 */
export function referenceRuleSet(set: RuleSet): RuleSet {
  return {
    ...set,
    rules: set.rules.map((r) => ({
      ...r,
      regex: r.regex && ref(r.regex),
      path: r.path && ref(r.path),
      keywordReach: undefined,
      allowlists: r.allowlists.map(refList),
    })),
    allowlists: set.allowlists.map(refList),
  };
}
