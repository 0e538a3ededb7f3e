import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';

export interface LoadPlan {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationS: number;
  /** Requests per second for the whole route; undefined drives as fast as the connections allow. */
  rate?: number;
  maxRequests: number;
  timeoutS: number;
  /** Statuses that count as success; anything else is an error. Default: 2xx. */
  expectStatus?: number[];
}

export interface RoundResult {
  requests: number;
  /** Latencies in microseconds, every response, corrected for coordinated omission at a fixed rate. */
  histogram: hdr.Histogram;
  statusClasses: Record<'1xx' | '2xx' | '3xx' | '4xx' | '5xx', number>;
  /** Answers whose status is not the expected one (by default anything but 2xx). */
  unexpectedStatus: number;
  /** Count of each unexpected status, for the message. */
  unexpectedByStatus: Record<string, number>;
  socketErrors: number;
  /** Requests still waiting for an answer when the round ended, counted at their elapsed time. */
  unfinished: number;
  timeouts: number;
  bytes: number;
  elapsedS: number;
  stoppedEarly: boolean;
}

export function newHistogram(): hdr.Histogram {
  // Microseconds from 1 µs to 10 minutes, 3 significant digits: exact enough for p95 within 0.1 %.
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 600_000_000,
    numberOfSignificantValueDigits: 3,
    bitBucketSize: 64,
    useWebAssembly: false,
  });
}

/** Errors beyond this share stop a round early: the target is down and more load only hurts it. */
export const STOP_ERROR_RATE = 0.5;
const STOP_MIN_SAMPLES = 20;

/** True when `status` is what the route expects: one of `expected`, or any 2xx when none is given. */
export function statusExpected(status: number, expected: number[] | undefined): boolean {
  return expected && expected.length ? expected.includes(status) : status >= 200 && status < 300;
}

/** One round of load with autocannon in-process; every response time goes into an HDR histogram. */
export async function runRound(plan: LoadPlan): Promise<RoundResult> {
  const histogram = newHistogram();
  const statusClasses = { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  let unexpectedStatus = 0;
  const unexpectedByStatus: Record<string, number> = {};
  let socketErrors = 0;
  let unfinished = 0;
  let bytes = 0;
  let stoppedEarly = false;
  // At a fixed rate each connection should send every connections/rate seconds; a response slower than that hid
  // requests that were never sent. HdrHistogram's expected-interval correction adds them back (coordinated omission).
  const expectedIntervalUs = plan.rate ? Math.round((1e6 * plan.connections) / plan.rate) : 0;
  const record = (us: number) => {
    if (expectedIntervalUs) histogram.recordValueWithExpectedInterval(us, expectedIntervalUs);
    else histogram.recordValue(us);
  };
  const started = performance.now();
  let finish!: (result: any) => void;
  let fail!: (err: Error) => void;
  const done = new Promise<any>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  // When the round's time is up autocannon drops the requests still waiting for an answer. Dropping them would
  // hide exactly the slow ones (10 % of requests taking 8 s gave a p95 of 70 ms), so each connection's pending
  // send time is kept, and what is still pending when the connection closes counts at its elapsed time.
  const setupClient = (client: any) => {
    let sentAt: number | undefined;
    client.on('request', () => (sentAt = performance.now()));
    client.on('response', () => (sentAt = undefined));
    // A timeout or a broken connection is counted by reqError below; its pending request is not in flight any more.
    client.on('timeout', () => (sentAt = undefined));
    client.on('connError', () => (sentAt = undefined));
    client.on('done', () => {
      if (sentAt === undefined) return;
      record(Math.max(1, Math.round((performance.now() - sentAt) * 1000)));
      unfinished++;
      sentAt = undefined;
    });
  };
  const instance = autocannon(
    {
      url: plan.url,
      method: plan.method as any,
      headers: plan.headers,
      body: plan.body,
      connections: plan.connections,
      duration: plan.durationS,
      overallRate: plan.rate,
      maxOverallRequests: plan.maxRequests,
      timeout: plan.timeoutS,
      setupClient,
      ...(plan.rate ? { ignoreCoordinatedOmission: true } : {}),
    } as autocannon.Options,
    (err, result) => (err ? fail(err) : finish(result)),
  );
  const maybeStop = () => {
    const errors = unexpectedStatus + socketErrors;
    const total = Object.values(statusClasses).reduce((a, b) => a + b, 0) + socketErrors;
    if (!stoppedEarly && total >= STOP_MIN_SAMPLES && errors / total > STOP_ERROR_RATE) {
      stoppedEarly = true;
      instance.stop();
    }
  };
  instance.on('response', (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    record(Math.max(1, Math.round(responseTime * 1000)));
    const cls = `${Math.floor(statusCode / 100)}xx` as keyof typeof statusClasses;
    if (cls in statusClasses) statusClasses[cls]++;
    if (!statusExpected(statusCode, plan.expectStatus)) {
      unexpectedStatus++;
      unexpectedByStatus[statusCode] = (unexpectedByStatus[statusCode] ?? 0) + 1;
    }
    bytes += resBytes;
    maybeStop();
  });
  instance.on('reqError', () => {
    socketErrors++;
    maybeStop();
  });
  const result = await done;
  const elapsedS = (performance.now() - started) / 1000;
  return {
    requests: Object.values(statusClasses).reduce((a, b) => a + b, 0),
    histogram,
    statusClasses,
    unexpectedStatus,
    unexpectedByStatus,
    socketErrors,
    unfinished,
    timeouts: result.timeouts ?? 0,
    bytes,
    elapsedS,
    stoppedEarly,
  };
}

export interface Percentiles {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles in milliseconds, from every recorded value (not interpolated from a summary). */
export function percentiles(h: hdr.Histogram): Percentiles {
  const ms = (us: number) => Math.round(us) / 1000;
  return {
    p50: ms(h.getValueAtPercentile(50)),
    p90: ms(h.getValueAtPercentile(90)),
    p95: ms(h.getValueAtPercentile(95)),
    p99: ms(h.getValueAtPercentile(99)),
    max: ms(h.maxValue),
  };
}
