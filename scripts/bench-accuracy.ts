// npm run bench:accuracy — recall and false-positive rate of the default rule set (gitleaks' default config plus
// launchgate's own rules) on the corpus in __tests__/corpus/secrets-accuracy.ts: fake but realistic secrets, one or
// more per provider family, and known non-secrets (placeholders, example keys, hashes, UUIDs, integrity strings,
// minified identifiers, base64 images, references, public keys). Targets: recall >= 97 %, false positives <= 1 %.
// Then one row per peer corpus (__tests__/corpus/secrets-peer: gitleaks' and secretlint's own rule tests), which
// inform and do not change the exit code: recall by any rule and by the sample's own rule, false positives by any
// rule and by the sample's own rule, and every miss and false positive.
import { NON_SECRETS, SECRETS } from '../__tests__/corpus/secrets-accuracy.js';
import { loadPeerCorpora } from '../__tests__/corpus/secrets-peer/index.js';
import { defaultRuleSet } from '../src/checks/secret-scan/rules.js';
import { Scanner } from '../src/checks/secret-scan/scanner.js';
import { referenceRuleSet } from './peer-corpus/reference.js';
import { scorePeerCorpus } from './peer-corpus/score.js';

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

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((n / d) * 100).toFixed(1)} %`);
/** A sample as printed: its first 60 characters on one line. */
const show = (text: string) => JSON.stringify(text.slice(0, 60)).slice(1, -1);

console.log(`## Accuracy of the default rules (${set.rules.length} rules: ${set.source})`);
console.log('| corpus | cases | result | target |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| secrets (${families} provider families) | ${SECRETS.length} | recall ${(recall * 100).toFixed(1)} % (${SECRETS.length - missed.length} found) | >= 97 % |`,
);
console.log(
  `| non-secrets | ${NON_SECRETS.length} | false positives ${(fpRate * 100).toFixed(1)} % (${flagged.length} flagged) | <= 1 % |`,
);
for (const c of missed) console.log(`missed (${c.family}): ${show(c.text)}…`);
for (const c of flagged) console.log(`flagged (${c.family}) by ${c.rules.join(', ')}: ${show(c.text)}…`);

// The reference: the same rules run by RE2JS (gitleaks' RE2 semantics) over whole texts. A difference is a defect
// of the V8 translation or of the keyword narrowing, whatever the corpus expects.
const reference = new Scanner(referenceRuleSet(set), { narrow: false });
const scores = loadPeerCorpora().map((corpus) => ({ corpus, score: scorePeerCorpus(corpus, scanner, reference) }));
console.log('\n## Accuracy on peer corpora (their own rule tests; informative, targets as above)');
console.log(
  '| corpus | secrets | recall, any rule | recall, own rule | non-secrets | false positives, any rule | false positives, own rule | no default rule (found) | differs from RE2 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { corpus, score: s } of scores)
  console.log(
    `| ${corpus.name} | ${s.secrets} | ${pct(s.foundByAny, s.secrets)} (${s.foundByAny}) | ${pct(s.foundByOwn, s.secrets)} (${s.foundByOwn}) | ${s.clean} | ${pct(s.flaggedByAny, s.clean)} (${s.flaggedByAny}) | ${pct(s.flaggedByOwn, s.clean)} (${s.flaggedByOwn}) | ${s.uncovered} (${s.uncoveredFound}) | ${s.disagreements.length} |`,
  );
for (const { corpus, score: s } of scores) {
  console.log(`\n### ${corpus.name} (${corpus.upstream})`);
  for (const d of s.disagreements)
    console.log(
      `differs from RE2 (${d.sample.from}): launchgate [${d.v8.map(show).join('; ')}], RE2 [${d.re2.map(show).join('; ')}]: ${show(d.sample.text)}`,
    );
  for (const r of s.results) {
    const tag = r.sample.label ?? r.sample.rules.join('|');
    if (r.sample.expect === 'secret' && r.sample.rules.length > 0 && !r.byOwn)
      console.log(
        `missed by own rule (${tag}; ${r.sample.from})${r.reported.length ? ` reported as ${r.reported.join(', ')}` : ''}: ${show(r.focus)}`,
      );
    if (r.sample.expect === 'secret' && r.sample.rules.length === 0)
      console.log(`no default rule (${tag}; ${r.sample.from})${r.byAny ? `, found by ${r.reported.join(', ')}` : ''}`);
    if (r.sample.expect === 'clean' && r.reported.length > 0)
      console.log(
        `flagged${r.byOwn ? ' by own rule' : ''} (${tag}; ${r.sample.from}) by ${r.reported.join(', ')}: ${show(r.focus)}`,
      );
  }
}
process.exitCode = recall >= 0.97 && fpRate <= 0.01 ? 0 : 1;
