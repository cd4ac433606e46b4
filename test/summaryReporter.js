'use strict';

// CI reads a closing "N passed, N failed" line; jest's own summary is worded differently.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const { numPassedTests, numFailedTests, numPendingTests } = results;
		const skipped = numPendingTests ? `, ${numPendingTests} skipped` : '';
		process.stdout.write(`jest: ${numPassedTests} passed, ${numFailedTests} failed${skipped}\n`);
	}
}

module.exports = SummaryReporter;
