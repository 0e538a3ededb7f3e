import { describe, expect, test } from '@jest/globals';
import { SecretRegistry, encodedSpellings, redactMatch } from '../../src/core/secrets.js';

// Issue 14 M1 and L17: a password a server echoes must not survive redaction in any common encoding, nor at a cut.
const PASSWORD = 'Hunter2Secret/+ "it\'s" <&> ünï';

function registry(...values: string[]): SecretRegistry {
  const s = new SecretRegistry();
  for (const v of values) s.add(v);
  return s;
}

/** Everything of the secret a reader could still learn: any 4-character piece of it, in any spelling. */
function leaks(text: string, secret: string): string[] {
  const found: string[] = [];
  for (const spelling of encodedSpellings(secret))
    for (let i = 0; i + 4 <= spelling.length; i++) {
      const piece = spelling.slice(i, i + 4);
      // Pieces made only of letters common in prose would flag ordinary words; the test text has none.
      if (text.includes(piece)) found.push(piece);
    }
  return found;
}

describe('a registered secret is masked in every spelling a server may echo it in', () => {
  const s = registry(PASSWORD);
  const cases: [string, string][] = [
    ['raw', PASSWORD],
    ['URL-encoded (encodeURIComponent)', encodeURIComponent(PASSWORD)],
    ['URL-encoded, lower-case hex', encodeURIComponent(PASSWORD).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
    ['form-encoded', new URLSearchParams({ password: PASSWORD }).toString()],
    [
      'HTML-escaped',
      PASSWORD.replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
    ],
    [
      'HTML-escaped, hex apostrophe',
      PASSWORD.replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&#34;')
        .replace(/'/g, '&#x27;'),
    ],
    ['JSON-escaped', JSON.stringify({ pw: PASSWORD })],
    ['JSON double-escaped', JSON.stringify({ body: JSON.stringify({ pw: PASSWORD }) })],
    [
      'JSON, ASCII-only escapes',
      JSON.stringify(PASSWORD).replace(
        /[\u0080-\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      ),
    ],
  ];
  for (let align = 0; align < 3; align++) {
    const inner = Buffer.concat([Buffer.from('x'.repeat(align)), Buffer.from(PASSWORD), Buffer.from('tail')]);
    cases.push([`base64, the secret at byte ${align} of the encoded text`, inner.toString('base64')]);
    cases.push([`base64url, the secret at byte ${align}`, inner.toString('base64url')]);
  }
  cases.push(['HTTP Basic credentials', `Authorization: Basic ${Buffer.from(`ops:${PASSWORD}`).toString('base64')}`]);

  test.each(cases)('%s', (_name, echoed) => {
    const text = `The server answered: ${echoed} (end)`;
    const out = s.redact(text);
    expect(out).toContain('***');
    expect(out.startsWith('The server answered: ')).toBe(true);
    expect(out.endsWith(' (end)')).toBe(true);
    // At most 2 base64 characters at each edge depend partly on the neighbours; nothing longer survives.
    expect(leaks(out, PASSWORD)).toEqual([]);
  });
});

describe('a cut excerpt keeps no piece of a secret', () => {
  const secret = 'Hunter2SecretValue';
  const s = registry(secret);

  test('a prefix of 4+ characters before the cut mark or at the end of the text is masked', () => {
    expect(s.redact('Body: "welcome Hunter2Secre…"')).toBe('Body: "welcome ***…"');
    expect(s.redact('Body: welcome Hunt...')).toBe('Body: welcome ***...');
    expect(s.redact('welcome Hunter2')).toBe('welcome ***');
    // Three characters tell nothing; ordinary words are left alone away from a cut.
    expect(s.redact('welcome Hun…')).toBe('welcome Hun…');
    expect(s.redact('Hunter is a word, Hunter2 is not cut here.')).toBe('Hunter is a word, Hunter2 is not cut here.');
  });

  test('a suffix of 4+ characters after a leading cut mark is masked', () => {
    expect(s.redact('…cretValue and more')).toBe('…*** and more');
  });

  test('excerpt() redacts before it cuts: the 300-character limit never leaves the start of a secret', () => {
    for (let at = 280; at < 300; at++) {
      const body = `${'x'.repeat(at)}${secret}${'y'.repeat(100)}`;
      const out = s.excerpt(body, 300);
      expect(out.length).toBeLessThanOrEqual(300);
      expect(out).not.toMatch(/Hunt|unte|nter|ter2|er2S/);
    }
  });

  test('a prefix of an encoded spelling is masked at a cut too', () => {
    const cut = `${encodeURIComponent('p@ss w0rd!x')}`.slice(0, 8);
    expect(registry('p@ss w0rd!x').redact(`pw=${cut}…`)).toBe('pw=***…');
  });
});

describe('L17: a secret shorter than 20 characters shows none of its characters', () => {
  test.each(['abcd', 'Hunter2Secret', 'Hunter2SecretValue1'])('%s', (secret) => {
    const shown = redactMatch(secret);
    for (const c of new Set(secret)) expect(shown).not.toContain(c);
  });
  test('20 characters or more keep 4 at each end', () => {
    expect(redactMatch('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA…MPLE');
  });
});

describe('redaction stays linear and exact', () => {
  test('many secrets, overlapping and nested, are each masked whole; text between them is kept', () => {
    const s = registry('abcdefgh', 'cdef1234', 'zzzzzz', 'zzzzzzzz');
    expect(s.redact('1 abcdefgh 2 xxcdef1234xx 3 abcdef1234 4 zzzzzzzzzz 5')).toBe('1 *** 2 xx***xx 3 ab*** 4 *** 5');
  });

  test('a long text of near-misses for hundreds of secrets is redacted in one pass', () => {
    const secrets = Array.from({ length: 300 }, (_, i) => `tok_${i.toString(36).padStart(4, '0')}_${'a'.repeat(30)}`);
    const s = registry(...secrets);
    // Every position starts a near-miss: the old alternation regex re-tried each of 300×N spellings here.
    const text = `tok_0000_${'a'.repeat(29)}b `.repeat(20000) + secrets[299];
    const out = s.redact(text);
    expect(out.endsWith('***')).toBe(true);
    expect(out.length).toBe(text.length - secrets[299].length + 3);
  });
});
