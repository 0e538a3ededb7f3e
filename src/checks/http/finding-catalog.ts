import type { Finding, Severity } from '../../core/finding.js';

/** What a finding id means and how to fix it: the README's findings tables are rendered from these catalogs. */
export interface FindingDoc {
  severity: Severity;
  meaning: string;
  fix: string;
}

export type FindingCatalog = Record<string, FindingDoc>;

/** A finding builder bound to one catalog, so a typo in an id fails the type check. */
export function findingsOf<C extends FindingCatalog>(catalog: C) {
  return (id: keyof C & string, finding: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }): Finding => ({
    ruleId: id,
    severity: catalog[id].severity,
    ...finding,
  });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README table of a catalog: id (with its severity when not an error), meaning, fix. */
export function catalogTable(catalog: FindingCatalog): string {
  const rows = ['| Finding | Meaning | Fix |', '| --- | --- | --- |'];
  for (const [id, doc] of Object.entries(catalog))
    rows.push(
      `| \`${id}\`${doc.severity === 'error' ? '' : ` (${doc.severity})`} | ${cell(doc.meaning)} | ${cell(doc.fix)} |`,
    );
  return rows.join('\n');
}
