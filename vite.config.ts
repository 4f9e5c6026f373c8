import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// The offline edition inlines everything, fonts included, into one HTML file.
const single = process.env.BUILD_MODE === 'single';

export default defineConfig({
	plugins: [sveltekit()],
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
