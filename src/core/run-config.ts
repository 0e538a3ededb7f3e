import type { HostServices, Logger, RunEvent } from './check.js';
import type { ConfigSectionValues, LaunchgateConfig } from './config.js';
import { UserError } from './errors.js';
import type { Report } from './finding.js';
import { prepareCheck, runPrepared, type ExecutedCheck, type PreparedCheck } from './execute.js';
import type { SecretRegistry } from './secrets.js';

export interface RunOptions {
  only?: string[];
  env: NodeJS.ProcessEnv;
  event: RunEvent;
  secrets: SecretRegistry;
  /** Each check's log lines, handed over whole when the check ends, so concurrent checks never interleave. */
  onLog: (check: string, lines: string[]) => void;
  onStart?: (check: string) => void;
  onDone?: (done: ExecutedCheck) => void;
  inActions: boolean;
  services: HostServices;
  keepTempDir?: boolean;
}

export async function runConfig(config: LaunchgateConfig, opts: RunOptions): Promise<ExecutedCheck[]> {
  const { sections, prepared } = prepareSections(config, opts.only, opts.secrets);

  const runOne = async (section: ConfigSectionValues): Promise<ExecutedCheck> => {
    const lines: string[] = [];
    const log: Logger = {
      info: (m) => lines.push(m),
      warning: (m) => lines.push(`warning: ${m}`),
      debug: (m) => {
        if (opts.env.RUNNER_DEBUG === '1' || opts.env.LAUNCHGATE_DEBUG) lines.push(`debug: ${m}`);
      },
    };
    opts.onStart?.(section.check.section);
    try {
      // A gate that fails while it runs (a flows file that is missing) reports its own error finding; the
      // other gates still report theirs.
      const done = await runPrepared(
        prepared.get(section)!,
        {
          raw: section.raw,
          where: section.where,
          baseDir: config.dir,
          env: opts.env,
          event: opts.event,
          log,
          secrets: opts.secrets,
          inActions: opts.inActions,
          services: opts.services,
          keepTempDir: opts.keepTempDir,
        },
        true,
      );
      opts.onLog(
        section.check.section,
        lines.map((l) => opts.secrets.redact(l)),
      );
      opts.onDone?.(done);
      return done;
    } catch (err) {
      // runPrepared reports what stops a check as a finding; this is the host failing around it.
      opts.onLog(
        section.check.section,
        lines.map((l) => opts.secrets.redact(l)),
      );
      throw err;
    }
  };

  // Checks that put load on a server run alone, after the others, so they measure the app and not each other.
  const concurrent = sections.filter((s) => !s.check.runsAlone);
  const alone = sections.filter((s) => s.check.runsAlone);
  const results = await Promise.all(concurrent.map(runOne));
  for (const s of alone) results.push(await runOne(s));
  const order: string[] = sections.map((s) => s.check.name);
  return results.sort((a, b) => order.indexOf(a.report.check) - order.indexOf(b.report.check));
}

/** The sections `--only` (or the main action's `checks`) asks for; naming one the file lacks is an error. */
function selectSections(config: LaunchgateConfig, only: string[] | undefined): ConfigSectionValues[] {
  let sections = config.sections;
  if (only && only.length > 0) {
    const names = sections.map((s) => s.check.section);
    for (const want of only) {
      if (!sections.some((s) => s.check.section === want || s.check.name === want)) {
        throw new UserError(
          `--only names '${want}', which ${config.file} does not configure (it has: ${names.join(', ') || 'no sections'}).`,
        );
      }
    }
    sections = sections.filter((s) => only.includes(s.check.section) || only.includes(s.check.name));
  }
  if (sections.length === 0) throw new UserError(`${config.file} configures no checks.`);
  return sections;
}

/**
 * Every section's inputs, validated before anything runs. Every mistake of the file (unknown sections and keys that
 * readConfig kept in `problems`, and every bad value of every selected section) is reported at once, in line order.
 */
function prepareSections(
  config: LaunchgateConfig,
  only: string[] | undefined,
  secrets: SecretRegistry,
): { sections: ConfigSectionValues[]; prepared: Map<ConfigSectionValues, PreparedCheck<any>> } {
  const prepared = new Map<ConfigSectionValues, PreparedCheck<any>>();
  const errors: string[] = [...config.problems];
  let sections: ConfigSectionValues[] = [];
  try {
    sections = selectSections(config, only);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    errors.push(err.message);
  }
  for (const section of sections) {
    try {
      prepared.set(section, prepareCheck(section.check, section.raw, section.where, secrets));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      errors.push(...err.message.split('\n'));
    }
  }
  if (errors.length) throw new UserError(inLineOrder(config.file, errors).join('\n'));
  return { sections, prepared };
}

/** Messages that start with `<file>:<line>` sorted by that line (a stable sort); the others keep their place after. */
function inLineOrder(file: string, messages: string[]): string[] {
  const lineOf = (m: string): number => {
    if (!m.startsWith(`${file}:`)) return Infinity;
    const line = /^\d+/.exec(m.slice(file.length + 1));
    return line ? Number(line[0]) : Infinity;
  };
  return messages
    .map((message, index) => ({ message, index, line: lineOf(message) }))
    .sort((a, b) => a.line - b.line || a.index - b.index)
    .map((e) => e.message);
}

/** The report of a whole `launchgate run` or top-level action: one verdict over every gate's report. */
export interface CombinedReport {
  config: string;
  result: 'pass' | 'fail';
  reports: Report[];
}

export function combineReports(config: string, done: ExecutedCheck[]): CombinedReport {
  return {
    config,
    result: done.some((d) => d.report.result === 'fail') ? 'fail' : 'pass',
    reports: done.map((d) => d.report),
  };
}
