// A jest reporter that ends the run with one plain line, `jest: N passed, N failed, N skipped`,
// which CI systems that read closing lines understand (jest's own summary is not in that form).
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = PlainSummaryReporter;
