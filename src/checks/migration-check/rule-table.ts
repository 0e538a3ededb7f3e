import { RULES } from './rules.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's rules table, from the rule catalog. */
export function migrationRulesTable(): string {
  const rows = ['| Rule | Default | What goes wrong | Safe alternative | squawk |', '| --- | --- | --- | --- | --- |'];
  for (const r of Object.values(RULES))
    rows.push(
      `| \`${r.id}\` | ${r.severity} | ${cell(r.why)} | ${cell(r.fix)} | ${r.squawk ? `\`${r.squawk}\`` : '—'} |`,
    );
  return rows.join('\n');
}
