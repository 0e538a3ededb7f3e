// npm run bench:accuracy — recall and false-positive rate of the default rule set (gitleaks' default config plus
// launchgate's own rules) on the corpus in __tests__/corpus/secrets-accuracy.ts: fake but realistic secrets, one or
// more per provider family, and known non-secrets (placeholders, example keys, hashes, UUIDs, integrity strings,
// minified identifiers, base64 images, references, public keys). Targets: recall >= 97 %, false positives <= 1 %.
import { NON_SECRETS, SECRETS } from '../__tests__/corpus/secrets-accuracy.js';
import { defaultRuleSet } from '../src/checks/secret-scan/rules.js';
import { Scanner } from '../src/checks/secret-scan/scanner.js';

const set = defaultRuleSet();
const scanner = new Scanner(set);
const found = (text: string) =>
  scanner
    .scan({ file: 'config/app.env', text })
    .filter((h) => !h.suppressed)
    .map((h) => h.ruleId);

const missed = SECRETS.filter((c) => found(c.text).length === 0);
const flagged = NON_SECRETS.map((c) => ({ ...c, rules: found(c.text) })).filter((c) => c.rules.length > 0);
const families = new Set(SECRETS.map((c) => c.family)).size;
const recall = (SECRETS.length - missed.length) / SECRETS.length;
const fpRate = flagged.length / NON_SECRETS.length;

console.log(`## Accuracy of the default rules (${set.rules.length} rules: ${set.source})`);
console.log('| corpus | cases | result | target |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| secrets (${families} provider families) | ${SECRETS.length} | recall ${(recall * 100).toFixed(1)} % (${SECRETS.length - missed.length} found) | >= 97 % |`,
);
console.log(
  `| non-secrets | ${NON_SECRETS.length} | false positives ${(fpRate * 100).toFixed(1)} % (${flagged.length} flagged) | <= 1 % |`,
);
for (const c of missed) console.log(`missed (${c.family}): ${c.text.slice(0, 60)}…`);
for (const c of flagged) console.log(`flagged (${c.family}) by ${c.rules.join(', ')}: ${c.text.slice(0, 60)}…`);
process.exitCode = recall >= 0.97 && fpRate <= 0.01 ? 0 : 1;
