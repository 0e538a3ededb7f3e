/**
 * Just enough Go to read gitleaks' rule tests (cmd/generate/config/rules/*.go) without a Go toolchain: string and
 * raw literals, `+`, slice and map literals, `append(…)` with `...`, local variables, and the helpers those files
 * call (utils.GenerateSampleSecrets, secrets.NewSecret, fmt.Sprintf, …), supplied by the caller. A statement it
 * cannot evaluate (a loop, an unknown helper) is skipped and reported, never guessed.
 */

export type Value = string | number | boolean | null | Value[] | { map: [string, Value][] };

interface Token {
  kind: 'ident' | 'string' | 'number' | 'punct' | 'semi';
  text: string;
  value?: string;
}

const PUNCT = ['...', ':=', '==', '!=', '&&', '||', '+=', '<-', '<=', '>=', '++', '--'];

/** Go's tokens, with its automatic semicolons (a newline after an identifier, a literal, `)`, `]` or `}`). */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const endsStatement = () => {
    const t = out[out.length - 1];
    if (!t) return false;
    if (t.kind === 'ident' || t.kind === 'string' || t.kind === 'number') return true;
    return t.kind === 'punct' && [')', ']', '}', '++', '--'].includes(t.text);
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      if (endsStatement()) out.push({ kind: 'semi', text: '\n' });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      const body = src.slice(i, end < 0 ? src.length : end + 2);
      if (body.includes('\n') && endsStatement()) out.push({ kind: 'semi', text: '\n' });
      i = end < 0 ? src.length : end + 2;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new Error('unterminated raw string');
      out.push({ kind: 'string', text: src.slice(i, end + 1), value: src.slice(i + 1, end).replace(/\r/g, '') });
      i = end + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (src[j] !== c) {
        if (src[j] === '\n' || j >= src.length) throw new Error('unterminated string');
        if (src[j] === '\\') {
          const e = src[j + 1];
          const simple: Record<string, string> = {
            n: '\n',
            t: '\t',
            r: '\r',
            '\\': '\\',
            '"': '"',
            "'": "'",
            a: '\x07',
            b: '\b',
            f: '\f',
            v: '\v',
          };
          if (e in simple) {
            value += simple[e];
            j += 2;
          } else if (e === 'x') {
            value += String.fromCharCode(parseInt(src.slice(j + 2, j + 4), 16));
            j += 4;
          } else if (e === 'u') {
            value += String.fromCodePoint(parseInt(src.slice(j + 2, j + 6), 16));
            j += 6;
          } else if (e === 'U') {
            value += String.fromCodePoint(parseInt(src.slice(j + 2, j + 10), 16));
            j += 10;
          } else if (/[0-7]/.test(e)) {
            value += String.fromCharCode(parseInt(src.slice(j + 1, j + 4), 8));
            j += 4;
          } else throw new Error(`unknown escape \\${e}`);
        } else value += src[j++];
      }
      // A Go string holds UTF-8 bytes; \x escapes spell bytes. Decode them as UTF-8 where they form one.
      if (/[\x80-\xff]/.test(value) && /\\x[89a-fA-F]/.test(src.slice(i, j)))
        value = Buffer.from(value, 'latin1').toString('utf8');
      out.push({ kind: c === '"' ? 'string' : 'number', text: src.slice(i, j + 1), value });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_0-9]+/.exec(src.slice(i, i + 200))!;
      out.push({ kind: 'ident', text: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9][0-9a-fA-FxX._]*/.exec(src.slice(i, i + 100))!;
      out.push({ kind: 'number', text: m[0], value: m[0] });
      i += m[0].length;
    } else {
      const p = PUNCT.find((q) => src.startsWith(q, i)) ?? c;
      out.push({ kind: p === ';' ? 'semi' : 'punct', text: p });
      i += p.length;
    }
  }
  return out;
}

export class GoEvalError extends Error {}

export type Builtin = (args: Value[]) => Value;

/** Evaluates the statements of one function body, one at a time; `skipped` lists what it could not run. */
export class FunctionBody {
  readonly env = new Map<string, Value>();
  readonly skipped: string[] = [];
  returned?: { callee: string; args: Value[] };

