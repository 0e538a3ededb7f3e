import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { translateRe2, compileRe2 } from '../../src/checks/secret-scan/re2.js';
import { loadGitleaksConfig } from '../../src/checks/secret-scan/config.js';
import { defaultRuleSet, LAUNCHGATE_RULE_IDS, rewriteForV8 } from '../../src/checks/secret-scan/rules.js';
import { RE2JS } from 're2js';
import { parse as parseToml } from 'smol-toml';
import { GITLEAKS_DEFAULT } from '../../src/checks/secret-scan/data/gitleaks-default.js';
import { Scanner } from '../../src/checks/secret-scan/scanner.js';
import { shannonEntropy } from '../../src/checks/secret-scan/entropy.js';
import { unquoteGitPath } from '../../src/checks/secret-scan/git-patches.js';
import { FALSE_POSITIVES, TRUE_POSITIVES } from '../corpus/secrets.js';
import { NON_SECRETS, SECRETS } from '../corpus/secrets-accuracy.js';
import { ROOT } from '../helpers/run-action.js';

const scanner = new Scanner(defaultRuleSet());
const rulesHit = (text: string, file = 'src/config.ts') =>
  scanner
    .scan({ file, text })
    .filter((h) => !h.suppressed)
    .map((h) => h.ruleId);

