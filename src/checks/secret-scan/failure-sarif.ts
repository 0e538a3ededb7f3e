import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckContext, CheckDefinition } from '../../core/check.js';
import { errorMessage } from '../../core/errors.js';
import { buildReport } from '../../core/finding.js';
import { toSarif } from '../../core/sarif.js';

/**
 * A SARIF file that says the scan did not run: the tool, no results, and invocations[0] with
 * executionSuccessful false and the reason as an error notification. github/codeql-action/upload-sarif accepts it,
 * so a failed scan does not also fail the upload step, and code scanning shows the reason (results: none is not
 * a pass: the step itself fails).
 */
export function failureSarif(check: string, reason: string): object {
  const sarif = toSarif([buildReport(check, { findings: [], metrics: {} }, 'error', 0)]) as { runs: object[] };
  return {
    ...sarif,
    runs: sarif.runs.map((run) => ({
      ...run,
      invocations: [
        {
          executionSuccessful: false,
          toolExecutionNotifications: [
            { level: 'error', descriptor: { id: 'could-not-check' }, message: { text: `Could not check: ${reason}` } },
          ],
        },
      ],
    })),
  };
}

/** The check, except that when it throws and the user named a SARIF file, that file says why (redacted). */
export function withFailureSarif<S extends CheckDefinition<any>>(def: S, sarifPath: (inputs: any) => string): S {
  return {
    ...def,
    async run(inputs: any, ctx: CheckContext) {
      try {
        return await def.run(inputs, ctx);
      } catch (err) {
        const where = sarifPath(inputs);
        if (where) writeSarifFile(ctx, where, failureSarif(def.name, errorMessage(err)));
        throw err;
      }
    },
  };
}

/** Writes a SARIF log, redacted, to `where` (relative to the working directory); returns its full path. */
export function writeSarifFile(ctx: CheckContext, where: string, sarif: object): string {
  const file = path.resolve(ctx.cwd, where);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(ctx.secrets.redactDeep(sarif), null, 2) + '\n');
  return file;
}
