/**
 * The secret scanner's matching machinery: the one-pass keyword index, rules run only around their keywords, and
 * the anchored matcher for rules with a lazy identifier prefix. Each is checked against the plain way (indexOf on
 * a lower-cased text; the rule's regex over the whole text), which is what gitleaks does.
 */
import { describe, expect, test } from '@jest/globals';
import { KeywordIndex } from '../../src/checks/secret-scan/keyword-index.js';
import type { Pattern, PatternMatch } from '../../src/checks/secret-scan/patterns.js';
import { defaultRuleSet, STARTS_WITH_KEYWORD } from '../../src/checks/secret-scan/rules.js';
import { loadGitleaksConfig } from '../../src/checks/secret-scan/config.js';
import { standInText } from '../../src/checks/secret-scan/text-chunks.js';
import { GITLEAKS_DEFAULT } from '../../src/checks/secret-scan/data/gitleaks-default.js';
import { anchoredMatches, Scanner, startsNearKeywords } from '../../src/checks/secret-scan/scanner.js';
import { NON_SECRETS, SECRETS } from '../corpus/secrets-accuracy.js';
import { TRUE_POSITIVES } from '../corpus/secrets.js';

/** Every occurrence of every keyword, the slow and obvious way. */
function naive(keywords: string[], text: string): Map<number, number[]> {
  const lower = text.toLowerCase();
  const out = new Map<number, number[]>();
  keywords.forEach((k, id) => {
    const at: number[] = [];
    for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) at.push(i);
    if (at.length) out.set(id, at);
  });
  return out;
}
const sorted = (m: Map<number, number[]>) => [...m].sort((a, b) => a[0] - b[0]);

/** A deterministic pseudo-random generator (tests must not depend on Math.random). */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('keyword index', () => {
  test('finds every occurrence, overlapping ones and keywords inside keywords included', () => {
    const keywords = ['key', 'apikey', 'eyk', 'sk_live', 'sk', '://', 'aa', 'aaa'];
    const text = 'my apikey sk_live_x https://a aaaa KEYKEY';
    const index = new KeywordIndex(keywords);
    expect(sorted(index.find(text))).toEqual(sorted(naive(keywords, text)));
    expect(index.find(text).get(0)).toEqual([6, 35, 38]);
  });
  test('matches every case spelling of a keyword, and offsets stay those of the text as given', () => {
    const index = new KeywordIndex(['secret', 'token']);
    const text = 'SeCrEt é 日本語 🔑 ToKeN İ secret';
    const found = index.find(text);
    expect(found.get(0)).toEqual([0, text.lastIndexOf('secret')]);
    expect(found.get(1)).toEqual([text.indexOf('ToKeN')]);
    // 'İ' lower-cases to two characters: a lower-cased copy would put the last 'secret' one character late.
    expect(text.toLowerCase().lastIndexOf('secret')).toBe(text.lastIndexOf('secret') + 1);
  });
  test('non-ASCII keywords and folded characters (KELVIN SIGN is a k, as Go lower-cases it)', () => {
    const index = new KeywordIndex(['clé', 'key']);
    expect(sorted(index.find('CLÉ \u212Aey'))).toEqual([
      [0, [0]],
      [1, [4]],
    ]);
  });
  test('scan keeps no garbage per hit: its positions are the index’s own, valid until the next scan', () => {
    const keywords = ['key', 'token', 'sk'];
    const index = new KeywordIndex(keywords);
    // More hits than the index's first buffers hold: they grow, and every hit is kept in order.
    const long = 'key token sk '.repeat(2000);
    expect(index.scan(long)).toEqual([0, 1, 2]);
    expect(index.positions(0)).toHaveLength(2000);
    expect([...index.positions(2).subarray(0, 3)]).toEqual([10, 23, 36]);
    expect(sorted(index.find(long))).toEqual(sorted(naive(keywords, long)));
    // The next text: keywords absent from it have no positions left over from the last.
    expect(index.scan('a TOKEN')).toEqual([1]);
    expect([...index.positions(1)]).toEqual([2]);
    expect(index.positions(0)).toHaveLength(0);
    expect(index.scan('nothing here')).toEqual([]);
    expect(index.positions(1)).toHaveLength(0);
  });
  test('duplicate, case-duplicate and empty keywords: each id gets its positions, an empty one none', () => {
    const keywords = ['key', 'KEY', 'key', '', 'token', 'ToKeN'];
    const index = new KeywordIndex(keywords);
    const text = 'a key, a KeY and a token_key';
    const found = index.find(text);
    const keyAt = [2, 9, 25];
    expect(found.get(0)).toEqual(keyAt);
    expect(found.get(1)).toEqual(keyAt);
    expect(found.get(2)).toEqual(keyAt);
    expect(found.has(3)).toBe(false);
    expect(found.get(4)).toEqual([19]);
    expect(found.get(5)).toEqual([19]);
    expect(new KeywordIndex(['']).find(text).size).toBe(0);
  });
  test('agrees with indexOf on random texts over the default rules’ keywords', () => {
    const keywords = [...new Set(defaultRuleSet().rules.flatMap((r) => r.keywords))];
    const index = new KeywordIndex(keywords);
    const random = lcg(7);
    const alphabet = 'abcdefgiklnoprstuxyzABKPSTX_-.:/=" \n0123456789é';
    for (let round = 0; round < 30; round++) {
      let text = '';
      while (text.length < 2000) {
        text +=
          random() < 0.2
            ? keywords[Math.floor(random() * keywords.length)].toUpperCase()
            : alphabet[Math.floor(random() * alphabet.length)];
      }
      expect(sorted(index.find(text))).toEqual(sorted(naive(keywords, text)));
    }
  });
});

