// Plain lines any CI log reader understands: one per test file as it finishes ("[3/16] PASS file: 5 passed,
// 0 failed (12.3 s)"), so a long run shows progress, and the run's totals as the closing line
// ("Tests: N passed, N failed, N skipped"), kept in a file so .ci/run can repeat it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export default class PlainSummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.total = 0;
    this.finished = 0;
  }

  onRunStart(results) {
    this.total = results.numTotalTestSuites;
  }

  onTestResult(test, result) {
    this.finished++;
    const file = path.relative(this.rootDir, test.path);
    const failed = result.numFailingTests + (result.testExecError ? 1 : 0);
    const seconds = ((result.perfStats.end - result.perfStats.start) / 1000).toFixed(1);
    process.stdout.write(
      `[${this.finished}/${this.total}] ${failed ? 'FAIL' : 'PASS'} ${file}: ${result.numPassingTests} passed, ${failed} failed, ${result.numPendingTests + result.numTodoTests} skipped (${seconds} s)\n`,
    );
  }

  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } = results;
    const failed = numFailedTests + numRuntimeErrorTestSuites;
    const line = `Tests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped`;
    process.stdout.write(`\n${line}\n`);
    mkdirSync('node_modules/.cache/launchgate', { recursive: true });
    writeFileSync('node_modules/.cache/launchgate/test-totals.txt', `${line}\n`);
  }
}
