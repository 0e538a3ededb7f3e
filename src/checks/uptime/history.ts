import { historyName, type UptimeRecord } from '../../core/history.js';
import type { Probe } from './state.js';

/**
 * A probe as a history record. Uptime records keep their shape from before record kinds (no `kind`): they are
 * the bulk of the file (one per check per round), and older readers parse them.
 */
export function toRecord(check: string, probe: Probe, slowMs: number): UptimeRecord {
  const rec: UptimeRecord = {
    t: new Date(probe.at).toISOString(),
    check: historyName(check),
    status: !probe.ok ? 'fail' : slowMs > 0 && (probe.ms ?? 0) > slowMs ? 'slow' : 'ok',
  };
  if (probe.ms !== undefined) rec.ms = Math.round(probe.ms);
  if (probe.error) rec.error = probe.error.slice(0, 300);
  return rec;
}

export function toProbe(rec: UptimeRecord): Probe {
  return { at: Date.parse(rec.t), ok: rec.status !== 'fail', ms: rec.ms, error: rec.error };
}
