// Prints the run's totals as one plain line ("Tests: N passed, N failed, N skipped") that any CI log reader
// understands, and keeps it in a file so .ci/run can repeat it as its closing line.
import { mkdirSync, writeFileSync } from 'node:fs';

export default class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } = results;
    const failed = numFailedTests + numRuntimeErrorTestSuites;
    const line = `Tests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped`;
    process.stdout.write(`\n${line}\n`);
    mkdirSync('node_modules/.cache/launchgate', { recursive: true });
    writeFileSync('node_modules/.cache/launchgate/test-totals.txt', `${line}\n`);
  }
}
