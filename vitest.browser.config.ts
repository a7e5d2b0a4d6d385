import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core drives Debian's chromium against the built app served on localhost. */
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: false,
		reporters: ['default', ['json', { outputFile: 'test-results/browser.json' }]]
	}
});