describe('accuracy corpus of the default rules', () => {
  test("every one of launchgate's own rules has at least two true and two false positives", () => {
    for (const id of LAUNCHGATE_RULE_IDS) {
      expect([id, TRUE_POSITIVES.filter((c) => c.rule === id).length]).toEqual([id, expect.any(Number)]);
      expect(TRUE_POSITIVES.filter((c) => c.rule === id).length).toBeGreaterThanOrEqual(2);
      expect(FALSE_POSITIVES.filter((c) => c.rule === id).length).toBeGreaterThanOrEqual(2);
    }
  });
  test.each(TRUE_POSITIVES.map((c, i) => [c.rule, i, c.text]))('finds %s (#%d), once', (rule, _i, text) => {
    const found = rulesHit(text as string);
    if (LAUNCHGATE_RULE_IDS.includes(rule as string)) expect(found).toEqual([rule]);
    else expect(found).toHaveLength(1);
  });
  test.each(FALSE_POSITIVES.map((c, i) => [c.rule, i, c.text]))(
    'does not report a %s look-alike (#%d)',
    (_rule, _i, text) => {
      expect(rulesHit(text as string)).toEqual([]);
    },
  );
  test('the accuracy corpus (npm run bench:accuracy): every secret found, no non-secret flagged', () => {
    expect(SECRETS.filter((c) => rulesHit(c.text).length === 0).map((c) => c.family)).toEqual([]);
    expect(NON_SECRETS.filter((c) => rulesHit(c.text).length > 0).map((c) => c.family)).toEqual([]);
  });
  test('inline gitleaks:allow and lock files are skipped', () => {
    expect(rulesHit(`${TRUE_POSITIVES[0].text} // gitleaks:allow`)).toEqual([]);
    expect(rulesHit(TRUE_POSITIVES[0].text, 'package-lock.json')).toEqual([]);
  });
  test('rules narrowed to their keywords find exactly what a full scan finds', () => {
    const full = new Scanner(defaultRuleSet(), { narrow: false });
    const code = readFileSync(path.join(ROOT, 'src', 'checks', 'secret-scan', 'scanner.ts'), 'utf8');
    const texts = [
      ...SECRETS.map((c) => c.text),
      ...NON_SECRETS.map((c) => c.text),
      SECRETS.map((c) => `${c.text}\n${code.slice(0, 300)}`).join('\n'),
      `${'const apikey_value = lookup(x);\n'.repeat(200)}MY_APIKEY = "${'Zq8'.repeat(12)}"\nxapikey:'${'Ab9'.repeat(11)}'`,
    ];
    const show = (s: Scanner, text: string) =>
      s.scan({ file: 'a.env', text }).map((h) => `${h.ruleId}@${h.line}:${h.column}=${h.secret}`);
    for (const text of texts) expect(show(scanner, text)).toEqual(show(full, text));
  });
  test('in a large text, rules run around their keywords and still report exact lines and columns', () => {
    const key = `ghp_${'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6'}`;
    const filler = 'const value = compute(a, b) + other;\n'.repeat(5000);
    const text = `${filler}export const token = "${key}";\n${filler}const x = "AKIA${'QWERTYUIOPASDFGH'}";\n`;
    const hits = scanner.scan({ file: 'big.js', text }).map((h) => [h.ruleId, h.line, h.column]);
    expect(hits).toEqual([
      ['aws-access-token', 10002, 12],
      ['github-pat', 5001, 23],
    ]);
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
  const vendored = path.join(ROOT, 'src', 'checks', 'secret-scan', 'data', 'gitleaks.toml');
  test('the vendored gitleaks config is the module the bundles load, with its licence', () => {
    const toml = readFileSync(vendored, 'utf8');
    expect(GITLEAKS_DEFAULT.toml).toBe(toml);
    expect(GITLEAKS_DEFAULT.sha256).toBe(createHash('sha256').update(toml).digest('hex'));
    expect(GITLEAKS_DEFAULT.rules).toBe((toml.match(/^\[\[rules\]\]\s*$/gm) ?? []).length);
    // The scan loads the config parsed at vendoring time: it must be exactly what parsing the TOML gives.
    expect(JSON.parse(GITLEAKS_DEFAULT.json)).toEqual(parseToml(toml));
    expect(readFileSync(path.join(path.dirname(vendored), 'gitleaks.LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
  test("every rule of gitleaks' default config compiles, in V8, and is active by default", () => {
    const ids = [...GITLEAKS_DEFAULT.toml.matchAll(/^id = "([^"]+)"$/gm)].map((m) => m[1]);
    expect(ids.length).toBe(GITLEAKS_DEFAULT.rules);
    expect(ids.length).toBeGreaterThanOrEqual(200);
    const set = defaultRuleSet();
    const active = new Map(set.rules.map((r) => [r.id, r]));
    for (const id of ids) {
      const rule = active.get(id);
      expect([id, rule?.origin]).toEqual([id, 'gitleaks']);
      expect([id, rule!.regex?.engine ?? rule!.path?.engine]).toEqual([id, 'v8']);
    }
    for (const id of LAUNCHGATE_RULE_IDS) expect(active.get(id)?.origin).toBe('launchgate');
    // The default set is loaded without compiling its patterns (they compile when first used): every one of them,
    // the allowlists' too, must translate and compile, and hold the group its rule reports.
    const patterns = (rule: (typeof set.rules)[number]) => [
      rule.regex,
      rule.path,
      ...rule.allowlists.flatMap((a) => [...a.regexes, ...a.paths]),
    ];
    for (const rule of set.rules) {
      for (const p of patterns(rule)) expect([rule.id, p && (p.validate(), p.engine)]).toEqual([rule.id, p && 'v8']);
      if (rule.secretGroup) expect(rule.regex!.groupCount).toBeGreaterThanOrEqual(rule.secretGroup);
    }
    for (const p of set.allowlists.flatMap((a) => [...a.regexes, ...a.paths])) expect(() => p.validate()).not.toThrow();
  });
  test('a corrupted vendored config fails loudly, never as an empty rule set', () => {
    const broken = GITLEAKS_DEFAULT.toml.replace('[[rules]]', '[[rules]');
    expect(() => loadGitleaksConfig(broken, 'gitleaks default config', { trusted: true })).toThrow(/invalid TOML/);
    const badRegex = GITLEAKS_DEFAULT.toml.replace(/^regex = '''/m, "regex = '''(?<");
    expect(() => loadGitleaksConfig(badRegex, 'gitleaks default config', { trusted: true })).toThrow(
      /rule '[\w-]+': its regex cannot be used/,
    );
  });
  test('the doubled lazy prefixes are rewritten into one, matching exactly what the original matches', () => {
    const originals = [...GITLEAKS_DEFAULT.toml.matchAll(/^regex = '''(.*)'''$/gm)]
      .map((m) => m[1])
      .filter((p) => rewriteForV8(p) !== p);
    expect(originals.length).toBeGreaterThanOrEqual(2);
    const samples = [
      `OKTA_TOKEN = "00${'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kLmn'}"`,
      `my.long-${'x'.repeat(70)}_okta_api_key: 00${'Zz9'.repeat(14)}`,
      `SUMO_ACCESS_ID=su${'A1b2C3d4E5f6'}`,
      `${'a.'.repeat(60)}sumoLogicId => "su${'QWERTYasdfgh'}"`,
      `privateai_key: "${'0123456789abcdef'.repeat(2)}"`,
    ];
    let matched = 0;
    for (const original of originals) {
      const a = RE2JS.compile(original);
      const b = RE2JS.compile(rewriteForV8(original));
      for (const text of samples) {
        const ma = a.matcher(text);
        const mb = b.matcher(text);
        const found = ma.find();
        expect(mb.find()).toBe(found);
        if (found) {
          matched++;
          expect([mb.start(), mb.end(), mb.group(1)]).toEqual([ma.start(), ma.end(), ma.group(1)]);
        }
      }
    }
    expect(matched).toBeGreaterThanOrEqual(3);
  });
  test('a copy of a default rule in a user config runs in V8; anything else in RE2JS', () => {
    const sample = GITLEAKS_DEFAULT.toml.match(/^regex = '''(.*)'''$/m)![1];
    defaultRuleSet();
    const set = loadGitleaksConfig(
      `[[rules]]\nid = "a"\nregex = '''${sample}'''\n[[rules]]\nid = "b"\nregex = '''x+'''\n`,
      'c.toml',
    );
    expect(set.rules.map((r) => r.regex!.engine)).toEqual(['v8', 're2js']);
  });
  test('a malformed TOML file is one error with its line, and the line as written (credentials masked)', () => {
    expect(() => loadGitleaksConfig("[[rules]]\nid = \"a\"\nregex = '''x\n", '.gitleaks.toml')).toThrow(
      /^\.gitleaks\.toml:\d+: invalid TOML/,
    );
    expect(() => loadGitleaksConfig('[[rules]]\nid = "a" "b"\n', '.gitleaks.toml')).toThrow(
      /^\.gitleaks\.toml:2: invalid TOML: .* \(line 2 reads "id = \\"a\\" \\"b\\""\)$/,
    );
    expect(() => loadGitleaksConfig('url = https://u:hunter2secret@h x\n', '.gitleaks.toml')).not.toThrow(
      /hunter2secret/,
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
        'disabledRules = ["generic-api-key"]',
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
    expect(set.rules.some((r) => r.id === 'aws-access-token')).toBe(true);
    expect(set.rules.some((r) => r.id === 'generic-api-key')).toBe(false);
    expect(set.notices).toEqual([]);
  });
  test('without useDefault a config replaces the default set; a rule shadowing a default id wins, with a notice', () => {
    const alone = loadGitleaksConfig("[[rules]]\nid = \"only\"\nregex = '''only_[a-z]{8}'''\n", 'c.toml');
    expect(alone.rules.map((r) => r.id)).toEqual(['only']);
    const shadow = loadGitleaksConfig(
      "[extend]\nuseDefault = true\n[[rules]]\nid = \"github-pat\"\ndescription = \"ours\"\nregex = '''ghp_[a-z]{4}'''\n",
      'c.toml',
    );
    expect(shadow.rules.filter((r) => r.id === 'github-pat').map((r) => r.description)).toEqual(['ours']);
    expect(shadow.notices).toEqual([
      "c.toml defines 'github-pat', which the default rule set also has: c.toml's version is used.",
    ]);
    expect(shadow.rules.length).toBe(defaultRuleSet().rules.length);
  });
  test('one secret, one finding: the provider rule wins over the generic one on the same span', () => {
    const key = `ghp_${'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6'}`;
    expect(rulesHit(`api_token = "${key}"`)).toEqual(['github-pat']);
  });
  test('path-only rules report the file, binary or not', () => {
    const hits = scanner.scan({ file: 'certs/client.p12', text: '', binary: true });
    expect(hits.map((h) => [h.ruleId, h.file, h.secret])).toEqual([
      ['pkcs12-file', 'certs/client.p12', 'certs/client.p12'],
    ]);
  });
});

test('entropy and git path unquoting', () => {
  expect(shannonEntropy('aaaa')).toBe(0);
  expect(shannonEntropy('abcd')).toBe(2);
  expect(unquoteGitPath('"na\\303\\257ve\\tfile.txt"')).toBe('naïve\tfile.txt');
});
