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
  const sections = selectSections(config, opts.only);
  const prepared = prepareSections(sections, opts.secrets);

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

/** Every section's inputs, validated before anything runs; every mistake of every section is reported at once. */
function prepareSections(
  sections: ConfigSectionValues[],
  secrets: SecretRegistry,
): Map<ConfigSectionValues, PreparedCheck<any>> {
  const prepared = new Map<ConfigSectionValues, PreparedCheck<any>>();
  const errors: string[] = [];
  for (const section of sections) {
    try {
      prepared.set(section, prepareCheck(section.check, section.raw, section.where, secrets));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      errors.push(err.message);
    }
  }
  if (errors.length) throw new UserError(errors.join('\n'));
  return prepared;
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
