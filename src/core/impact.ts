import { titleWithoutStop, type Finding, type Report, type Severity } from './finding.js';
import { code, neutralizeMarkdown } from './markdown.js';

/** Untrusted text on one markdown line, inert: no HTML, link, image, mention or emphasis. */
const inertText = (text: string) =>
  neutralizeMarkdown(
    text
      .replace(/\s+/g, ' ')
      .replace(/`/g, "'")
      .replace(/[\\*_]/g, (c) => `\\${c}`),
  );

/**
 * What a finding costs the business when it is left alone, worst first:
 * - access: staff or users cannot get in (login, DNS, TLS);
 * - data: data is lost, corrupted or exposed (migrations, leaked secrets);
 * - delivery: mail does not arrive (SPF, DKIM, DMARC, MX);
 * - speed: pages or APIs are slow (latency, bundle size);
 * - hygiene: nothing breaks today (missing headers, flaky checks, notes).
 */
export const IMPACT_CLASSES = ['access', 'data', 'delivery', 'speed', 'hygiene'] as const;
export type ImpactClass = (typeof IMPACT_CLASSES)[number];

/** How many users a finding touches: every visitor, some of them (one route, one flow), or a few (staff, edge cases). */
export const REACHES = ['everyone', 'some', 'few'] as const;
export type Reach = (typeof REACHES)[number];

export interface RuleImpact {
  class: ImpactClass;
  reach?: Reach;
  /** The one-line fix, when the finding's message does not end in "Fix: …". */
  fix?: string;
}

/**
 * A gate's impact classes, on its CheckDefinition (`impact`), so a new gate brings its own. `byRule` keys are rule
 * ids, or a prefix ending in `*` (`spf-*`); an exact id wins over a prefix, a longer prefix over a shorter one.
 */
export interface ImpactSpec {
  default: ImpactClass;
  /** Reach of the gate's rules unless `byRule` says otherwise; default `some`. */
  reach?: Reach;
  /** The gate's one-line fix for a rule with none of its own. */
  fix?: string;
  byRule?: Record<string, ImpactClass | RuleImpact>;
}

/** Each gate's impact spec by the report's `check` name; hosts build it from the registry (`impactsOf`). */
export type ImpactLookup = Record<string, ImpactSpec | undefined>;

export function impactsOf(defs: { name: string; impact?: ImpactSpec }[]): ImpactLookup {
  return Object.fromEntries(defs.map((d) => [d.name, d.impact]));
}

/** A gate without a spec: its findings are hygiene until it says otherwise, never silently first. */
const UNCLASSIFIED: ImpactSpec = { default: 'hygiene' };

export function ruleImpact(
  spec: ImpactSpec | undefined,
  ruleId: string,
): Required<Pick<RuleImpact, 'class' | 'reach'>> & {
  fix?: string;
} {
  const s = spec ?? UNCLASSIFIED;
  const rules = s.byRule ?? {};
  let hit = rules[ruleId];
  if (hit === undefined) {
    let best = -1;
    for (const [key, value] of Object.entries(rules))
      if (key.endsWith('*') && ruleId.startsWith(key.slice(0, -1)) && key.length > best) {
        best = key.length;
        hit = value;
      }
  }
  const rule: RuleImpact = hit === undefined ? { class: s.default } : typeof hit === 'string' ? { class: hit } : hit;
  return { class: rule.class, reach: rule.reach ?? s.reach ?? 'some', fix: rule.fix ?? s.fix };
}

export interface TopFix {
  check: string;
  ruleId: string;
  severity: Severity;
  impact: ImpactClass;
  reach: Reach;
  title: string;
  location?: string;
  /** One line: the finding's own "Fix: …" when it has one, else its rule's or gate's fix, else its message. */
  fix: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** The first line of a finding's own fix ("… Fix: do this"), or undefined. */
function ownFix(f: Finding): string | undefined {
  const at = f.message.lastIndexOf('Fix: ');
  return at >= 0 ? oneLine(f.message.slice(at + 5)) : undefined;
}

function oneLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The n fixes worth doing first, across every report. The order (documented in ARCHITECTURE.md "Top fixes"):
 * impact class (access, data, delivery, speed, hygiene), then severity (error, warning, notice), then reach
 * (everyone, some, few), then the order of the reports and of the findings in each (stable). Notices are left out:
 * they are not problems. The same rule on many lines is one fix ("… and 3 more").
 */
export function topFixes(reports: Report[], impacts: ImpactLookup, n = 5): TopFix[] {
  const all: (TopFix & { order: number; count: number })[] = [];
  const seen = new Map<string, TopFix & { count: number }>();
  for (const report of reports)
    for (const f of report.findings) {
      if (f.severity === 'notice') continue;
      const key = `${report.check}\0${f.ruleId}\0${f.severity}`;
      const same = seen.get(key);
      if (same) {
        same.count++;
        continue;
      }
      const impact = ruleImpact(impacts[report.check], f.ruleId);
      const location = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : undefined;
      const entry = {
        check: report.check,
        ruleId: f.ruleId,
        severity: f.severity,
        impact: impact.class,
        reach: impact.reach,
        title: oneLine(titleWithoutStop(f.title), 120),
        location,
        fix: ownFix(f) ?? (impact.fix ? oneLine(impact.fix) : oneLine(f.message)),
        order: all.length,
        count: 1,
      };
      seen.set(key, entry);
      all.push(entry);
    }
  return all
    .sort(
      (a, b) =>
        IMPACT_CLASSES.indexOf(a.impact) - IMPACT_CLASSES.indexOf(b.impact) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        REACHES.indexOf(a.reach) - REACHES.indexOf(b.reach) ||
        a.order - b.order,
    )
    .slice(0, n)
    .map(({ order: _order, count, ...fix }) => ({
      ...fix,
      location: count > 1 ? `${fix.location ?? 'one place'} and ${count - 1} more` : fix.location,
    }));
}

/** "## Top 5 fixes" as markdown; untrusted text (titles, fixes, file names) as code spans or escaped cells. */
export function topFixesMarkdown(fixes: TopFix[], heading = 2): string {
  const h = '#'.repeat(heading);
  if (fixes.length === 0) return `${h} Top fixes\n\nNothing to fix: no gate reported an error or a warning.\n`;
  const lines = fixes.map(
    (f, i) =>
      `${i + 1}. **${f.impact}** · ${f.severity} · ${f.check} ${code(f.ruleId)}${f.location ? ` at ${code(f.location)}` : ''}: ${inertText(f.title)}. Fix: ${code(f.fix)}`,
  );
  return `${h} Top ${fixes.length} fix${fixes.length === 1 ? '' : 'es'}\n\nRanked by impact (access, data, delivery, speed, hygiene), then severity, then how many users it touches.\n\n${lines.join('\n')}\n`;
}

/** The same list as plain text for a terminal. */
export function topFixesText(fixes: TopFix[]): string {
  if (fixes.length === 0) return 'Top fixes: none (no gate reported an error or a warning).';
  return [
    `Top ${fixes.length} fix${fixes.length === 1 ? '' : 'es'} (by impact, then severity, then users touched):`,
    ...fixes.map(
      (f, i) =>
        `  ${i + 1}. [${f.impact}] ${f.severity} ${f.check}/${f.ruleId}${f.location ? ` at ${f.location}` : ''}: ${f.title}\n     fix: ${f.fix}`,
    ),
  ].join('\n');
}
