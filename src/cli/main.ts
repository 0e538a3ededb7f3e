import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core/check.js';
import { UserError, errorMessage } from '../core/errors.js';
import { executeCheck } from '../core/execute.js';
import { readEvent } from '../hosts/event.js';
import { FORMATS, overviewTable, render, type Format } from './render.js';
import { overviewMarkdown } from '../core/overview.js';
import { COMMON_INPUTS, closest, type InputSpec } from '../core/inputs.js';
import { combineReports, runConfig } from '../core/run-config.js';
import { VERSION } from '../core/version.js';
import { SecretRegistry } from '../core/secrets.js';
import { writeFileNoFollow } from '../hosts/report-file.js';
import { hostServices } from '../hosts/services.js';
import { gateSummaries, loadRegistry } from '../hosts/gates.js';
import { loadGate } from './load-gate.js';
import type { CheckDefinition } from '../core/check.js';
import { sanitizeLogText } from '../core/escape.js';
import { impactsOf, topFixes, topFixesMarkdown, topFixesText } from '../core/impact.js';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when stderr is a terminal: then a live progress line is drawn there. */
  isTTY: boolean;
  /** Writes to stderr as-is, no newline added (the progress line); defaults to process.stderr. */
  errRaw?: (text: string) => void;
}

export const usage = (
  gates: { name: string; section: string }[],
) => `launchgate — launch-readiness gates for CI and your terminal

Usage:
  launchgate <check> [--input value ...]   run one gate with its action inputs as flags
  launchgate run [--config launchgate.yml] [--only secrets,dns] [--format text|json|markdown|sarif] [--report file.json]
  launchgate init [--force]                 write a starter launchgate.yml and workflow for this repository
  launchgate dashboard --history <dir|file.jsonl> --out <dir>   render the status page (uptime, latency p95, deploys) and badges
  launchgate map [--compare old.json]       write launch-map.md, .json and .html: names, hosting, mail, certificates, owners, risks
  launchgate demo                           start examples/ops-app and run every gate against it (npm start)
  launchgate --help | --version

Flags that take a list (--urls, --paths, …) accept commas (--urls "/,/health") or repeat the flag.
Checks: ${gates.map((c) => `${c.name} (${c.section})`).join(', ')}
Run 'launchgate <check> --help' for a check's flags.
Exit codes: 0 pass, 1 a gate failed, 2 usage or configuration error.`;

const RUN_USAGE = `launchgate run — every gate configured in launchgate.yml, one report

Usage: launchgate run [--config launchgate.yml] [--only secrets,dns] [--format text|json|markdown|sarif] [--report file.json]
  --config   the config file (default: launchgate.yml in this directory)
  --only     the sections to run, comma-separated (default: all configured)
  --format   text (default), json, markdown or sarif, on stdout
  --report   also write the combined JSON report to this file
Exit codes: 0 pass, 1 a gate failed, 2 usage or configuration error.`;

const INIT_USAGE = `launchgate init — write a starter launchgate.yml and .github/workflows/launchgate.yml

Usage: launchgate init [--force]
  --force   replace files that already exist
It enables the gates that run as written (secret scan, and migrations when it finds some) and writes the
smoke, latency and DNS sections commented out, for your URLs and domain.`;

const DEMO_USAGE = `launchgate demo — start examples/ops-app on 127.0.0.1 and run every gate against it (npm start)

Usage: launchgate demo
It builds a small git history with a planted fake AWS key, runs the five gates, prints the report and writes
launchgate-report.html here. It exits 0 when the demo behaves as designed: the key found, every other gate passing.`;

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

/**
 * A list flag's value: commas separate values (`--urls "/,/health"`), except inside braces, so that a glob
 * such as `db/{a,b}/*.sql` stays whole.
 */
export function splitListFlag(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === '\n') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** List inputs are newline-separated in an action; on the command line, commas and repeated flags make the lines. */
function listFlagsToLines(flags: Record<string, string[]>, specs: Record<string, InputSpec>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(flags)) {
    const isList = specs[name]?.accepted === 'one value per line';
    out[name] = isList ? values.flatMap(splitListFlag).join('\n') : values[values.length - 1];
  }
  return out;
}

/**
 * `switches` are the flags that may stand alone (`--force` is `--force true`); any other flag needs a value, and
 * `accepted(name)` says which in the error.
 */
interface FlagRules {
  switches?: string[];
  accepted?: (name: string) => string | undefined;
}

