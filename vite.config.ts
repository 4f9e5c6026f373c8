import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// The offline edition inlines everything, fonts included, into one HTML file.
const single = process.env.BUILD_MODE === 'single';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		assetsInlineLimit: single ? () => true : undefined,
		// NO_MINIFY=1 keeps function names, for reading a CPU profile of the built site.
		minify: process.env.NO_MINIFY ? false : undefined
	},
	// The language of an offline build (scripts/build-single.mjs sets it).
	define: { __STORY_LANG__: JSON.stringify(process.env.STORY_LANG ?? 'en') },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
