// npm run bench:latency — measures launchgate's latency gate on a local server with a known delay distribution:
// (a) reported p95 against the true p95, beside autocannon's own percentiles from the same run (it has no p95);
// (b) the false-alarm rate of the regression rule when nothing changed; (c) its detection rate for a real 25 %
// slowdown. Load goes only to the 127.0.0.1 server this script starts, bounded in time.
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import { percentiles, runRound, newHistogram } from '../src/checks/latency-budget/measure.js';
import { judgeRegression } from '../src/checks/latency-budget/regression.js';

const COMPARISONS = Number(process.argv[2] ?? 100);
const ROUNDS = 3;
const ROUND_S = 0.3;
const CONNECTIONS = 8;
const TRUE_P95 = 48;

const child = fork(new URL('./bench-latency-server.mjs', `file://${process.cwd()}/scripts/`).pathname);
const port: number = await new Promise((resolve) => child.once('message', (m: any) => resolve(m.port)));
const url = (scale: number) => `http://127.0.0.1:${port}/?scale=${scale}`;

async function measure(scale: number): Promise<{ p95: number; rounds: number[] }> {
  const all = newHistogram();
  const rounds: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const r = await runRound({
      url: url(scale),
      method: 'GET',
      headers: {},
      connections: CONNECTIONS,
      durationS: ROUND_S,
      maxRequests: 100000,
      timeoutS: 10,
    });
    all.add(r.histogram);
    rounds.push(percentiles(r.histogram).p95);
  }
  return { p95: percentiles(all).p95, rounds };
}

try {
  // (a) accuracy, with autocannon's own view of the same kind of run beside it.
  const long = await runRound({
    url: url(1),
    method: 'GET',
    headers: {},
    connections: CONNECTIONS,
    durationS: 5,
    maxRequests: 100000,
    timeoutS: 10,
  });
  const ours = percentiles(long.histogram);
  const theirs: any = await autocannon({ url: url(1), connections: CONNECTIONS, duration: 5 });
  const error = Math.abs(ours.p95 - TRUE_P95);
  console.log('## (a) p95 accuracy: uniform 10–50 ms server delay, true p95 48 ms');
  console.log('| measurement | requests | p50 | p90 | p95 | p97.5 | p99 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  console.log(
    `| launchgate (HDR histogram, every response, µs) | ${long.requests} | ${ours.p50} | ${ours.p90} | **${ours.p95}** | — | ${ours.p99} |`,
  );
  console.log(
    `| autocannon 9 own summary (ms buckets, no p95) | ${theirs.requests.total} | ${theirs.latency.p50} | ${theirs.latency.p90} | — | ${theirs.latency.p97_5} | ${theirs.latency.p99} |`,
  );
  console.log(
    `p95 error: ${error.toFixed(2)} ms (${((error / TRUE_P95) * 100).toFixed(1)} %): ${error <= 2 || error / TRUE_P95 <= 0.05 ? 'within' : 'OUTSIDE'} the 5 % / 2 ms target\n`,
  );

  // (d) a slow tail: 10 % of requests take 3 s, one 1-second round (as duration-s 3 over 3 rounds). autocannon
  // drops the requests still waiting when the time is up; launchgate counts them at their elapsed time.
  const tailUrl = `http://127.0.0.1:${port}/?tail=3000`;
  const tailRound = await runRound({
    url: tailUrl,
    method: 'GET',
    headers: {},
    connections: CONNECTIONS,
    durationS: 1,
    maxRequests: 100000,
    timeoutS: 10,
  });
  const tailOurs = percentiles(tailRound.histogram);
  const tailTheirs: any = await autocannon({ url: tailUrl, connections: CONNECTIONS, duration: 1 });
  console.log('## (d) slow tail: 10 % of requests take 3 s, a 1-second round');
  console.log('| measurement | answered | unanswered at the end | p50 | p95 | p99 |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(
    `| launchgate (unanswered counted at their elapsed time) | ${tailRound.requests} | ${tailRound.unfinished} | ${tailOurs.p50} | **${tailOurs.p95}** | ${tailOurs.p99} |`,
  );
  console.log(
    `| autocannon 9 own summary (unanswered dropped) | ${tailTheirs.requests.total} | not reported | ${tailTheirs.latency.p50} | — | ${tailTheirs.latency.p99} |\n`,
  );

  // (b) and (c): each comparison measures a fresh baseline, then a fresh run of the same (or a 25 % slower) server.
  let falseAlarms = 0;
  let detected = 0;
  for (let i = 0; i < COMPARISONS; i++) {
    const base = await measure(1);
    const same = await measure(1);
    const slower = await measure(1.25);
    if (
      judgeRegression({
        baselineP95: base.p95,
        baselineRounds: base.rounds,
        p95: same.p95,
        rounds: same.rounds,
        margin: 0.2,
      }).regressed
    )
      falseAlarms++;
    if (
      judgeRegression({
        baselineP95: base.p95,
        baselineRounds: base.rounds,
        p95: slower.p95,
        rounds: slower.rounds,
        margin: 0.2,
      }).regressed
    )
      detected++;
    if ((i + 1) % 20 === 0) console.error(`${i + 1}/${COMPARISONS} comparisons`);
  }
  console.log(
    `## (b)/(c) regression rule over ${COMPARISONS} comparisons (${ROUNDS} rounds × ${ROUND_S} s, ${CONNECTIONS} connections, margin 20 %)`,
  );
  console.log('| case | regressions called | rate | target |');
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| nothing changed (false alarms) | ${falseAlarms} / ${COMPARISONS} | ${((falseAlarms / COMPARISONS) * 100).toFixed(1)} % | under 1 % |`,
  );
  console.log(
    `| 25 % slower server (detections) | ${detected} / ${COMPARISONS} | ${((detected / COMPARISONS) * 100).toFixed(1)} % | over 95 % |`,
  );
} finally {
  child.kill();
}