  constructor(
    private readonly tokens: Token[],
    private readonly builtins: Record<string, Builtin>,
    globals?: Map<string, Value>,
  ) {
    for (const [k, v] of globals ?? []) this.env.set(k, v);
  }

  run(): void {
    for (const stmt of splitStatements(this.tokens)) {
      try {
        this.statement(stmt);
      } catch (err) {
        this.skipped.push(
          `${stmt
            .map((t) => t.text)
            .join(' ')
            .slice(0, 100)}: ${(err as Error).message}`,
        );
      }
    }
  }

  private statement(t: Token[]): void {
    if (t.length === 0) return;
    if (t[0].text === 'return') {
      const p = new Parser(t.slice(1), this.env, this.builtins);
      const call = p.callParts();
      if (call) this.returned = call;
      return;
    }
    if ((t[0].text === 'var' || t[0].text === 'const') && t[1]?.text === '(') {
      // var ( a = …; b = … )
      for (const inner of splitStatements(t.slice(2, -1))) this.statement([t[0], ...inner]);
      return;
    }
    if (t[0].text === 'var' || t[0].text === 'const') {
      // var x []string / var x = expr
      const name = t[1].text;
      const eq = t.findIndex((x) => x.text === '=');
      this.env.set(name, eq < 0 ? [] : new Parser(t.slice(eq + 1), this.env, this.builtins).whole());
      return;
    }
    if (t[0].kind === 'ident' && (t[1]?.text === ':=' || t[1]?.text === '=')) {
      this.env.set(t[0].text, new Parser(t.slice(2), this.env, this.builtins).whole());
      return;
    }
    if (t[0].kind === 'ident' && t[1]?.text === '+=') {
      const cur = this.env.get(t[0].text);
      this.env.set(t[0].text, `${cur}${new Parser(t.slice(2), this.env, this.builtins).whole()}`);
      return;
    }
    throw new GoEvalError('not an assignment or a return');
  }
}