describe('rules run around their keywords', () => {
  const narrow = new Scanner(defaultRuleSet());
  const full = new Scanner(defaultRuleSet(), { narrow: false });
  const show = (s: Scanner, text: string) =>
    s.scan({ file: 'a.env', text }).map((h) => `${h.ruleId}@${h.line}:${h.column}=${h.secret}`);
  const value = 'Zq8Lm3Xv9Tp2Wc7Ry4Nb6Hd1';

  test('a secret whose keyword is far from the match start, within the rule’s reach, is found', () => {
    for (const prefix of [49, 50, 51, 70]) {
      const text = `${'x'.repeat(prefix)}_api_key = "${value}"\n`;
      expect(show(narrow, text)).toEqual(show(full, text));
      expect(show(narrow, text)).toEqual([`generic-api-key@1:${prefix + 13}=${value}`]);
    }
  });
  test('a match at the very start or end of the text, or right after another match', () => {
    const texts = [
      `apikey=${value}`,
      `apikey=${value}\napikey=${value}`,
      `token=${value};secret=${value}x;key=${value}y`,
      `${'a.'.repeat(30)}password: "${value}"`,
    ];
    for (const text of texts) expect(show(narrow, text)).toEqual(show(full, text));
    expect(show(narrow, texts[2])).toHaveLength(3);
  });
  test('non-ASCII text before a match: lines and columns count characters, not bytes', () => {
    const text = `// 日本語のコメント é 🔑\nconst x = 1; // ünïcödé\n  "api_key": "${value}"\n`;
    expect(show(narrow, text)).toEqual(show(full, text));
    expect(show(narrow, text)).toEqual([`generic-api-key@3:15=${value}`]);
  });
  test('url-credentials is tried only where a scheme can end in `://`, with the same findings', () => {
    const scheme20 = `a${'b'.repeat(19)}`;
    const text = [
      `postgres://app:${value}@db.internal:5432/x`,
      `x${scheme20}://u:${value}@h.example`, // 21-character scheme: no word boundary before it in reach
      `${scheme20}://u:${value}@h.example https://a:${value}b@c.d`,
      `see http://example.com then redis://:${value}@cache`, // no user: not this rule's shape
      'https://https://https://:::@@@',
    ].join('\n');
    expect(show(narrow, text)).toEqual(show(full, text));
    expect(show(narrow, text).filter((h) => h.startsWith('url-credentials'))).toHaveLength(4);
  });
  test('the corpus, alone and run together, gives what a full scan gives', () => {
    const texts = [...SECRETS, ...NON_SECRETS].map((c) => c.text);
    const together = [...texts, ...TRUE_POSITIVES.map((c) => c.text)].join('\n');
    for (const text of [...texts, together, together.replace(/\n/g, ' ')])
      expect(show(narrow, text)).toEqual(show(full, text));
  });
});

