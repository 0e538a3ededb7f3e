import { describe, expect, test } from '@jest/globals';
import { reportText } from '../../src/core/console.js';
import { buildReport } from '../../src/core/finding.js';
import { impactsOf, topFixes, topFixesMarkdown, topFixesText } from '../../src/core/impact.js';
import { toSarif } from '../../src/core/sarif.js';

// A gitleaks rule's description is a sentence: it ends with a full stop.
const finding = {
  ruleId: 'aws-access-token',
  severity: 'error' as const,
  title: 'Identified a pattern that may indicate AWS credentials on AWS platforms.',
  message: 'Added in abc1234 by dev: AKIA…MPLE.',
  file: '.env',
  line: 2,
};
const report = buildReport('secret-scan', { findings: [finding], metrics: {} }, 'error', 1200);

describe('text a person reads', () => {
  test('one error is "1 error", and a title that is a sentence is not followed by ".:"', () => {
    const text = reportText(report);
    expect(text).toContain('secret-scan: FAIL (1 error, 0 warnings, 0 notices, 1.2 s)');
    expect(text).toContain('on AWS platforms: Added in abc1234');
    expect(text).not.toContain('.:');
    const two = buildReport('x', { findings: [finding, { ...finding, severity: 'warning' }], metrics: {} }, 'error', 0);
    expect(reportText(two)).toContain('(1 error, 1 warning, 0 notices');
  });

  test('SARIF messages and Top fixes read the same way', () => {
    const sarif = toSarif([report]) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0].results[0].message.text).toBe(
      'Identified a pattern that may indicate AWS credentials on AWS platforms: Added in abc1234 by dev: AKIA…MPLE.',
    );
    const fixes = topFixes([report], impactsOf([]));
    expect(topFixesMarkdown(fixes)).toContain('on AWS platforms. Fix:');
    expect(topFixesMarkdown(fixes)).not.toContain('platforms.. Fix');
    expect(topFixesText(fixes)).toContain('on AWS platforms\n');
  });
});