function parseFlags(args: string[], known: string[], context: string, rules: FlagRules = {}): Record<string, string> {
  const all = parseRepeatedFlags(args, known, context, rules);
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v[v.length - 1]]));
}

function parseRepeatedFlags(
  args: string[],
  known: string[],
  context: string,
  rules: FlagRules = {},
): Record<string, string[]> {
  const flags: Record<string, string[]> = {};
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
      if (next === undefined || next.startsWith('--')) {
        if (!rules.switches?.includes(name)) {
          const accepted = rules.accepted?.(name);
          // Only the next flag's name is echoed: `--token=…` may carry a value that is a credential.
          throw new UserError(
            `Flag --${name} of ${context} needs a value${accepted ? ` (${accepted})` : ''}, as in --${name} <value>${next === undefined ? '' : `; the next argument, ${next.split('=')[0]}, is a flag`}.`,
          );
        }
        value = 'true';
      } else {
        value = next;
        i++;
      }
    }
    (flags[name] ??= []).push(value);
  }
  return flags;
}

function checkHelp(check: CheckDefinition<any>): string {
  const lines = [`launchgate ${check.name} — ${check.description}`, '', 'Flags (the action inputs):'];
  for (const [input, spec] of Object.entries<InputSpec>({ ...check.inputs, ...COMMON_INPUTS })) {
    const def = cliDefault(spec.default);
    lines.push(
      `  --${input}${def ? ` (default: ${def})` : ''}${spec.required ? ' (required)' : ''}\n      ${spec.description}`,
    );
  }
  return lines.join('\n');
}

/**
 * A default as the CLI applies it: an Actions expression means nothing in a shell; the CLI reads the token from
 * env GITHUB_TOKEN (src/core/execute.ts) and leaves any other expression empty (src/core/inputs.ts).
 */
export function cliDefault(def: string): string {
  if (/^\$\{\{\s*github\.token\s*\}\}$/.test(def)) return 'env GITHUB_TOKEN';
  return def.startsWith('${{') ? '' : def;
}

function formatFlag(value: string | undefined): Format {
  const format = (value ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UserError(`--format got '${format}'; accepted: ${FORMATS.join(', ')}.`);
  return format;
}

/** The CLI's whole run; returns the exit code. */
export async function cli(argv: string[], io: CliIO): Promise<number> {
  const secrets = new SecretRegistry();
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      // Help and the version load no gate: their modules are loaded when a command runs one.
      io.out(usage(await gateSummaries()));
      return command ? 0 : 2;
    }
    if (command === '--version') {
      io.out(`launchgate ${VERSION}`);
      return 0;
    }
    if (command === 'run') {
      if (wantsHelp(rest)) return (io.out(RUN_USAGE), 0);
      return await runCommand(rest, io, secrets);
    }
    if (command === 'map') {
      const { MAP_USAGE, runMapCommand } = await import('../map/command.js');
      if (wantsHelp(rest)) return (io.out(MAP_USAGE), 0);
      const flags = parseFlags(rest, ['config', 'out', 'compare', 'report'], "'launchgate map'");
      const token = io.env.GITHUB_TOKEN ?? '';
      const github = token ? hostServices(io.env, secrets).github(token) : undefined;
      return await runMapCommand(flags, {
        out: (t) => io.out(sanitizeLogText(secrets.redact(t))),
        err: (t) => io.err(sanitizeLogText(secrets.redact(t))),
        cwd: io.cwd,
        checks: (await loadRegistry()).CHECKS,
        github,
        githubMissing: github ? undefined : 'set GITHUB_TOKEN and GITHUB_REPOSITORY to read them',
        writeFile: (file, text) => writeFileNoFollow(file, secrets.redact(text)),
      });
    }
    if (command === 'demo') {
      if (wantsHelp(rest)) return (io.out(DEMO_USAGE), 0);
      parseFlags(rest, [], "'launchgate demo'");
      return await (await import('./demo.js')).runDemo(io);
    }
    if (command === 'init') {
      if (wantsHelp(rest)) return (io.out(INIT_USAGE), 0);
      return (await import('./init.js')).runInit(
        parseFlags(rest, ['force'], "'launchgate init'", { switches: ['force'] }),
        io,
      );
    }
    if (command === 'dashboard')
      return (await import('../checks/uptime/dashboard-command.js')).dashboardCommand(
        parseFlags(
          rest,
          ['history', 'out', 'title', 'alert-after', 'slow-ms', 'slow-after', 'now', 'help'],
          "'launchgate dashboard'",
          { switches: ['help'] },
        ),
        io,
      );
    // Only the named gate is loaded (its name or section, from the list that loads no gate).
    const gates = await gateSummaries();
    const gate = gates.find((g) => g.name === command || g.section === command);
    const check = gate && (await loadGate(gate.name));
    if (!check) {
      const hint = closest(command, [
        ...gates.flatMap((c) => [c.name, c.section]),
        'run',
        'init',
        'demo',
        'dashboard',
        'map',
      ]);
      throw new UserError(
        `Unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ''}. Run 'launchgate --help' for the commands.`,
      );
    }
    if (wantsHelp(rest)) {
      io.out(checkHelp(check));
      return 0;
    }
    const specs: Record<string, InputSpec> = { ...check.inputs, ...COMMON_INPUTS };
    const known = [...Object.keys(specs), 'format'];
    const flags = listFlagsToLines(
      parseRepeatedFlags(rest, known, `'launchgate ${check.name}'`, {
        // A true/false input may stand alone (`--pr-comment` is `--pr-comment true`).
        switches: Object.keys(specs).filter((n) => specs[n].accepted === 'true or false'),
        accepted: (n) => (n === 'format' ? FORMATS.join(', ') : specs[n]?.accepted),
      }),
      specs,
    );
    const format = formatFlag(flags.format);
    delete flags.format;
    const log: Logger = {
      info: (m) => io.err(sanitizeLogText(secrets.redact(m))),
      warning: (m) => io.err(sanitizeLogText(`warning: ${secrets.redact(m)}`)),
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
    const rendered = secrets.redact(render([done], format));
    // Text and markdown on a CI log must not carry workflow commands from untrusted findings.
    io.out(format === 'text' || format === 'markdown' ? sanitizeLogText(rendered) : rendered);
    return done.report.result === 'fail' ? 1 : 0;
  } catch (err) {
    io.err(sanitizeLogText(`launchgate: ${secrets.redact(errorMessage(err))}`));
    return err instanceof UserError ? 2 : 1;
  }
}