describe('anchored matcher (rules with a lazy identifier prefix)', () => {
  const anchored = defaultRuleSet().rules.filter((r) => r.regex?.prefixReach !== undefined);
  const keywordsAt = (keywords: string[], text: string) =>
    [...naive(keywords, text).values()].flat().sort((a, b) => a - b);
  const plain = (p: Pattern, text: string) => [...p.matches(text)].map((m) => [m.index, ...m.groups]);
  const viaRest = (p: Pattern, keywords: string[], text: string) =>
    [...anchoredMatches(p, text, keywordsAt(keywords, text))].map((m) => [m.index, ...m.groups]);

  test('covers the rules it should', () => {
    expect(anchored.length).toBeGreaterThanOrEqual(100);
    expect(anchored.map((r) => r.id)).toEqual(
      expect.arrayContaining(['generic-api-key', 'okta-access-token', 'sumologic-access-id']),
    );
  });
  test('finds exactly what the regex finds over the whole text, for every such rule', () => {
    const random = lcg(11);
    const corpus = [...SECRETS, ...NON_SECRETS, ...TRUE_POSITIVES].map((c) => c.text);
    let matched = 0;
    for (const rule of anchored) {
      const samples = corpus.filter((t) => rule.keywords.some((k) => t.toLowerCase().includes(k)));
      const texts = [
        ...samples,
        samples.join('\n'),
        samples.join(''),
        ...samples.map((t) => `${'a_b.c-'.repeat(1 + Math.floor(random() * 12))}${t}`),
        rule.keywords
          .map((k) => `${'x'.repeat(45)}${k.toUpperCase()}=${'Ab9'.repeat(8)} ${k}${k}: '${'Q7z'.repeat(9)}'`)
          .join(''),
      ];
      for (const text of texts) {
        const expected = plain(rule.regex!, text);
        expect([rule.id, viaRest(rule.regex!, rule.keywords, text)]).toEqual([rule.id, expected]);
        matched += expected.length;
      }
    }
    expect(matched).toBeGreaterThan(200);
  });
  test('1 MB of keyword spam costs at most one attempt per character, and the scan stays linear', () => {
    const generic = anchored.find((r) => r.id === 'generic-api-key')!;
    let attempts = 0;
    const counting: Pattern = {
      ...generic.regex!,
      prefixReach: generic.regex!.prefixReach,
      restAt: (text: string, pos: number): PatternMatch | null => {
        attempts++;
        return generic.regex!.restAt!(text, pos);
      },
      inPrefix: (code: number) => generic.regex!.inPrefix!(code),
      matches: (text: string) => generic.regex!.matches(text),
      test: (text: string) => generic.regex!.test(text),
    };
    const spam = [
      'keykeykeykey'.repeat(90_000),
      'api_key=token_secret_password '.repeat(36_000),
      `${'apikey'.repeat(30)}= `.repeat(5_500),
    ];
    const scanner = new Scanner(defaultRuleSet());
    for (const text of spam) {
      attempts = 0;
      const found = [...anchoredMatches(counting, text, keywordsAt(generic.keywords, text))];
      expect(found.length).toBeLessThan(text.length);
      expect(attempts).toBeGreaterThan(0);
      expect(attempts).toBeLessThanOrEqual(text.length + 1);
      const before = scanner.charsVisited;
      scanner.scan({ file: 'spam.txt', text });
      expect(scanner.charsVisited - before).toBe(text.length);
    }
  }, 120_000);
});

