/**
 * Translates a Go RE2 pattern (gitleaks' rule syntax) into a JavaScript RegExp source, or throws saying what
 * cannot be translated. RE2 scopes flags: `(?i)` in mid-pattern turns case-insensitivity on until the end of the
 * enclosing group, `(?i:…)` and `(?-i:…)` for one group, and `(?s)` lets `.` match newlines. JavaScript (before
 * RegExp modifiers) has only whole-pattern flags, so case-insensitive parts are spelled out instead: `a` → `[aA]`,
 * `[a-f]` → `[a-fA-F]`. Also: `(?P<name>…)` → `(?<name>…)`, `\z` → `$`, `\A` → `^`, POSIX classes such as
 * `[[:alnum:]]`, `\Q…\E` literals, `\x{hh}`.
 */
export class Re2Error extends Error {}

interface Flags {
  i: boolean;
  s: boolean;
}

const POSIX: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '\\w',
  xdigit: '0-9A-Fa-f',
};

const isLetter = (c: string) => /^[a-zA-Z]$/.test(c);
const escapeLiteral = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);

function hexEscape(code: number): string {
  if (code > 0xffff) throw new Re2Error(`\\x{${code.toString(16)}} is outside the BMP`);
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

export function translateRe2(pattern: string): string {
  let i = 0;
  let out = '';
  const stack: Flags[] = [];
  let flags: Flags = { i: false, s: false };

  const parseFlags = (spec: string): Flags => {
    const next = { ...flags };
    let on = true;
    for (const ch of spec) {
      if (ch === '-') on = false;
      else if (ch === 'i') next.i = on;
      else if (ch === 's') next.s = on;
      else if (ch === 'm' || ch === 'U') throw new Re2Error(`flag '${ch}' is not supported`);
      else throw new Re2Error(`unknown flag '${ch}'`);
    }
    return next;
  };

  const readEscape = (inClass: boolean): string => {
    const c = pattern[i + 1];
    if (c === undefined) throw new Re2Error('trailing backslash');
    i += 2;
    if (c === 'z') {
      if (inClass) throw new Re2Error('\\z inside a character class');
      return '$';
    }
    if (c === 'A') {
      if (inClass) throw new Re2Error('\\A inside a character class');
      return '^';
    }
    if (c === 'x' && pattern[i] === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) throw new Re2Error('unterminated \\x{');
      const code = parseInt(pattern.slice(i + 1, end), 16);
      i = end + 1;
      return hexEscape(code);
    }
    if (c === 'Q') {
      const end = pattern.indexOf('\\E', i);
      const literal = pattern.slice(i, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 2;
      return [...literal]
        .map((ch) =>
          flags.i && isLetter(ch) && !inClass ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeLiteral(ch),
        )
        .join('');
    }
    if (c === 'p' || c === 'P') throw new Re2Error('Unicode classes (\\p) are not supported');
    if (c === 'C') throw new Re2Error('\\C is not supported');
    return `\\${c}`;
  };

  const readClass = (): string => {
    // At '['.
    i++;
    let negate = '';
    if (pattern[i] === '^') {
      negate = '^';
      i++;
    }
    const parts: string[] = [];
    let first = true;
    while (i < pattern.length && (pattern[i] !== ']' || first)) {
      first = false;
      if (pattern.startsWith('[:', i)) {
        const end = pattern.indexOf(':]', i);
        if (end < 0) throw new Re2Error('unterminated POSIX class');
        let name = pattern.slice(i + 2, end);
        const negated = name.startsWith('^');
        if (negated) throw new Re2Error(`negated POSIX class [:${name}:] is not supported`);
        name = name.replace(/^\^/, '');
        if (!POSIX[name]) throw new Re2Error(`unknown POSIX class [:${name}:]`);
        parts.push(POSIX[name]);
        i = end + 2;
        continue;
      }
      let atom: string;
      let low: string | undefined;
      if (pattern[i] === '\\') {
        atom = readEscape(true);
      } else {
        low = pattern[i];
        atom = low === '[' || low === '/' ? `\\${low}` : low;
        i++;
      }
      if (pattern[i] === '-' && pattern[i + 1] !== ']' && pattern[i + 1] !== undefined) {
        i++;
        let highAtom: string;
        let high: string | undefined;
        if (pattern[i] === '\\') highAtom = readEscape(true);
        else {
          high = pattern[i];
          highAtom = high;
          i++;
        }
        parts.push(`${atom}-${highAtom}`);
        if (flags.i && low && high && isLetter(low) && isLetter(high)) {
          const swap = (ch: string) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase());
          if ((low === low.toLowerCase()) === (high === high.toLowerCase())) parts.push(`${swap(low)}-${swap(high)}`);
        }
        continue;
      }
      parts.push(atom);
      if (flags.i && low && isLetter(low))
        parts.push(low === low.toLowerCase() ? low.toUpperCase() : low.toLowerCase());
    }
    if (pattern[i] !== ']') throw new Re2Error('unterminated character class');
    i++;
    return `[${negate}${parts.join('')}]`;
  };

  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      out += readEscape(false);
    } else if (c === '[') {
      out += readClass();
    } else if (c === '(') {
      if (pattern[i + 1] === '?') {
        const rest = pattern.slice(i + 2);
        const named = /^P?<([A-Za-z_]\w*)>/.exec(rest);
        const flagOnly = /^([A-Za-z-]+)\)/.exec(rest);
        const flagGroup = /^([A-Za-z-]*):/.exec(rest);
        if (named) {
          stack.push(flags);
          out += `(?<${named[1]}>`;
          i += 2 + named[0].length;
        } else if (flagOnly) {
          flags = parseFlags(flagOnly[1]);
          i += 2 + flagOnly[0].length;
        } else if (flagGroup) {
          stack.push(flags);
          flags = parseFlags(flagGroup[1]);
          out += '(?:';
          i += 2 + flagGroup[0].length;
        } else throw new Re2Error(`unsupported group syntax '(?${rest.slice(0, 3)}'`);
      } else {
        stack.push(flags);
        out += '(';
        i++;
      }
    } else if (c === ')') {
      if (stack.length === 0) throw new Re2Error('unbalanced )');
      flags = stack.pop()!;
      out += ')';
      i++;
    } else if (c === '.') {
      out += flags.s ? '[\\s\\S]' : '[^\\n]';
      i++;
    } else if (flags.i && isLetter(c)) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
      i++;
    } else if (c === '/') {
      out += '\\/';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (stack.length) throw new Re2Error('unbalanced (');
  return out;
}

/** Compiles an RE2 pattern for scanning (global, so all matches are found). */
export function compileRe2(pattern: string, extraFlags = 'g'): RegExp {
  const source = translateRe2(pattern);
  try {
    return new RegExp(source, extraFlags);
  } catch (err) {
    throw new Re2Error(`the translated pattern does not compile: ${(err as Error).message}`);
  }
}
