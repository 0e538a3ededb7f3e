import { describe, expect, it } from '@jest/globals';
import { buildReport, type Finding } from '../../src/core/finding.js';
import { impactsOf, ruleImpact, topFixes, topFixesMarkdown, type ImpactLookup } from '../../src/core/impact.js';
import { topFixesHtml } from '../../src/core/html-report.js';
import { CHECKS } from '../../src/checks/registry.js';

const f = (ruleId: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity,
  title: ruleId,
  message: `${ruleId} happened`,
  ...extra,
});

const impacts: ImpactLookup = {
  web: {
    default: 'access',
    reach: 'everyone',
    byRule: {
      'spf-*': 'delivery',
      'spf-loop': { class: 'hygiene', fix: 'Break the loop.' },
      slow: 'speed',
      few: { class: 'access', reach: 'few' },
    },
  },
  db: { default: 'data', fix: 'Split the migration.' },
};

describe('topFixes ordering', () => {
  it('orders by impact class, then severity, then reach, then report order', () => {
    const web = buildReport(
      'web',
      {
        findings: [
          f('slow', 'error'),
          f('spf-missing', 'error'),
          f('few', 'warning'),
          f('down', 'warning'),
          f('few', 'error'),
        ],
        metrics: {},
      },
      'error',
      0,
    );
    const db = buildReport(
      'db',
      { findings: [f('drop-column', 'warning'), f('lock', 'error')], metrics: {} },
      'error',
      0,
    );
    const fixes = topFixes([db, web], impacts, 10);
    expect(fixes.map((x) => `${x.impact}/${x.severity}/${x.reach}/${x.ruleId}`)).toEqual([
      'access/error/few/few',
      'access/warning/everyone/down',
      'access/warning/few/few',
      'data/error/some/lock',
      'data/warning/some/drop-column',
      'delivery/error/everyone/spf-missing',
      'speed/error/everyone/slow',
    ]);
  });

  it('keeps n, leaves notices out, and merges one rule on many lines into one fix', () => {
    const r = buildReport(
      'db',
      {
        findings: [
          f('lock', 'error', { file: 'a.sql', line: 1 }),
          f('lock', 'error', { file: 'b.sql', line: 2 }),
          f('note', 'notice'),
          ...['a', 'b', 'c', 'd', 'e', 'f'].map((x) => f(x, 'warning')),
        ],
        metrics: {},
      },
      'error',
      0,
    );
    const fixes = topFixes([r], impacts);
    expect(fixes).toHaveLength(5);
    expect(fixes[0]).toMatchObject({ ruleId: 'lock', location: 'a.sql:1 and 1 more' });
    expect(fixes.some((x) => x.ruleId === 'note')).toBe(false);
  });

  it('takes the fix from the message, then the rule, then the gate', () => {
    const r = buildReport(
      'web',
      {
        findings: [f('spf-loop', 'error'), f('down', 'error', { message: 'It is down. Fix: restart\n it.' })],
        metrics: {},
      },
      'error',
      0,
    );
    const d = buildReport('db', { findings: [f('lock', 'error')], metrics: {} }, 'error', 0);
    const byRule = Object.fromEntries(topFixes([r, d], impacts).map((x) => [x.ruleId, x.fix]));
    expect(byRule).toEqual({ down: 'restart it.', lock: 'Split the migration.', 'spf-loop': 'Break the loop.' });
  });

  it('an exact rule beats a prefix, and an unknown gate is hygiene', () => {
    expect(ruleImpact(impacts.web, 'spf-loop').class).toBe('hygiene');
    expect(ruleImpact(impacts.web, 'spf-ptr').class).toBe('delivery');
    expect(ruleImpact(undefined, 'x')).toMatchObject({ class: 'hygiene', reach: 'some' });
  });

  it('every registered gate declares its impact, and DNS mail rules are delivery', () => {
    const all = impactsOf(CHECKS);
    for (const c of CHECKS) expect(all[c.name]).toBeDefined();
    expect(ruleImpact(all['dns-check'], 'dmarc-policy').class).toBe('delivery');
    expect(ruleImpact(all['dns-check'], 'https-expired').class).toBe('access');
    expect(ruleImpact(all['secret-scan'], 'aws-access-key').class).toBe('data');
    expect(ruleImpact(all['latency-budget'], 'p95-over-budget').class).toBe('speed');
  });

  it('renders untrusted text inert in markdown and html', () => {
    const r = buildReport(
      'web',
      { findings: [f('down', 'error', { title: '<img src=x>@team [x](y)', message: 'Fix: `x` <b>' })], metrics: {} },
      'error',
      0,
    );
    const fixes = topFixes([r], impacts);
    const md = topFixesMarkdown(fixes);
    expect(md).toContain('## Top 1 fix');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](');
    expect(topFixesHtml(fixes)).not.toContain('<img');
    expect(topFixesMarkdown([])).toContain('Nothing to fix');
  });
});
