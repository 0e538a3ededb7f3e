/**
 * The uptime state machine, one per monitored check: pure, fed one probe result at a time, so the watch loop,
 * the replay of earlier runs' history and the dashboard's incidents all use the same rule.
 *
 *   up → down        after `alertAfter` consecutive failed probes (the outage starts at the first of them)
 *   down → up        on the first passing probe (recovery; the outage lasted from its start to this probe)
 *   up → degraded    after `slowAfter` consecutive passing probes slower than `slowMs` (0 = off)
 *   degraded → up    on the first passing probe within `slowMs`
 *   degraded → down  like up → down: an outage outranks slowness
 */

export type Status = 'up' | 'down' | 'degraded';

/** One probe of one check: a passing or failing quick check or flow. */
export interface Probe {
  /** Epoch milliseconds. */
  at: number;
  ok: boolean;
  /** Response time (a flow's whole time); undefined when nothing answered. */
  ms?: number;
  /** Why it failed (or nothing). */
  error?: string;
  /** The start of the last response body, for the alert. */
  excerpt?: string;
}

export interface Thresholds {
  alertAfter: number;
  slowMs: number;
  slowAfter: number;
}

export interface CheckState {
  status: Status;
  /** When the current status began (epoch ms); undefined for the initial `up`. */
  since?: number;
  failStreak: number;
  /** When the current run of failures began. */
  failStreakStart?: number;
  slowStreak: number;
  slowStreakStart?: number;
  /** The cause of the current down/degraded status, kept for the recovery message and the incident list. */
  cause?: string;
}

/** A change of status: exactly one alert is sent for each. */
export interface Transition {
  check: string;
  from: Status;
  to: Status;
  at: number;
  /** For down/degraded: when the trouble began; for a recovery: when the outage began. */
  since: number;
  /** For a recovery: how long the outage (or slowness) lasted. */
  durationMs?: number;
  cause: string;
  excerpt?: string;
}

export const initialState = (): CheckState => ({ status: 'up', failStreak: 0, slowStreak: 0 });

/** Feeds one probe; returns the new state and the transition it caused, if any. The input state is not changed. */
export function step(
  check: string,
  prev: CheckState,
  probe: Probe,
  t: Thresholds,
): { state: CheckState; transition?: Transition } {
  const s: CheckState = { ...prev };
  const change = (to: Status, since: number, cause: string, durationMs?: number): Transition => {
    const transition: Transition = { check, from: s.status, to, at: probe.at, since, cause, excerpt: probe.excerpt };
    if (durationMs !== undefined) transition.durationMs = durationMs;
    s.status = to;
    s.since = to === 'up' ? probe.at : since;
    s.cause = to === 'up' ? undefined : cause;
    return transition;
  };
  if (!probe.ok) {
    s.slowStreak = 0;
    s.slowStreakStart = undefined;
    if (s.failStreak === 0) s.failStreakStart = probe.at;
    s.failStreak++;
    if (s.status !== 'down' && s.failStreak >= t.alertAfter) {
      const cause = probe.error ?? 'failed';
      return { state: s, transition: change('down', s.failStreakStart ?? probe.at, cause) };
    }
    return { state: s };
  }
  s.failStreak = 0;
  s.failStreakStart = undefined;
  const slow = t.slowMs > 0 && probe.ms !== undefined && probe.ms > t.slowMs;
  if (slow) {
    if (s.slowStreak === 0) s.slowStreakStart = probe.at;
    s.slowStreak++;
  } else {
    s.slowStreak = 0;
    s.slowStreakStart = undefined;
  }
  if (s.status === 'down' || (s.status === 'degraded' && !slow)) {
    const since = s.since ?? probe.at;
    const cause = s.cause ?? '';
    return { state: s, transition: change('up', since, cause, probe.at - since) };
  }
  if (s.status === 'up' && slow && s.slowStreak >= t.slowAfter) {
    const cause = `${Math.round(probe.ms!)} ms, over slow-ms ${t.slowMs} ms on ${s.slowStreak} consecutive checks`;
    return { state: s, transition: change('degraded', s.slowStreakStart ?? probe.at, cause) };
  }
  return { state: s };
}

/** A period a check was down or degraded, from the transitions of a replay. */
export interface Incident {
  check: string;
  kind: 'down' | 'degraded';
  start: number;
  /** Undefined while it lasts. */
  end?: number;
  cause: string;
}

/** Replays probes (in time order) through the machine: the final state, every transition and the incidents. */
export function replay(
  check: string,
  probes: Iterable<Probe>,
  t: Thresholds,
  from: CheckState = initialState(),
): { state: CheckState; transitions: Transition[]; incidents: Incident[] } {
  let state = from;
  const transitions: Transition[] = [];
  const incidents: Incident[] = [];
  for (const probe of probes) {
    const r = step(check, state, probe, t);
    state = r.state;
    if (!r.transition) continue;
    transitions.push(r.transition);
    const open = incidents.at(-1);
    if (open && open.end === undefined) open.end = r.transition.to === 'up' ? r.transition.at : r.transition.since;
    if (r.transition.to !== 'up')
      incidents.push({ check, kind: r.transition.to, start: r.transition.since, cause: r.transition.cause });
  }
  return { state, transitions, incidents };
}

/** 1 h 5 min, 3 min 20 s, 45 s. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}
