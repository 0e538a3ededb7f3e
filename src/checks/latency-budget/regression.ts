/**
 * The regression rule. Shared runners are noisy, so a regression needs two things at once:
 *   1. the p95 of all rounds together is above the baseline by more than the allowed margin, and
 *   2. the growth is larger than the noise: the spread (max − min) of the per-round p95s, of this run or of the
 *      baseline's, whichever is larger.
 * A change that the rounds of one run already disagree about is noise, not a regression.
 */
export interface RegressionInput {
  baselineP95: number;
  baselineRounds?: number[];
  p95: number;
  rounds: number[];
  margin: number;
}

export interface RegressionVerdict {
  regressed: boolean;
  changePct: number;
  noiseMs: number;
  reason: string;
}

const spread = (xs: number[] | undefined) => (xs && xs.length > 1 ? Math.max(...xs) - Math.min(...xs) : 0);

export function judgeRegression(input: RegressionInput): RegressionVerdict {
  const change = input.p95 - input.baselineP95;
  const changePct = input.baselineP95 > 0 ? (change / input.baselineP95) * 100 : 0;
  const noiseMs = Math.max(spread(input.rounds), spread(input.baselineRounds));
  const beyondMargin = input.p95 > input.baselineP95 * (1 + input.margin);
  const beyondNoise = change > noiseMs;
  let reason: string;
  if (!beyondMargin) reason = `within the ${Math.round(input.margin * 100)} % margin`;
  else if (!beyondNoise) reason = `beyond the margin but within the rounds' noise (${noiseMs.toFixed(1)} ms spread)`;
  else
    reason = `p95 grew ${change.toFixed(1)} ms (+${changePct.toFixed(0)} %), beyond the ${Math.round(input.margin * 100)} % margin and the ${noiseMs.toFixed(1)} ms noise`;
  return { regressed: beyondMargin && beyondNoise, changePct, noiseMs, reason };
}
