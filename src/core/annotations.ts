import type { Finding, Severity } from './finding.js';

/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
export const ANNOTATION_LIMIT_PER_LEVEL = 10;

/** The findings to annotate, most severe first, within GitHub's per-step limits; and how many were left out. */
export function selectAnnotations(
  findings: Finding[],
  limit = ANNOTATION_LIMIT_PER_LEVEL,
): { annotate: Finding[]; left: number } {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotate: Finding[] = [];
  for (const f of findings) {
    if (used[f.severity] < limit) {
      used[f.severity]++;
      annotate.push(f);
    }
  }
  return { annotate, left: findings.length - annotate.length };
}
