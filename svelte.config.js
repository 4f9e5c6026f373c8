import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

// One config, two outputs: the static site (build/) and, with BUILD_MODE=single,
// one self-contained offline file (build-single/) that uses the hash router.
const single = process.env.BUILD_MODE === 'single';
// Separate output folders let several builds run side by side (e.g. KIT_OUT_DIR=.svelte-kit-a BUILD_DIR=build-a).
const buildDir = process.env.BUILD_DIR ?? 'build';
const singleDir = process.env.SINGLE_DIR ?? 'build-single';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	kit: {
		adapter: adapter(
			single
				? { pages: singleDir, assets: singleDir, fallback: 'index.html', strict: false }
				: { pages: buildDir, assets: buildDir, strict: true }
		),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		files: single ? { routes: 'src/routes-offline' } : {},
		output: single ? { bundleStrategy: 'inline' } : {},
		router: single ? { type: 'hash' } : {},
		prerender: {
			entries: ['*', '/dev/gallery/', '/offline/story.html', '/present/', '/present/presenter/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
