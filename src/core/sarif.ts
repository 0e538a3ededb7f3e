import { titleAndMessage, type Finding, type Report } from './finding.js';
import { VERSION } from './version.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/**
 * The workflow file of the running job (`.github/workflows/x.yml`), from GITHUB_WORKFLOW_REF
 * (`owner/repo/.github/workflows/x.yml@refs/heads/main`); undefined outside Actions.
 */
export function workflowFile(env: NodeJS.ProcessEnv): string | undefined {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
  return m?.[1];
}

export interface SarifOptions {
  version?: string;
  /**
   * Where a finding that names no file is placed (a could-not-check, a DNS record): the config file or the
   * workflow file. GitHub rejects a whole upload when a result has no location, or a location without a line.
   */
  fallbackFile?: string;
}

function location(f: Finding, fallbackFile: string) {
  const uri = (f.file ?? fallbackFile).split('\\').join('/');
  const line = f.file && f.line ? f.line : 1;
  return {
    physicalLocation: {
      artifactLocation: { uri },
      region: {
        startLine: line,
        ...(f.file && f.endLine && f.endLine >= line ? { endLine: f.endLine } : {}),
        ...(f.file && f.line && f.column ? { startColumn: f.column } : {}),
      },
    },
  };
}

/**
 * SARIF 2.1.0, one run per check, for github/codeql-action/upload-sarif. Fingerprints go in partialFingerprints.
 * Every result has exactly one location with a start line, as GitHub's code scanning requires.
 */
export function toSarif(reports: Report[], opts: SarifOptions = {}): object {
  const fallbackFile = opts.fallbackFile ?? workflowFile(process.env) ?? 'launchgate.yml';
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: reports.map((report) => {
      const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))];
      return {
        tool: {
          driver: {
            name: `launchgate ${report.check}`,
            version: opts.version ?? VERSION,
            informationUri: 'https://github.com/launchgate/launchgate',
            rules: ruleIds.map((id) => {
              const first = report.findings.find((f) => f.ruleId === id)!;
              return { id, name: id, shortDescription: { text: first.title } };
            }),
          },
        },
        // One category per check, so that GitHub keeps each check's alerts apart when several runs are uploaded.
        automationDetails: { id: `launchgate/${report.check}/` },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: titleAndMessage(f) },
          locations: [location(f, fallbackFile)],
          ...(f.fingerprint ? { partialFingerprints: { 'launchgate/v1': f.fingerprint } } : {}),
        })),
      };
    }),
  };
}
