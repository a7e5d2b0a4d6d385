import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core drives Debian's chromium against the built app served on localhost. */
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: false,
		reporters: ['default', ['json', { outputFile: 'test-results/browser.json' }]]
	}
});
