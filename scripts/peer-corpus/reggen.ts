/**
 * A seeded string generator over a regex, after lucasjones/reggen, which gitleaks' `secrets.NewSecret(regex)`
 * calls with a limit of 1: a class yields one of its characters (uniformly), an alternation one of its branches,
 * `{n,m}` n to m copies, `{n,}` n or n+1, `+` one, `*` and `?` none or one; anchors and `\b` yield nothing;
 * `(?i)` lets a letter come in either case. Only the syntax gitleaks' rule tests pass to it is supported;
 * anything else throws.
 */

type Node =
  | { t: 'chars'; set: string }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; branches: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const DIGIT = '0123456789';
const SPACE = ' \t\n\r\f\v';
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** mulberry32: small, seeded, the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parse(src: string): Node {
  let i = 0;
  let caseless = false;
  const fold = (set: string) => {
    if (!caseless) return set;
    const extra = [...set].map((c) => (c.toLowerCase() === c ? c.toUpperCase() : c.toLowerCase())).join('');
    return [...new Set(set + extra)].join('');
  };

  const escape = (inClass: boolean): string => {
    const c = src[i + 1];
    i += 2;
    if (c === 'w') return WORD;
    if (c === 'd') return DIGIT;
    if (c === 's') return SPACE;
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    if (c === 'b' && !inClass) return '';
    if (/[A-Za-z0-9]/.test(c)) throw new Error(`unsupported escape \\${c}`);
    return c;
  };

  const klass = (): string => {
    i++; // [
    let negate = false;
    if (src[i] === '^') {
      negate = true;
      i++;
    }
    let set = '';
    let first = true;
    while (src[i] !== ']' || first) {
      first = false;
      if (i >= src.length) throw new Error('unterminated class');
      let lo: string;
      if (src[i] === '\\') {
        lo = escape(true);
        if (lo.length > 1) {
          set += lo;
          continue;
        }
      } else lo = src[i++];
      if (src[i] === '-' && src[i + 1] !== ']') {
        i++;
        const hi = src[i] === '\\' ? escape(true) : src[i++];
        for (let c = lo.charCodeAt(0); c <= hi.charCodeAt(0); c++) set += String.fromCharCode(c);
      } else set += lo;
    }
    i++;
    set = fold([...new Set(set)].join(''));
    return negate ? [...PRINTABLE].filter((c) => !set.includes(c)).join('') : set;
  };

  const alternation = (): Node => {
    const branches: Node[] = [sequence()];
    while (src[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches.length === 1 ? branches[0] : { t: 'alt', branches };
  };

  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: Node | undefined;
      const c = src[i];
      if (c === '(') {
        if (src.startsWith('(?i)', i)) {
          caseless = true;
          i += 4;
          continue;
        }
        const saved = caseless;
        if (src.startsWith('(?:', i)) i += 3;
        else if (src.startsWith('(?i:', i)) {
          caseless = true;
          i += 4;
        } else if (src[i + 1] === '?') throw new Error(`unsupported group ${src.slice(i, i + 4)}`);
        else i++;
        atom = alternation();
        caseless = saved;
        if (src[i] !== ')') throw new Error('unbalanced (');
        i++;
      } else if (c === '[') atom = { t: 'chars', set: klass() };
      else if (c === '\\') {
        const set = escape(false);
        if (set === '') continue;
        atom = { t: 'chars', set: set.length === 1 ? fold(set) : set };
      } else if (c === '^' || c === '$') {
        i++;
        continue;
      } else if (c === '.') {
        i++;
        atom = { t: 'chars', set: PRINTABLE };
      } else {
        i++;
        atom = { t: 'chars', set: fold(c) };
      }
      // Quantifiers.
      for (;;) {
        const q = src[i];
        if (q === '*') atom = { t: 'rep', node: atom, min: 0, max: 1 };
        else if (q === '+') atom = { t: 'rep', node: atom, min: 1, max: 1 };
        else if (q === '?') atom = { t: 'rep', node: atom, min: 0, max: 1 };
        else if (q === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(i))) {
          const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i))!;
          const min = Number(m[1]);
          const max = m[2] === undefined ? min : m[3] === '' ? min + 1 : Number(m[3]);
          atom = { t: 'rep', node: atom, min, max };
          i += m[0].length - 1;
        } else break;
        i++;
        if (src[i] === '?') i++; // lazy: the same strings
      }
      items.push(atom);
    }
    return { t: 'seq', items };
  };

  const node = alternation();
  if (i !== src.length) throw new Error(`unexpected '${src[i]}' at ${i}`);
  return node;
}

function generate(node: Node, next: () => number): string {
  const pick = (n: number) => Math.floor(next() * n);
  switch (node.t) {
    case 'chars':
      return node.set[pick(node.set.length)];
    case 'seq':
      return node.items.map((n) => generate(n, next)).join('');
    case 'alt':
      return generate(node.branches[pick(node.branches.length)], next);
    case 'rep': {
      const count = node.min + pick(node.max - node.min + 1);
      let out = '';
      for (let k = 0; k < count; k++) out += generate(node.node, next);
      return out;
    }
  }
}

/** One string `regex` matches, drawn with `next`. */
export function newSecret(regex: string, next: () => number): string {
  return generate(parse(regex), next);
}
