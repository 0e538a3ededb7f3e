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
}

export interface RoundResult {
  requests: number;
  /** Latencies in microseconds, every response, corrected for coordinated omission at a fixed rate. */
  histogram: hdr.Histogram;
  statusClasses: Record<'1xx' | '2xx' | '3xx' | '4xx' | '5xx', number>;
  socketErrors: number;
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

/** One round of load with autocannon in-process; every response time goes into an HDR histogram. */
export async function runRound(plan: LoadPlan): Promise<RoundResult> {
  const histogram = newHistogram();
  const statusClasses = { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  let socketErrors = 0;
  let bytes = 0;
  let stoppedEarly = false;
  // At a fixed rate each connection should send every connections/rate seconds; a response slower than that hid
  // requests that were never sent. HdrHistogram's expected-interval correction adds them back (coordinated omission).
  const expectedIntervalUs = plan.rate ? Math.round((1e6 * plan.connections) / plan.rate) : 0;
  const started = performance.now();
  let finish!: (result: any) => void;
  let fail!: (err: Error) => void;
  const done = new Promise<any>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
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
      ...(plan.rate ? { ignoreCoordinatedOmission: true } : {}),
    },
    (err, result) => (err ? fail(err) : finish(result)),
  );
  const maybeStop = () => {
    const errors = statusClasses['4xx'] + statusClasses['5xx'] + socketErrors;
    const total = errors + statusClasses['1xx'] + statusClasses['2xx'] + statusClasses['3xx'];
    if (!stoppedEarly && total >= STOP_MIN_SAMPLES && errors / total > STOP_ERROR_RATE) {
      stoppedEarly = true;
      instance.stop();
    }
  };
  instance.on('response', (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    const us = Math.max(1, Math.round(responseTime * 1000));
    if (expectedIntervalUs) histogram.recordValueWithExpectedInterval(us, expectedIntervalUs);
    else histogram.recordValue(us);
    const cls = `${Math.floor(statusCode / 100)}xx` as keyof typeof statusClasses;
    if (cls in statusClasses) statusClasses[cls]++;
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
    socketErrors,
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
