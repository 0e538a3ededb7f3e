import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { translateRe2, compileRe2 } from '../../src/checks/secret-scan/re2.js';
import { loadGitleaksConfig } from '../../src/checks/secret-scan/config.js';
import { builtinRuleSet, BUILTIN_RULE_IDS } from '../../src/checks/secret-scan/rules.js';
import { Scanner } from '../../src/checks/secret-scan/scanner.js';
import { shannonEntropy } from '../../src/checks/secret-scan/entropy.js';
import { unquoteGitPath } from '../../src/checks/secret-scan/git-patches.js';
import { FALSE_POSITIVES, TRUE_POSITIVES } from '../corpus/secrets.js';
import { ROOT } from '../helpers/run-action.js';

const scanner = new Scanner(builtinRuleSet());
const rulesHit = (text: string, file = 'src/config.ts') =>
  scanner
    .scan({ file, text })
    .filter((h) => !h.suppressed)
    .map((h) => h.ruleId);

describe('accuracy corpus of the builtin rules', () => {
  test('every builtin rule has at least two true and two false positives', () => {
    for (const id of BUILTIN_RULE_IDS) {
      expect([id, TRUE_POSITIVES.filter((c) => c.rule === id).length]).toEqual([id, expect.any(Number)]);
      expect(TRUE_POSITIVES.filter((c) => c.rule === id).length).toBeGreaterThanOrEqual(2);
      expect(FALSE_POSITIVES.filter((c) => c.rule === id).length).toBeGreaterThanOrEqual(2);
    }
  });
  test.each(TRUE_POSITIVES.map((c, i) => [c.rule, i, c.text]))('finds %s (#%d)', (rule, _i, text) => {
    expect(rulesHit(text as string)).toContain(rule);
  });
  test.each(FALSE_POSITIVES.map((c, i) => [c.rule, i, c.text]))(
    'does not report a %s look-alike (#%d)',
    (_rule, _i, text) => {
      expect(rulesHit(text as string)).toEqual([]);
    },
  );
  test('inline gitleaks:allow and lock files are skipped', () => {
    expect(rulesHit(`${TRUE_POSITIVES[0].text} // gitleaks:allow`)).toEqual([]);
    expect(rulesHit(TRUE_POSITIVES[0].text, 'package-lock.json')).toEqual([]);
  });
  test('minified single-line files get a column', () => {
    const line = `${'var a=1;'.repeat(500)}var k="${TRUE_POSITIVES[4].text.split(' ')[1]}";`;
    const [hit] = scanner.scan({ file: 'dist/app.min.js', text: line });
    expect(hit.line).toBe(1);
    expect(hit.column).toBe(line.indexOf('ghp_') + 1);
  });
});

describe('RE2 translation', () => {
  test.each([
    ['(?i)abc', '[aA][bB][cC]'],
    ['\\b(p8e-(?i)[a-z0-9]{2})', '\\b(p8e-[a-zA-Z0-9]{2})'],
    ['(?i:ab)c', '(?:[aA][bB])c'],
    ['(?i)a(?-i:b)c', '[aA](?:b)[cC]'],
    ['(?P<key>x)', '(?<key>x)'],
    ['(?s:a.b).', '(?:a[\\s\\S]b)[^\\n]'],
    ['end\\z', 'end$'],
    ['[[:alnum:]_]+', '[a-zA-Z0-9_]+'],
    ['\\x{41}', '\\u0041'],
    ['\\Qa.b\\E', 'a\\.b'],
    ['[\\x60\'"]', '[\\x60\'"]'],
  ])('%s → %s', (re2, js) => expect(translateRe2(re2)).toBe(js));
  test('what cannot be translated is rejected, never dropped', () => {
    expect(() => translateRe2('\\pL+')).toThrow(/Unicode classes/);
    expect(() => translateRe2('(?U)a+')).toThrow(/flag 'U'/);
    expect(() => translateRe2('(a')).toThrow(/unbalanced/);
  });
  test('case-insensitive matching means what RE2 means', () => {
    const re = compileRe2('\\b(LTAI(?i)[a-z0-9]{4})\\b', '');
    expect(re.test('LTAIAbC1')).toBe(true);
    expect(re.test('ltaiabc1')).toBe(false);
  });
});

