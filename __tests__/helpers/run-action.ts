import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
  message: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Every byte the step exposed (logs, outputs, summary, report file), less the ::add-mask:: commands the runner consumes. */
  everything: string;
  tempDir: string;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  eventName?: string;
  event?: object;
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseCommands(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const a: Annotation = { level: m[1] as Annotation['level'], message: unescapeData(m[3]) };
    for (const prop of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = prop.indexOf('=');
      const key = prop.slice(0, eq);
      const value = unescapeProp(prop.slice(eq + 1));
      if (key === 'file') a.file = value;
      else if (key === 'line') a.line = Number(value);
      else if (key === 'endLine') a.endLine = Number(value);
      else if (key === 'col') a.col = Number(value);
      else if (key === 'title') a.title = value;
    }
    out.push(a);
  }
  return out;
}

export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

/** Runs dist/<action>/index.js the way the GitHub runner does, and collects everything it produced. */
export async function runAction(action: string, opts: RunOptions = {}): Promise<ActionRun> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), `lg-${action}-`));
  const outputFile = path.join(tempDir, 'output');
  const summaryFile = path.join(tempDir, 'summary');
  const eventFile = path.join(tempDir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tempDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: opts.cwd ?? tempDir,
    GITHUB_REPOSITORY: 'acme/ops-app',
    RUNNER_TEMP: tempDir,
    ...opts.env,
  };
  // The runner upper-cases names and keeps hyphens: INPUT_FAIL-ON.
  for (const [name, value] of Object.entries(opts.inputs ?? {}))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const script = path.join(ROOT, 'dist', action, 'index.js');
  const child = spawn(process.execPath, [script], { cwd: opts.cwd ?? tempDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120000);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  clearTimeout(timer);
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  const summary = readFileSync(summaryFile, 'utf8');
  let reportText = '';
  if (outputs.report) {
    try {
      reportText = readFileSync(outputs.report, 'utf8');
    } catch {
      reportText = '';
    }
  }
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    annotations: parseCommands(stdout),
    everything: [
      stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      stderr,
      JSON.stringify(outputs),
      summary,
      reportText,
    ].join('\n'),
    tempDir,
  };
}

/** Runs the bundled CLI. */
export async function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      RUNNER_TEMP: mkdtempSync(path.join(os.tmpdir(), 'lg-cli-')),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return { exitCode, stdout, stderr };
}
