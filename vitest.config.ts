import { defineConfig } from 'vitest/config';

/** Unit and DuckDB-Wasm integration tests, in Node. Browser tests have their own config. */
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]]
	}
});