describe('gitleaks-format configs', () => {
  const corpus = path.join(ROOT, '..', 'shared', 'corpora', 'gitleaks-config', 'gitleaks.toml');
  const have = existsSync(corpus);
  if (!have) console.warn(`SKIPPED: gitleaks default config not found at ${corpus}`);
  (have ? test : test.skip)("gitleaks' own default config loads with every one of its 222 rules compiled", () => {
    const set = loadGitleaksConfig(readFileSync(corpus, 'utf8'), 'gitleaks.toml');
    expect(set.rules).toHaveLength(222);
    expect(set.rules.every((r) => r.regex || r.path)).toBe(true);
    const s = new Scanner(set);
    expect(
      s.scan({ file: 'a.py', text: `token = "ghp_${'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6'}"` }).map((h) => h.ruleId),
    ).toContain('github-pat');
  });
  test('a malformed TOML file is one error with its line', () => {
    expect(() => loadGitleaksConfig("[[rules]]\nid = \"a\"\nregex = '''x\n", '.gitleaks.toml')).toThrow(
      /^\.gitleaks\.toml:\d+: invalid TOML/,
    );
  });
  test('a regex that cannot be used names its rule', () => {
    expect(() => loadGitleaksConfig("[[rules]]\nid = \"bad-one\"\nregex = '''(a)\\1'''\n", '.gitleaks.toml')).toThrow(
      ".gitleaks.toml: rule 'bad-one': its regex cannot be used: error parsing regexp: invalid escape sequence: `\\1`",
    );
    expect(() => loadGitleaksConfig('[[rules]]\nid = "x"\nregex = "a"\nsecretGroup = 3\n', 'c.toml')).toThrow(
      /rule 'x': secretGroup 3 but the regex has 0 group/,
    );
    expect(() => loadGitleaksConfig('[[rules]]\nid = "x"\nregexx = "a"\n', 'c.toml')).toThrow(
      /rule 'x': rules.0: unknown key\(s\) regexx/,
    );
  });
  test('rules, allowlists, stopwords, secretGroup and [extend] useDefault', () => {
    const set = loadGitleaksConfig(
      [
        '[extend]',
        'useDefault = true',
        'disabledRules = ["generic-secret"]',
        '[[rules]]',
        'id = "internal-token"',
        "regex = '''(?i)internal_token\\s*=\\s*\"(itk_[a-z0-9]{16})\"'''",
        'secretGroup = 1',
        'keywords = ["itk_"]',
        '[[rules.allowlists]]',
        'stopwords = ["itk_0000"]',
        '[[allowlists]]',
        "paths = ['''fixtures/''']",
      ].join('\n'),
      'c.toml',
    );
    const s = new Scanner(set);
    expect(
      s.scan({ file: 'a.ini', text: 'INTERNAL_TOKEN = "itk_abcdef0123456789"' }).map((h) => [h.ruleId, h.secret]),
    ).toEqual([['internal-token', 'itk_abcdef0123456789']]);
    expect(s.scan({ file: 'a.ini', text: 'internal_token = "itk_0000aaaabbbbcccc"' })).toEqual([]);
    expect(
      s.scan({ file: 'fixtures/a.ini', text: 'internal_token = "itk_abcdef0123456789"' }).map((h) => h.suppressed),
    ).toEqual(['a path allowlist']);
    expect(set.rules.some((r) => r.id === 'aws-access-key-id')).toBe(true);
    expect(set.rules.some((r) => r.id === 'generic-secret')).toBe(false);
  });
});

test('entropy and git path unquoting', () => {
  expect(shannonEntropy('aaaa')).toBe(0);
  expect(shannonEntropy('abcd')).toBe(2);
  expect(unquoteGitPath('"na\\303\\257ve\\tfile.txt"')).toBe('naïve\tfile.txt');
});
