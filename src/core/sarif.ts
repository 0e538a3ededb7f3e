import type { Report } from './finding.js';
import { VERSION } from './version.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/** SARIF 2.1.0, one run per check, for github/codeql-action/upload-sarif. Fingerprints go in partialFingerprints. */
export function toSarif(reports: Report[], version = VERSION): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: reports.map((report) => {
      const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))];
      return {
        tool: {
          driver: {
            name: `launchgate ${report.check}`,
            version,
            informationUri: 'https://github.com/launchgate/launchgate',
            rules: ruleIds.map((id) => {
              const first = report.findings.find((f) => f.ruleId === id)!;
              return { id, name: id, shortDescription: { text: first.title } };
            }),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: `${f.title}: ${f.message}` },
          locations: f.file
            ? [
                {
                  physicalLocation: {
                    artifactLocation: { uri: f.file.split('\\').join('/') },
                    ...(f.line
                      ? {
                          region: {
                            startLine: f.line,
                            ...(f.endLine ? { endLine: f.endLine } : {}),
                            ...(f.column ? { startColumn: f.column } : {}),
                          },
                        }
                      : {}),
                  },
                },
              ]
            : [],
          ...(f.fingerprint ? { partialFingerprints: { 'launchgate/v1': f.fingerprint } } : {}),
        })),
      };
    }),
  };
}
