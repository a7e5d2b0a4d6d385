// Prints one plain line "N passed, N failed[, N skipped]" counted from the vitest JSON reports of this run.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['test-results/unit.json', 'test-results/browser.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
let suitesFailed = 0;
for (const file of reports) {
	if (!existsSync(file)) continue;
	const r = JSON.parse(readFileSync(file, 'utf8'));
	passed += r.numPassedTests ?? 0;
	failed += r.numFailedTests ?? 0;
	skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
	// A test file that failed to load runs no test; count it as a failure so it cannot pass unseen.
	suitesFailed += (r.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
}
failed += suitesFailed;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
