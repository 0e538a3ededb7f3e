import { readFileSync } from 'node:fs';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { ROOT } from './run-action.js';

// The SARIF 2.1.0 schema (draft-04), vendored with its licence in __tests__/fixtures.
const schema = JSON.parse(readFileSync(path.join(ROOT, '__tests__/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
// Both are CommonJS with a `default` export; under ESM the import is the module object.
const Ajv = ((ajvDraft04 as any).default ?? ajvDraft04) as typeof ajvDraft04.default;
const addFormats = ((ajvFormats as any).default ?? ajvFormats) as typeof ajvFormats.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

/**
 * Every reason GitHub code scanning would reject or misplace this SARIF: the SARIF 2.1.0 schema, then GitHub's
 * documented constraints (docs "SARIF support for code scanning", and the SARIF multitool's GH rules): at least one
 * and at most 10 locations per result, each a relative path with a start line; a message text; a rule id the
 * driver declares; at most 20 runs, 25,000 results and 25,000 rules per run, 20 tags per rule.
 */
export function sarifProblems(doc: any): string[] {
  const problems: string[] = [];
  if (!validateSchema(doc))
    for (const e of validateSchema.errors ?? []) problems.push(`schema: ${e.instancePath || '/'} ${e.message}`);
  if (doc?.version !== '2.1.0') problems.push('version is not 2.1.0');
  const runs: any[] = doc?.runs ?? [];
  if (runs.length > 20) problems.push(`${runs.length} runs (GitHub accepts 20)`);
  runs.forEach((run, r) => {
    const rules: any[] = run.tool?.driver?.rules ?? [];
    if (!run.tool?.driver?.name) problems.push(`runs[${r}]: no tool.driver.name`);
    if (rules.length > 25000) problems.push(`runs[${r}]: ${rules.length} rules (GitHub accepts 25,000)`);
    for (const rule of rules)
      if ((rule.properties?.tags ?? []).length > 20) problems.push(`runs[${r}]: rule ${rule.id} has over 20 tags`);
    const results: any[] = run.results ?? [];
    if (results.length > 25000) problems.push(`runs[${r}]: ${results.length} results (GitHub accepts 25,000)`);
    results.forEach((res, i) => {
      const at = `runs[${r}].results[${i}] (${res.ruleId})`;
      if (!res.message?.text) problems.push(`${at}: no message.text`);
      if (!res.ruleId || !rules.some((rule) => rule.id === res.ruleId)) problems.push(`${at}: rule not declared`);
      if (res.ruleIndex !== undefined && rules[res.ruleIndex]?.id !== res.ruleId)
        problems.push(`${at}: ruleIndex points at another rule`);
      const locations: any[] = res.locations ?? [];
      if (locations.length === 0) problems.push(`${at}: no location`);
      if (locations.length > 10) problems.push(`${at}: ${locations.length} locations (GitHub accepts 10)`);
      for (const loc of locations) {
        const uri: string | undefined = loc.physicalLocation?.artifactLocation?.uri;
        if (!uri) problems.push(`${at}: a location without artifactLocation.uri`);
        else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/'))
          problems.push(`${at}: uri '${uri}' is not relative to the repository`);
        const region = loc.physicalLocation?.region;
        if (!Number.isInteger(region?.startLine) || region.startLine < 1)
          problems.push(`${at}: a location without region.startLine`);
        if (region?.endLine !== undefined && region.endLine < region.startLine)
          problems.push(`${at}: endLine before startLine`);
      }
    });
  });
  return problems;
}

/** Throws with every problem listed, so a test failure says what GitHub would reject. */
export function expectUploadableSarif(doc: unknown): void {
  const problems = sarifProblems(doc);
  if (problems.length) throw new Error(`SARIF that GitHub would reject:\n${problems.join('\n')}`);
}
