import { describe, expect, test } from '@jest/globals';
import { formatDuration, initialState, replay, step, type Probe } from '../../src/checks/uptime/state.js';
import { watch, type Clock, type Target } from '../../src/checks/uptime/watch.js';

const T = { alertAfter: 2, slowMs: 500, slowAfter: 3 };
const MIN = 60_000;
const ok = (at: number, ms = 100): Probe => ({ at, ok: true, ms });
const fail = (at: number, error = 'HTTP 503'): Probe => ({ at, ok: false, error, excerpt: 'HTTP 503' });

describe('state machine', () => {
  test('one failure is not an outage; the second consecutive one is, dated from the first', () => {
    const r = replay('home', [ok(0), fail(1 * MIN), fail(2 * MIN), fail(3 * MIN)], T);
    expect(r.transitions).toHaveLength(1);
    expect(r.transitions[0]).toMatchObject({ from: 'up', to: 'down', at: 2 * MIN, since: 1 * MIN, cause: 'HTTP 503' });
    expect(r.state.status).toBe('down');
  });

  test('a failure between passes never alerts', () => {
    const r = replay('home', [fail(0), ok(MIN), fail(2 * MIN), ok(3 * MIN)], T);
    expect(r.transitions).toEqual([]);
  });

  test('recovery on the first pass, with the outage duration and its cause', () => {
    const r = replay('home', [fail(0), fail(MIN), fail(2 * MIN), ok(5 * MIN)], T);
    expect(r.transitions.map((t) => t.to)).toEqual(['down', 'up']);
    expect(r.transitions[1]).toMatchObject({ from: 'down', durationMs: 5 * MIN, since: 0, cause: 'HTTP 503' });
    expect(r.incidents).toEqual([{ check: 'home', kind: 'down', start: 0, end: 5 * MIN, cause: 'HTTP 503' }]);
  });

  test('degraded after slow-after slow passes, back up on a fast one; off when slow-ms is 0', () => {
    const probes = [ok(0, 900), ok(MIN, 900), ok(2 * MIN, 900), ok(3 * MIN, 900), ok(4 * MIN, 100)];
    const r = replay('api', probes, T);
    expect(r.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['up>degraded', 'degraded>up']);
    expect(r.transitions[0]).toMatchObject({ since: 0, at: 2 * MIN });
    expect(r.transitions[0].cause).toContain('over slow-ms 500 ms on 3 consecutive checks');
    expect(r.transitions[1].durationMs).toBe(4 * MIN);
    expect(replay('api', probes, { ...T, slowMs: 0 }).transitions).toEqual([]);
  });

  test('a failure resets the slow streak; degraded goes down when failures reach alert-after', () => {
    expect(replay('api', [ok(0, 900), ok(1, 900), fail(2), ok(3, 900)], T).transitions).toEqual([]);
    const r = replay('api', [ok(0, 900), ok(1, 900), ok(2, 900), fail(3), fail(4), ok(5)], T);
    expect(r.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['up>degraded', 'degraded>down', 'down>up']);
    expect(r.incidents.map((i) => [i.kind, i.start, i.end])).toEqual([
      ['degraded', 0, 3],
      ['down', 3, 5],
    ]);
  });

  test('step does not change the state it is given; alert-after 1 alerts on the first failure', () => {
    const s = initialState();
    const r = step('x', s, fail(0), { ...T, alertAfter: 1 });
    expect(s).toEqual(initialState());
    expect(r.transition?.to).toBe('down');
  });

  test('durations read as people say them', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(200_000)).toBe('3 min 20 s');
    expect(formatDuration(65 * MIN)).toBe('1 h 5 min');
    expect(formatDuration(50 * 60 * MIN)).toBe('2 d 2 h');
  });
});

/** A clock that moves only when the loop sleeps or a probe takes time. */
function fakeClock(): Clock & { sleeps: number[]; t: number } {
  const c = {
    t: 1_700_000_000_000,
    sleeps: [] as number[],
    now: () => c.t,
    sleep: async (ms: number) => {
      c.sleeps.push(ms);
      c.t += ms;
    },
  };
  return c;
}

function scripted(name: string, clock: { t: number }, results: boolean[], takesMs = 200): Target & { calls: number } {
  const target = {
    name,
    calls: 0,
    async probe(at: number): Promise<Probe> {
      const okNow = results[target.calls++] ?? true;
      clock.t += takesMs;
      return okNow ? ok(at, takesMs) : fail(at);
    },
  };
  return target;
}

describe('watch loop (fake clock: no real waiting)', () => {
  test('watch-minutes 0 is one round and no sleep', async () => {
    const clock = fakeClock();
    const target = scripted('home', clock, [true]);
    const r = await watch({ targets: [target], clock, watchMs: 0, intervalMs: MIN, thresholds: T });
    expect(r.rounds).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('5 minutes at 60 s: rounds at 0..4 min, one alert per change, not per failed check', async () => {
    const clock = fakeClock();
    const start = clock.t;
    const target = scripted('home', clock, [true, false, false, false, true]);
    const alerts: string[] = [];
    const r = await watch({
      targets: [target],
      clock,
      watchMs: 5 * MIN,
      intervalMs: MIN,
      thresholds: T,
      onTransition: async (t) => {
        alerts.push(`${t.to}@${(t.at - start) / MIN}`);
      },
    });
    expect(r.rounds).toBe(5);
    expect(r.probes.map((p) => (p.probe.at - start) / MIN)).toEqual([0, 1, 2, 3, 4]);
    expect(clock.sleeps).toEqual([MIN - 200, MIN - 200, MIN - 200, MIN - 200]);
    expect(alerts).toEqual(['down@2', 'up@4']);
  });

  test('a round slower than the interval skips the rounds it overlapped', async () => {
    const clock = fakeClock();
    const start = clock.t;
    const target = scripted('slow', clock, [], 90_000);
    const r = await watch({ targets: [target], clock, watchMs: 5 * MIN, intervalMs: MIN, thresholds: T });
    expect(r.probes.map((p) => (p.probe.at - start) / MIN)).toEqual([0, 2, 4]);
  });

  test('a failed alert is recorded and the watch goes on; the state starts from the earlier runs', async () => {
    const clock = fakeClock();
    const target = scripted('home', clock, [true, false, false]);
    const down = replay('home', [fail(0), fail(1)], T).state;
    const r = await watch({
      targets: [target],
      clock,
      watchMs: 3 * MIN,
      intervalMs: MIN,
      thresholds: T,
      initial: new Map([['home', down]]),
      onTransition: async () => {
        throw new Error('Slack said 404');
      },
    });
    expect(r.transitions.map((t) => t.to)).toEqual(['up', 'down']);
    expect(r.alertErrors).toHaveLength(2);
    expect(r.rounds).toBe(3);
  });
});
