import type { PeerCorpus, PeerSample } from '../../__tests__/corpus/secrets-peer/index.js';
import type { Scanner } from '../../src/checks/secret-scan/scanner.js';

export interface SampleResult {
  sample: PeerSample;
  /** Rule ids reported (for a secret with a span: those overlapping it). */
  reported: string[];
  byAny: boolean;
  byOwn: boolean;
  /** The part of the text the result is about (the secret's span, or the whole sample). */
  focus: string;
}

export interface PeerScore {
  secrets: number;
  foundByAny: number;
  foundByOwn: number;
  clean: number;
  flaggedByAny: number;
  flaggedByOwn: number;
  /** Secrets the default set has no rule for (counted apart), and how many of them a rule found anyway. */
  uncovered: number;
  uncoveredFound: number;
  results: SampleResult[];
  /** Samples where the reference scanner (RE2JS, whole text) reports other findings than the default one. */
  disagreements: { sample: PeerSample; v8: string[]; re2: string[] }[];
}

/**
 * Scores the default scanner on a peer corpus: a secret is found when a reported finding (after the one-secret,
 * one-finding dedupe) overlaps its span (or anywhere in the sample, when it has none); found by its own rule when
 * that finding is one of the sample's own rules. A clean sample is flagged by any finding at all.
 */
export function scorePeerCorpus(corpus: PeerCorpus, scanner: Scanner, reference?: Scanner): PeerScore {
  const score: PeerScore = {
    secrets: 0,
    foundByAny: 0,
    foundByOwn: 0,
    clean: 0,
    flaggedByAny: 0,
    flaggedByOwn: 0,
    uncovered: 0,
    uncoveredFound: 0,
    results: [],
    disagreements: [],
  };
  const keys = (hits: ReturnType<Scanner['scan']>) =>
    hits.filter((h) => !h.suppressed).map((h) => `${h.ruleId}@${h.offset}:${h.secret}`);
  const cache = new Map<string, ReturnType<Scanner['scan']>>();
  for (const sample of corpus.samples) {
    const file = sample.file ?? 'config/app.env';
    const key = `${file}\0${sample.text}`;
    let hits = cache.get(key);
    if (!hits) {
      cache.set(key, (hits = scanner.scan({ file, text: sample.text }).filter((h) => !h.suppressed)));
      if (reference) {
        const v8 = keys(hits);
        const re2 = keys(reference.scan({ file, text: sample.text }));
        if (v8.join('\n') !== re2.join('\n')) score.disagreements.push({ sample, v8, re2 });
      }
    }
    const span = sample.span;
    const relevant = span
      ? hits.filter((h) => h.offset < span[1] && h.offset + Math.max(1, h.secret.length) > span[0])
      : hits;
    const reported = [...new Set(relevant.map((h) => h.ruleId))];
    const byAny = reported.length > 0;
    const byOwn = reported.some((r) => sample.rules.includes(r));
    const focus = span ? sample.text.slice(span[0], span[1]) : sample.text;
    score.results.push({ sample, reported, byAny, byOwn, focus });
    if (sample.expect === 'clean') {
      score.clean++;
      if (byAny) score.flaggedByAny++;
      if (byOwn) score.flaggedByOwn++;
    } else if (sample.rules.length === 0) {
      score.uncovered++;
      if (byAny) score.uncoveredFound++;
    } else {
      score.secrets++;
      if (byAny) score.foundByAny++;
      if (byOwn) score.foundByOwn++;
    }
  }
  return score;
}
