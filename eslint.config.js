// ESLint (run by `npm run check`): TypeScript and Svelte, plus the architecture's one rule for views.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** Under src/routes: no SQL, no engine. Views ask the live simulation for figures (src/lib/state/figures.svelte.ts). */
const VIEWS_ASK_FOR_FIGURES = {
	'no-restricted-imports': [
		'error',
		{
			patterns: [
				{
					group: ['$lib/db/*', '$lib/sql/*', '**/db/coordinator', '**/sql/*'],
					message: 'Views never see the engine or SQL: ask for figures (Figures, live.ask).'
				}
			],
			paths: [{ name: '$lib/state/live.svelte', importNames: ['EVAL_TABLES'], message: 'Table names stay in src/lib.' }]
		}
	],
	'no-restricted-syntax': [
		'error',
		{
			selector: 'Literal[value=/\\b(SELECT|INSERT|UPDATE|DELETE|CREATE)\\b[\\s\\S]*\\b(FROM|INTO|TABLE|SET)\\b/]',
			message: 'No SQL under src/routes.'
		},
		{
			selector: 'TemplateElement[value.raw=/\\b(SELECT|INSERT|UPDATE|DELETE|CREATE)\\b[\\s\\S]*\\b(FROM|INTO|TABLE|SET)\\b/]',
			message: 'No SQL under src/routes.'
		},
		{ selector: "MemberExpression[property.name='coordinator']", message: 'Views never see the coordinator: use Figures or live.ask.' }
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
			// The app is served from any folder (static files, offline): its links are relative on purpose.
			'svelte/no-navigation-without-resolve': 'off',
			// A Map or Set built inside a $derived is a local value, not state.
			'svelte/prefer-svelte-reactivity': 'off',
			// `{' '}` keeps a space Svelte would otherwise trim between inline elements.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	// The column kernels' hot loops accumulate with comma-sequenced assignments on purpose (one statement per row).
	{ files: ['src/lib/fast/**/*.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
	{ files: ['src/routes/**/*.svelte', 'src/routes/**/*.ts'], rules: VIEWS_ASK_FOR_FIGURES },
	{ ignores: ['build/', 'build-*/', '.svelte-kit/', '.svelte-kit-*/', 'node_modules/', 'static/', 'datasets/', 'test-results/', 'tmp-*/'] }
);
