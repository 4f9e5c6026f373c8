import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The offline edition inlines everything, fonts included, into one HTML file.
const single = process.env.BUILD_MODE === 'single';

// Chromium compiles a function the first time it runs, on the main thread, unless told that a
// file's functions all run soon: then it compiles them as the file downloads, on a background
// thread. Lazily compiled, the charts' code (and the runtime's paths they first take) cost about
// 65 ms of main-thread compiling in a scroll through the story, in the very tasks that start a
// chart or first change its step. The hint must be a script's first line, so it goes in last,
// after minifying (which drops comments) and after Vite's own preamble.
// See https://v8.dev/blog/explicit-compile-hints.
function compileHints(): Plugin {
	return {
		name: 'compile-hints',
		apply: 'build',
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				for (const file of Object.values(bundle))
					if (file.type === 'chunk' && file.fileName.startsWith('_app/immutable/'))
						file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
			}
		}
	};
}

export default defineConfig({
	// The offline file inlines its script after other code, where the hint would be only a comment.
	plugins: [sveltekit(), ...(single ? [] : [compileHints()])],
	build: {
		assetsInlineLimit: single ? () => true : undefined,
		// NO_MINIFY=1 keeps function names, for reading a CPU profile of the built site.
		minify: process.env.NO_MINIFY ? false : undefined,
		// A chart's code, loaded late, imports a few shared modules. Vite would add a <link
		// rel="modulepreload"> to the page for each, in the task that asks for the chart: 1–5 ms a
		// link with the CPU 4× slower, a long task in the middle of a reader's scroll. Without them
		// the browser fetches those modules as it reads the chart's code, one round trip later;
		// the charts load a screen ahead of the reader, or while the page is idle.
		modulePreload: { resolveDependencies: () => [] }
	},
	// The language of an offline build (scripts/build-single.mjs sets it).
	define: { __STORY_LANG__: JSON.stringify(process.env.STORY_LANG ?? 'en') },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
