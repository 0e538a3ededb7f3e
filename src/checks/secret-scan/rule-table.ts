import { defaultRuleSet } from './rules.js';

/** The README's table of the default rules (source: gitleaks or launchgate), rendered from the rule set itself. */
export function secretRulesTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const rows = ['| Rule | What it finds | Source |', '| --- | --- | --- |'];
  for (const r of defaultRuleSet().rules) {
    const what = r.regex ? cell(r.description) : `${cell(r.description)} (the file itself, by its name)`;
    rows.push(`| \`${r.id}\` | ${what} | ${r.origin} |`);
  }
  return rows.join('\n');
}