async function runCommand(args: string[], io: CliIO, secrets: SecretRegistry): Promise<number> {
  const flags = parseFlags(args, ['config', 'only', 'format', 'report'], "'launchgate run'", {
    accepted: (n) => (n === 'format' ? FORMATS.join(', ') : undefined),
  });
  const format = formatFlag(flags.format);
  const configName = flags.config ?? 'launchgate.yml';
  const configPath = path.resolve(io.cwd, configName);
  const { CHECKS, checkByName } = await loadRegistry();
  // launchgate.yml's reader (YAML) is loaded only by the commands that read it.
  const { loadConfig } = await import('../core/config.js');
  const config = loadConfig(configPath, CHECKS, configName, { deferErrors: true });
  const only = flags.only
    ? flags.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
  const running = new Set<string>();
  const raw = io.errRaw ?? ((text: string) => void process.stderr.write(text));
  // On a terminal one live line says what runs; it is cleared before any log line is printed and drawn again after,
  // so log lines always start at the left margin.
  const clearLine = () => {
    if (io.isTTY) raw('\r\x1b[2K');
  };
  const progress = () => {
    if (io.isTTY) raw(`\r\x1b[2Krunning: ${[...running].join(', ') || 'done'}`);
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
      if (!lines.length) return;
      clearLine();
      io.err(sanitizeLogText(lines.map((l) => `[${check}] ${l}`).join('\n')));
      progress();
    },
  });
  clearLine();
  // A report file is written only when asked for, and never through a link planted at its path.
  const combined = combineReports(config.file, done);
  if (flags.report) {
    const reportPath = path.resolve(io.cwd, flags.report);
    mkdirSync(path.dirname(reportPath), { recursive: true });
    writeFileNoFollow(reportPath, JSON.stringify(combined, null, 2) + '\n');
  }
  const fixes = topFixes(
    done.map((d) => d.report),
    impactsOf(CHECKS),
  );
  if (format === 'text')
    io.out(
      sanitizeLogText(secrets.redact(`${topFixesText(fixes)}\n\n${render(done, 'text')}\n\n${overviewTable(done)}`)),
    );
  else if (format === 'markdown')
    io.out(
      sanitizeLogText(
        secrets.redact(
          `${overviewMarkdown(
            done.map((d) => d.report),
            config.file,
          )}\n${topFixesMarkdown(fixes)}\n${render(done, format)}`,
        ),
      ),
    );
  else io.out(secrets.redact(render(done, format, config.file)));
  return combined.result === 'fail' ? 1 : 0;
}
