import { initialState, step, type CheckState, type Probe, type Thresholds, type Transition } from './state.js';

/** Time as the watch loop sees it; tests give a fake one so that no test waits real minutes. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** One monitored thing (a quick-check URL or a flow) and how to probe it once. */
export interface Target {
  name: string;
  probe(at: number): Promise<Probe>;
}

export interface WatchOptions {
  targets: Target[];
  clock: Clock;
  /** 0 = one round of checks. */
  watchMs: number;
  intervalMs: number;
  thresholds: Thresholds;
  /** The state each check starts in (from the history of earlier runs); missing checks start `up`. */
  initial?: Map<string, CheckState>;
  onProbe?(check: string, probe: Probe): void;
  /** Called once per change of status; a rejection is recorded and the watch goes on. */
  onTransition?(transition: Transition): Promise<void>;
}

export interface WatchResult {
  rounds: number;
  probes: { check: string; probe: Probe }[];
  transitions: Transition[];
  states: Map<string, CheckState>;
  /** Alerts that could not be delivered, with the reason. */
  alertErrors: { transition: Transition; error: unknown }[];
}

/**
 * Probes every target once per interval, starting now, for watchMs (rounds start at 0, interval, 2×interval …
 * while before the end), and drives each target's state machine. A round that overruns the interval skips the
 * rounds it overlapped rather than bunching them up.
 */
export async function watch(opts: WatchOptions): Promise<WatchResult> {
  const { clock, intervalMs, watchMs } = opts;
  const states = new Map<string, CheckState>();
  for (const t of opts.targets) states.set(t.name, opts.initial?.get(t.name) ?? initialState());
  const result: WatchResult = { rounds: 0, probes: [], transitions: [], states, alertErrors: [] };
  const start = clock.now();
  const end = start + watchMs;
  for (;;) {
    const at = clock.now();
    const probes = await Promise.all(opts.targets.map((t) => t.probe(at)));
    result.rounds++;
    for (const [i, target] of opts.targets.entries()) {
      const probe = probes[i];
      result.probes.push({ check: target.name, probe });
      opts.onProbe?.(target.name, probe);
      const next = step(target.name, states.get(target.name)!, probe, opts.thresholds);
      states.set(target.name, next.state);
      if (!next.transition) continue;
      result.transitions.push(next.transition);
      try {
        await opts.onTransition?.(next.transition);
      } catch (error) {
        result.alertErrors.push({ transition: next.transition, error });
      }
    }
    const now = clock.now();
    const nextRound = start + Math.max(result.rounds, Math.floor((now - start) / intervalMs) + 1) * intervalMs;
    if (nextRound >= end) break;
    await clock.sleep(nextRound - now);
  }
  return result;
}
