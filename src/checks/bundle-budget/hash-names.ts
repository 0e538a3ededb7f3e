import { UserError } from '../../core/errors.js';

/**
 * Content hashes in build output names (`main.3f2a1b9c.js`, Vite's `index-BfXa12_q.js`, Next's
 * `framework-2c79e2a64abdb08b.js`) change on every build; stripping them (`main.[hash].js`) lets a file be matched
 * with itself across the base and the head build.
 *
 * The default pattern takes a run of 8 or more letters, digits, `_` or `-` after a `.` or `-` and right before the
 * extension (`.js`, or `.js.map`); it counts as a hash only with a digit or both letter cases in it, so
 * `some-component.js` keeps its name.
 */
export const DEFAULT_HASH_PATTERN = '[.-]([A-Za-z0-9_-]{8,})(?=\\.[A-Za-z0-9]+(?:\\.map)?$)';

const MAX_NAME = 255;

export interface HashStripper {
  /** `assets/main.3f2a1b9c.js` → `assets/main.[hash].js` (only the last path segment is touched). */
  strip(file: string): string;
  /** Whether the name carries a content hash (such a file may be cached for ever). */
  isHashed(file: string): boolean;
}

const looksLikeHash = (s: string) => /\d/.test(s) || (/[a-z]/.test(s) && /[A-Z]/.test(s));

/**
 * A user pattern is a JavaScript regular expression applied to base names (at most 255 characters). Patterns that
 * can backtrack without bound (a quantified group that holds a quantifier, like `(a+)+`, or a back-reference) are
 * refused: the budgets file comes from the pull request and must not be able to hang the gate.
 */
export function hashStripper(pattern: string, where: string): HashStripper {
  const isDefault = pattern === DEFAULT_HASH_PATTERN;
  if (!isDefault) checkSafePattern(pattern, where);
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch (err) {
    throw new UserError(
      `${where} got ${JSON.stringify(pattern)}: ${(err as Error).message}; accepted: a JavaScript regular expression whose first group (or whole match) is the hash.`,
    );
  }
  const find = (file: string): { start: number; end: number } | undefined => {
    const slash = file.lastIndexOf('/');
    const base = file.slice(slash + 1);
    if (base.length > MAX_NAME) return undefined;
    const m = re.exec(base);
    if (!m || m[0] === '') return undefined;
    const hash = m[1] ?? m[0];
    if (isDefault && !looksLikeHash(hash)) return undefined;
    const offset = m.index + (m[1] !== undefined ? m[0].indexOf(m[1]) : 0);
    return { start: slash + 1 + offset, end: slash + 1 + offset + hash.length };
  };
  return {
    strip(file) {
      const at = find(file);
      return at ? `${file.slice(0, at.start)}[hash]${file.slice(at.end)}` : file;
    },
    isHashed: (file) => find(file) !== undefined,
  };
}

/**
 * Star height above one, alternation under a repeat (`(a|a)+`) and back-references: the shapes behind
 * catastrophic backtracking.
 */
export function checkSafePattern(pattern: string, where: string): void {
  const accepted =
    'a regular expression without nested quantifiers (like (a+)+), alternation under a repeat (like (a|b)+) or back-references';
  if (pattern.length > 200)
    throw new UserError(
      `${where} is ${pattern.length} characters long; accepted: ${accepted}, at most 200 characters.`,
    );
  if (/\\[1-9]|\\k</.test(pattern))
    throw new UserError(`${where} got ${JSON.stringify(pattern)}, which uses a back-reference; accepted: ${accepted}.`);
  // A stack of groups: whether each open group contains a quantifier or an alternation so far.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const hadQuantifier = stack.pop() ?? false;
      const next = pattern[i + 1];
      const quantified = next === '*' || next === '+' || next === '{' || next === '?';
      if (hadQuantifier && quantified && next !== '?')
        throw new UserError(
          `${where} got ${JSON.stringify(pattern)}, which repeats a group that can match in several ways; accepted: ${accepted}.`,
        );
      if (stack.length && (hadQuantifier || quantified)) stack[stack.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '{' || c === '|') && stack.length) stack[stack.length - 1] = true;
  }
}
