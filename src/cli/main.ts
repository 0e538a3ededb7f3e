import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHECKS, checkByName } from '../checks/registry.js';
import type { Logger } from '../core/check.js';
import { loadConfig } from '../core/config.js';
import { UserError, errorMessage } from '../core/errors.js';
import { executeCheck } from '../core/execute.js';
import { readEvent } from '../hosts/event.js';
import { FORMATS, overviewTable, render, type Format } from './render.js';
import { runDemo } from './demo.js';
import { runInit } from './init.js';
import { dashboardCommand } from '../checks/uptime/dashboard-command.js';
import { COMMON_INPUTS, closest, type InputSpec } from '../core/inputs.js';
import { runConfig } from '../core/run-config.js';
import { SecretRegistry } from '../core/secrets.js';
import { writeJsonReport } from '../hosts/report-file.js';
import { hostServices } from '../hosts/services.js';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

export const USAGE = `launchgate — launch-readiness gates for CI and your terminal

Usage:
  launchgate <check> [--input value ...]   run one gate with its action inputs as flags
  launchgate run [--config launchgate.yml] [--only secrets,dns] [--format text|json|markdown|sarif] [--report file.json]
  launchgate init [--force]                 write a starter launchgate.yml and workflow for this repository
  launchgate dashboard --history <dir|file.jsonl> --out <dir>   render the uptime status page and badges
  launchgate demo                           start examples/ops-app and run every gate against it (npm start)
  launchgate --help | --version

Checks: ${CHECKS.map((c) => `${c.name} (${c.section})`).join(', ')}
Run 'launchgate <check> --help' for a check's flags.
Exit codes: 0 pass, 1 a gate failed, 2 usage or configuration error.`;

function parseFlags(args: string[], known: string[], context: string): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--'))
      throw new UserError(`Unexpected argument '${arg}' for ${context}; flags look like --name value.`);
    let name = arg.slice(2);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (!known.includes(name)) {
      const hint = closest(name, known);
      throw new UserError(`Unknown flag --${name} for ${context}${hint ? ` (did you mean --${hint}?)` : ''}.`);
    }
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) value = 'true';
      else {
        value = next;
        i++;
      }
    }
    flags[name] = value;
  }
  return flags;
}

function checkHelp(name: string): string {
  const check = checkByName(name)!;
  const lines = [`launchgate ${check.name} — ${check.description}`, '', 'Flags (the action inputs):'];
  for (const [input, spec] of Object.entries<InputSpec>({ ...check.inputs, ...COMMON_INPUTS })) {
    lines.push(
      `  --${input}${spec.default ? ` (default: ${spec.default})` : ''}${spec.required ? ' (required)' : ''}\n      ${spec.description}`,
    );
  }
  return lines.join('\n');
}

/** The CLI's whole run; returns the exit code. */
export async function cli(argv: string[], io: CliIO): Promise<number> {
  const secrets = new SecretRegistry();
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version') {
      io.out('launchgate 0.1.0');
      return 0;
    }
    if (command === 'run') return await runCommand(rest, io, secrets);
    if (command === 'demo') return await runDemo(io);
    if (command === 'dashboard')
      return dashboardCommand(
        parseFlags(
          rest,
          ['history', 'out', 'title', 'alert-after', 'slow-ms', 'slow-after', 'now', 'help'],
          "'launchgate dashboard'",
        ),
        io,
      );
    if (command === 'init') return runInit(parseFlags(rest, ['force'], "'launchgate init'"), io);
    const check = checkByName(command);
    if (!check) {
      const hint = closest(command, [
        ...CHECKS.flatMap((c) => [c.name, c.section]),
        'run',
        'init',
        'demo',
        'dashboard',
      ]);
      throw new UserError(
        `Unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ''}. Run 'launchgate --help' for the commands.`,
      );
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(checkHelp(command));
      return 0;
    }
    const known = [...Object.keys(check.inputs), ...Object.keys(COMMON_INPUTS), 'format'];
    const flags = parseFlags(rest, known, `'launchgate ${check.name}'`);
    const format = (flags.format ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new UserError(`--format got '${format}'; accepted: ${FORMATS.join(', ')}.`);
    delete flags.format;
    const log: Logger = {
      info: (m) => io.err(secrets.redact(m)),
      warning: (m) => io.err(`warning: ${secrets.redact(m)}`),
      debug: () => {},
    };
    const done = await executeCheck(check, {
      raw: flags,
      where: (name) => `Flag --${name}`,
      baseDir: io.cwd,
      env: io.env,
      event: readEvent(io.env),
      log,
      secrets,
      inActions: false,
      services: hostServices(io.env, secrets),
    });
    writeJsonReport(check.name, done.report);
    io.out(secrets.redact(render([done], format)));
    return done.report.result === 'fail' ? 1 : 0;
  } catch (err) {
    io.err(`launchgate: ${secrets.redact(errorMessage(err))}`);
    return err instanceof UserError ? 2 : 1;
  }
}

async function runCommand(args: string[], io: CliIO, secrets: SecretRegistry): Promise<number> {
  const flags = parseFlags(args, ['config', 'only', 'format', 'report'], "'launchgate run'");
  const format = (flags.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UserError(`--format got '${format}'; accepted: ${FORMATS.join(', ')}.`);
  const configName = flags.config ?? 'launchgate.yml';
  const configPath = path.resolve(io.cwd, configName);
  const config = loadConfig(configPath, CHECKS, configName);
  const only = flags.only
    ? flags.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
  const running = new Set<string>();
  const progress = () => {
    if (io.isTTY) process.stderr.write(`\r\x1b[2Krunning: ${[...running].join(', ') || 'done'}`);
  };
  const done = await runConfig(config, {
    only,
    env: io.env,
    event: readEvent(io.env),
    secrets,
    inActions: false,
    services: hostServices(io.env, secrets),
    onStart: (c) => {
      running.add(c);
      progress();
    },
    onDone: (d) => {
      running.delete(checkByName(d.report.check)?.section ?? d.report.check);
      progress();
    },
    onLog: (check, lines) => {
      if (lines.length) io.err(lines.map((l) => `[${check}] ${l}`).join('\n'));
    },
  });
  if (io.isTTY) process.stderr.write('\r\x1b[2K');
  const reportPath = flags.report ? path.resolve(io.cwd, flags.report) : undefined;
  const combined = {
    config: config.file,
    result: done.some((d) => d.report.result === 'fail') ? 'fail' : 'pass',
    reports: done.map((d) => d.report),
  };
  if (reportPath) {
    mkdirSync(path.dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, JSON.stringify(combined, null, 2) + '\n');
  } else writeJsonReport('launchgate', combined);
  if (format === 'text') io.out(secrets.redact(`${render(done, 'text')}\n\n${overviewTable(done)}`));
  else io.out(secrets.redact(render(done, format)));
  return combined.result === 'fail' ? 1 : 0;
}