function splitStatements(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
    if (t.kind === 'punct' && ')]}'.includes(t.text)) depth--;
    if (t.kind === 'semi' && depth === 0) {
      out.push(cur);
      cur = [];
    } else cur.push(t); // a `;` inside brackets ends a statement of a block or a `var (…)` group
  }
  if (cur.length) out.push(cur);
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly t: Token[],
    private readonly env: Map<string, Value>,
    private readonly builtins: Record<string, Builtin>,
  ) {}

  private peek(o = 0) {
    return this.t[this.i + o];
  }
  private eat(text: string) {
    if (this.peek()?.text !== text) throw new GoEvalError(`expected '${text}', found '${this.peek()?.text}'`);
    this.i++;
  }

  whole(): Value {
    const v = this.expr();
    if (this.i !== this.t.length) throw new GoEvalError(`unexpected '${this.peek().text}'`);
    return v;
  }

  /** `pkg.Func(args)` at the top: its name and evaluated arguments (for `return utils.Validate(r, tps, fps)`). */
  callParts(): { callee: string; args: Value[] } | undefined {
    const name = this.qualified();
    if (this.peek()?.text !== '(') return undefined;
    this.i++;
    const args: Value[] = [];
    while (this.peek()?.text !== ')') {
      // The rule itself (`r`) is not a value we know: null.
      try {
        args.push(this.expr());
      } catch {
        args.push(null);
        while (this.peek() && this.peek().text !== ',' && this.peek().text !== ')') this.i++;
      }
      if (this.peek()?.text === ',') this.i++;
    }
    return { callee: name, args };
  }

  private qualified(): string {
    let name = this.peek().text;
    this.i++;
    while (this.peek()?.text === '.' && this.peek(1)?.kind === 'ident') {
      name += `.${this.peek(1).text}`;
      this.i += 2;
    }
    return name;
  }

  private expr(): Value {
    let v = this.primary();
    while (this.peek()?.text === '+') {
      this.i++;
      const r = this.primary();
      if (typeof v !== 'string' || typeof r !== 'string') throw new GoEvalError('+ on non-strings');
      v = v + r;
    }
    return v;
  }

  private list(close: string): { values: Value[]; spread: boolean } {
    const values: Value[] = [];
    let spread = false;
    while (this.peek()?.text !== close) {
      values.push(this.expr());
      if (this.peek()?.text === '...') {
        spread = true;
        this.i++;
      }
      if (this.peek()?.text === ',') this.i++;
      else if (this.peek()?.text !== close) throw new GoEvalError(`expected ',' or '${close}'`);
    }
    this.i++;
    return { values, spread };
  }

  private primary(): Value {
    const t = this.peek();
    if (!t) throw new GoEvalError('unexpected end');
    if (t.kind === 'string') {
      this.i++;
      return t.value!;
    }
    if (t.kind === 'number') {
      this.i++;
      return t.text.startsWith("'") ? t.value! : Number(t.text);
    }
    if (t.text === '(') {
      this.i++;
      const v = this.expr();
      this.eat(')');
      return v;
    }
    if (t.text === '{') {
      // An elided composite literal, as a map value: {"a", "b"}
      this.i++;
      return this.list('}').values;
    }
    if (t.text === '[' && this.peek(1)?.text === ']') {
      // []string{…}
      this.i += 2;
      this.qualified();
      if (this.peek()?.text === '(') {
        // []byte(s): the same text
        this.i++;
        const v = this.expr();
        this.eat(')');
        return v;
      }
      this.eat('{');
      return this.list('}').values;
    }
    if (t.text === 'map') {
      // map[string]string{k: v, …}
      while (this.peek() && this.peek().text !== '{') this.i++;
      this.eat('{');
      const map: [string, Value][] = [];
      while (this.peek()?.text !== '}') {
        const k = this.expr();
        this.eat(':');
        map.push([String(k), this.expr()]);
        if (this.peek()?.text === ',') this.i++;
      }
      this.i++;
      return { map };
    }
    if (t.kind === 'ident') {
      const name = this.qualified();
      if (this.peek()?.text === '{') {
        // A struct literal (config.Rule{…}): not a value the samples need.
        let depth = 0;
        do {
          if (this.peek().text === '{') depth++;
          if (this.peek().text === '}') depth--;
          this.i++;
        } while (depth > 0);
        return null;
      }
      if (this.peek()?.text === '(') {
        this.i++;
        const { values, spread } = this.list(')');
        if (name === 'append') {
          const [base, ...rest] = values;
          const items = spread ? [...rest.slice(0, -1), ...(rest[rest.length - 1] as Value[])] : rest;
          return [...((base as Value[] | null) ?? []), ...items];
        }
        const fn = this.builtins[name];
        if (!fn) throw new GoEvalError(`unknown function ${name}`);
        return fn(values);
      }
      if (name === 'nil') return null;
      if (name === 'true' || name === 'false') return name === 'true';
      if (this.env.has(name)) return this.env.get(name)!;
      throw new GoEvalError(`unknown name ${name}`);
    }
    throw new GoEvalError(`unexpected '${t.text}'`);
  }
}

/** The package-level `var` and `const` declarations of a Go file, evaluated in order. */
export function globalsOf(src: string, builtins: Record<string, Builtin>): Map<string, Value> {
  const tokens = tokenize(src);
  const body = new FunctionBody(
    splitStatements(tokens)
      .filter((s) => s[0]?.text === 'var' || s[0]?.text === 'const')
      .flatMap((s) => [...s, { kind: 'semi', text: ';' } as Token]),
    builtins,
  );
  body.run();
  return body.env;
}

/** Top-level functions of a Go file: name, body tokens and source text. */
export function functionsOf(src: string): { name: string; body: Token[]; text: string }[] {
  const tokens = tokenize(src);
  const out: { name: string; body: Token[]; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'func' || tokens[i + 1]?.kind !== 'ident') continue;
    const name = tokens[i + 1].text;
    let j = i + 2;
    while (j < tokens.length && tokens[j].text !== '{') j++;
    const start = j + 1;
    let depth = 1;
    for (j = start; j < tokens.length && depth > 0; j++) {
      if (tokens[j].text === '{') depth++;
      if (tokens[j].text === '}') depth--;
    }
    const body = tokens.slice(start, j - 1);
    out.push({ name, body, text: body.map((t) => t.text).join(' ') });
    i = j - 1;
  }
  return out;
}
