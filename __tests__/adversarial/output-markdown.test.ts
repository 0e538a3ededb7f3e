import { describe, expect, test } from '@jest/globals';
import markdownIt from 'markdown-it';
import { buildReport, type Finding } from '../../src/core/finding.js';
import { code, neutralizeMarkdown, reportMarkdown, table } from '../../src/core/markdown.js';

// Issue 14 L3: server bodies, DNS TXT values, file names and commit authors reach the summary, the PR comment and
// issues. Rendered as GitHub renders markdown (GFM tables, raw HTML allowed), none may mention, embed or link.
const md = markdownIt({ html: true, linkify: false });

const HOSTILE = [
  'ping @octocat and @acme/security-team',
  '<img src="https://tracker.example/p.gif" onerror="alert(1)">',
  'a`<img src=x>`b',
  'x`` ` ``<img src=y>',
  'col|umn\n| injected | row |\n\n# Heading',
  '![pixel](https://tracker.example/q.gif) and [click](javascript:alert(1))',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  'line\r\n## second heading',
];

/** Mentions are found in text nodes after rendering, as GitHub does. */
function mentions(html: string): string[] {
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, ' ');
  return [...text.matchAll(/(?:^|[^\w`])@([A-Za-z0-9][\w-]*)/g)].map((m) => m[1]);
}

function report(findings: Finding[], sections: { title: string; markdown: string }[] = []) {
  return buildReport('smoke-test', { findings, metrics: {}, sections }, 'error', 1);
}

describe('untrusted text in a report renders inert', () => {
  test.each(HOSTILE)('in a finding: %j', (hostile) => {
    const out = reportMarkdown(
      report([
        {
          ruleId: 'smoke-step-failed',
          severity: 'error',
          title: `step ${hostile}`,
          message: `Body: ${hostile}`,
          file: `flows/${hostile}.yml`,
          line: 3,
          fingerprint: `abc:${hostile}:3`,
        },
      ]),
    );
    const html = md.render(out);
    expect(html).not.toMatch(/<img|<script|<a |<h[1-6]>(?!launchgate|Findings)/i);
    expect(mentions(html)).toEqual([]);
    // One header row and exactly one finding row: no table breakout.
    const rows = html.match(/<tr>/g) ?? [];
    expect(rows).toHaveLength(2);
  });

  test.each(HOSTILE)('in a section a check built with table(): %j', (hostile) => {
    const section = table(['Name', 'Value'], [[hostile, `\`${hostile}\``]]);
    const html = md.render(reportMarkdown(report([], [{ title: 'TXT records', markdown: section }])));
    expect(html).not.toMatch(/<img|<script|<a /i);
    expect(mentions(html)).toEqual([]);
    expect((html.match(/<tr>/g) ?? []).length).toBe(2);
  });

  test('code() cannot be closed from inside, whatever the backticks', () => {
    for (const hostile of ['`', '``', 'a``b`c', '`x`', '```']) {
      const html = md.render(`${code(hostile)}<img src=z>`);
      expect(html).toContain(`<code>${hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code>`);
    }
  });

  test('what checks write on purpose still renders: code spans, bold, line breaks in cells, emails readable', () => {
    const out = neutralizeMarkdown('**bold** `code @x <b>` a<br>b dev@ops.example.com');
    expect(out).toContain('`code @x <b>`');
    expect(out).toContain('**bold**');
    expect(out).toContain('a<br>b');
    expect(md.render(out)).toContain('dev@\u200bops.example.com');
  });

  test('pairing code spans stays linear: many unmatched backtick runs of different lengths', () => {
    const hostile = Array.from({ length: 2000 }, (_, i) => '`'.repeat((i % 50) + 1) + 'x').join(' ');
    const out = neutralizeMarkdown(hostile);
    expect(out.length).toBeGreaterThanOrEqual(hostile.length);
  });
});
