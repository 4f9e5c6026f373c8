import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __STORY_LANG__: 'readonly' }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			// Story HTML is rendered from our own Markdown at build time, never from user input.
			'svelte/no-at-html-tags': 'off',
			// Relative links keep the export working under any sub-path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Arrows point one way: src never imports tests or scripts.
		files: ['src/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: ['**/tests/**', '**/scripts/**'] }]
		}
	},
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'bench/',
			'artifacts/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'content/**/*.md',
			// Scratch scripts, never committed.
			'scripts/.tmp-*'
		]
	}
);
