// Server only, at build time. The charts load their code late (charts/lazy.ts), and their CSS with
// it; but the server has drawn every chart's first state into the story page, which must be styled
// from the start, with or without JavaScript. Kit links at once only the CSS a page imports
// statically (its match for lazily imported CSS misses with this bundler's chunk names), so the
// lazily loaded CSS is gathered here from the client build, served as one file (routes/
// chart-styles.css) and linked by the story page (hooks.server.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
	file: string;
	css?: string[];
	imports?: string[];
	dynamicImports?: string[];
}

const client = join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output/client');

/**
 * The CSS files that some page's code imports only later, in the order a browser would load them
 * (paths from the site's root, as `_app/immutable/assets/…`).
 */
export function lazyCss(): string[] {
	const file = join(client, '.vite/manifest.json');
	if (!existsSync(file)) return [];
	const chunks = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
	/** The chunks `roots` lead to by static imports (and by dynamic ones too, if `dynamic`). */
	const reach = (roots: string[], dynamic: boolean): string[] => {
		const seen = new Set<string>();
		const visit = (key: string) => {
			if (seen.has(key) || !chunks[key]) return;
			seen.add(key);
			const { imports = [], dynamicImports = [] } = chunks[key];
			[...imports, ...(dynamic ? dynamicImports : [])].forEach(visit);
		};
		roots.forEach(visit);
		return [...seen];
	};
	const cssOf = (keys: string[]) => keys.flatMap((key) => chunks[key]!.css ?? []);
	const lazy = new Set<string>();
	for (const node of Object.keys(chunks).filter((key) => /\/nodes\/\d+\.js$/.test(key))) {
		const eager = reach([node], false);
		const eagerCss = new Set(cssOf(eager));
		const later = reach(
			eager.flatMap((key) => chunks[key]!.dynamicImports ?? []),
			true
		);
		for (const css of cssOf(later)) if (!eagerCss.has(css)) lazy.add(css);
	}
	return [...lazy];
}

/** Every lazily loaded stylesheet, concatenated. */
export function chartStylesheet(): string {
	return lazyCss()
		.map((file) => readFileSync(join(client, file), 'utf8'))
		.join('\n');
}