describe('rules whose every match starts with a keyword', () => {
  const rules = defaultRuleSet().rules.filter((r) => r.keywordReach === 0);
  const keywordsAt = (keywords: string[], text: string) =>
    [...naive(keywords, text).values()].flat().sort((a, b) => a - b);
  const shape = (ms: Iterable<PatternMatch>) => [...ms].map((m) => [m.index, ...m.groups]);

  test('each listed pattern is a vendored one (a changed upstream pattern is not trusted blindly)', () => {
    const vendored = new Set([...GITLEAKS_DEFAULT.toml.matchAll(/^regex = '''(.*)'''$/gm)].map((m) => m[1]));
    for (const source of STARTS_WITH_KEYWORD) expect([source, vendored.has(source)]).toEqual([source, true]);
    expect(rules.map((r) => r.id).sort()).toEqual(
      expect.arrayContaining(['aws-access-token', 'jwt', 'vault-service-token']),
    );
    expect(rules).toHaveLength(STARTS_WITH_KEYWORD.size);
  });
  test('trying them only where a keyword starts finds exactly what the regex finds over the whole text', () => {
    const random = lcg(5);
    const token = (alphabet: string, n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const b64 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const samples = [
      `ey${token(b64, 30)}.ey${token(b64, 40)}.${token(b64, 20)}`,
      `hvs.${token(b64, 95)}`,
      `s.${token(b64, 24)}`,
      `hvb.${token(b64, 140)}`,
      `sc_${token(b64, 10)}.${token(b64, 5)}.acc_${token(b64, 12)}.${token(b64, 40)}`,
      `AKIA${token('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
      `SK${token('0123456789abcdef', 32)}`,
      `SG.${token(b64, 66)}`,
    ];
    const corpus = [...SECRETS, ...NON_SECRETS, ...TRUE_POSITIVES].map((c) => c.text);
    const texts = [
      ...corpus,
      corpus.join('\n'),
      samples.join(' '),
      samples.join(''), // no word boundary between them
      samples.map((t) => `x${t}`).join('\n'),
      samples.map((t) => `${t.slice(0, 2)}${t}`).join('\n'), // a keyword right before the match
      samples.map((t) => t.toUpperCase()).join(' '),
      samples.map((t) => `"${t}";`).join('\n'),
    ];
    let matched = 0;
    for (const rule of rules)
      for (const text of texts) {
        const expected = shape(rule.regex!.matches(text));
        expect([rule.id, shape(startsNearKeywords(rule.regex!, text, keywordsAt(rule.keywords, text), 0))]).toEqual([
          rule.id,
          expected,
        ]);
        matched += expected.length;
      }
    expect(matched).toBeGreaterThan(30);
  });
});

describe('stand-in texts (characters above U+00FF replaced, for the default rules)', () => {
  const scanner = new Scanner(defaultRuleSet());
  // Letters, dashes, JavaScript spaces (ideographic, no-break, BOM), an emoji (two code units), Latin-1 itself.
  const wide = ['日', '—', '✓', '\u3000', '\u00a0', '\ufeff', '😀', 'é', 'ß', '\u2009', 'Ж'];
  const random = lcg(11);
  const sprinkle = (text: string) => {
    let out = '';
    for (const ch of text) out += random() < 0.08 ? wide[Math.floor(random() * wide.length)] + ch : ch;
    return out;
  };
  const texts = [
    ...SECRETS.map((c) => `// 日本語 ✓ — ${c.family}\n${c.text}\n`),
    ...SECRETS.map((c) => sprinkle(c.text)),
    ...NON_SECRETS.map((c) => sprinkle(c.text)),
    ...TRUE_POSITIVES.map((c) => `${c.text} ☃ 😀`),
    ...TRUE_POSITIVES.map((c) => sprinkle(c.text)),
    `const größe = "✓"; // gitleaks:allow\napi_key = "${'Zq8'.repeat(12)}"\tsecret\u3000= "Ab9Xy${'7Qw'.repeat(9)}"`,
  ];
  test('finds exactly what the real text finds, each finding with the real text', () => {
    let standIns = 0;
    let found = 0;
    for (const text of texts) {
      const standIn = standInText(Buffer.from(text, 'utf8'));
      if (standIn === undefined) continue;
      expect(standIn.length).toBe(text.length);
      standIns++;
      const real = scanner.scan({ file: 'a.env', text });
      found += real.length;
      expect([text, scanner.scan({ file: 'a.env', text: standIn, realText: () => text })]).toEqual([text, real]);
    }
    expect(standIns).toBe(texts.length);
    expect(found).toBeGreaterThan(SECRETS.length);
    expect(scanner.takesStandIns).toBe(true);
  });
  test('what stand-ins rely on: every default pattern is ASCII and names no character above U+007F', () => {
    const set = defaultRuleSet();
    const sources = [
      ...set.rules.flatMap((r) => [r.regex, r.path, ...r.allowlists.flatMap((a) => [...a.regexes, ...a.paths])]),
      ...set.allowlists.flatMap((a) => [...a.regexes, ...a.paths]),
    ].flatMap((p) => (p ? [p.source] : []));
    expect(sources.length).toBeGreaterThan(300);
    // A literal above U+007F, \x{…}, \x80–\xff, \u…, a Unicode class (\p, \P), or case folding beyond ASCII.
    const outside = /[\u0080-\uffff]|\\x\{|\\x[89a-f]|\\u|\\[pP]/i;
    expect(sources.filter((source) => outside.test(source))).toEqual([]);
  });
  test('characters whose meaning a stand-in would lose, and bytes that are not UTF-8, are decoded for real', () => {
    for (const text of ['a\u2028b', 'a\u2029b', '\u212Aey = x', 'İ', 'ok'])
      expect([text, standInText(Buffer.from(text))]).toEqual([text, text === 'ok' ? 'ok' : undefined]);
    for (const bytes of [
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0x80],
    ])
      expect(standInText(Buffer.from(bytes))).toBeUndefined();
    // A user's rules may mean any character: their texts are never stood in for.
    expect(
      new Scanner(loadGitleaksConfig(`[[rules]]\nid = "x"\nregex = '''\\pL{20}'''\n`, 'u.toml')).takesStandIns,
    ).toBe(false);
  });
});
