import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

// One config, two outputs: the static site (build/) and, with BUILD_MODE=single,
// one self-contained offline file (build-single/) that uses the hash router.
const single = process.env.BUILD_MODE === 'single';
// Separate output folders let several builds run side by side (e.g. KIT_OUT_DIR=.svelte-kit-a BUILD_DIR=build-a).
const buildDir = process.env.BUILD_DIR ?? 'build';
// scripts/build-single.mjs sets SINGLE_DIR_OUT per language.
const singleDir = process.env.SINGLE_DIR_OUT ?? process.env.SINGLE_DIR ?? 'build-single';

/** Outside links open without passing on the page or its address (mdsvex would say only "nofollow"). */
function externalLinks() {
	/** @param {any} node */
	const walk = (node) => {
		if (node.tagName === 'a' && /^https?:/.test(node.properties?.href ?? '')) {
			node.properties.rel = ['noopener', 'noreferrer'];
		}
		node.children?.forEach(walk);
	};
	return walk;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], rehypePlugins: [externalLinks] })],
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
		// A strict Content-Security-Policy. Prerendered pages carry it as <meta http-equiv>, with
		// hashes of kit's inline scripts; frame-ancestors cannot be set by a meta tag.
		// style-src-attr: SSR'd style="" attributes (chart positions, LayerCake's HTML layers).
		// Not for the offline single file: it reads content/ and the CSVs in the browser, and d3-dsv's
		// csvParse compiles its row converter with `new Function`, which only 'unsafe-eval' would allow;
		// opened from file:// its origin is opaque, so 'self' would match nothing there anyway.
		csp: single
			? {}
			: {
					mode: 'hash',
					directives: {
						'default-src': ['self'],
						'script-src': ['self'],
						'style-src': ['self'],
						'style-src-attr': ['unsafe-inline'],
						'img-src': ['self', 'data:'],
						'font-src': ['self', 'data:'],
						'connect-src': ['self'],
						'object-src': ['none'],
						'base-uri': ['self'],
						'form-action': ['none']
					}
				},
		prerender: {
			entries: ['*', '/dev/gallery/', '/present/', '/present/presenter/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
