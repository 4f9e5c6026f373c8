// The share card named by the story's og:image and twitter:image, drawn once at build time
// from the story's own title and dek and the removals series (src/lib/share/card.ts).
import { loadStory } from '$lib/content';
import { loadDataset, loadSource } from '$lib/data';
import { renderCard } from '$lib/share/card';

export const prerender = true;

export async function GET() {
	const { meta } = loadStory('en');
	const rows = loadDataset('removals') as { year: number; removals: number }[];
	const source = loadSource('removals');
	const png = await renderCard({
		kicker: `Set in ${meta.setIn}`,
		title: meta.title,
		dek: meta.dek,
		points: rows.map((row) => ({ x: row.year, y: row.removals })),
		caption: `Removals per fiscal year · ${source.credit}`,
		from: `FY${rows[0]!.year}`,
		to: `FY${rows.at(-1)!.year}`
	});
	return new Response(png, {
		headers: { 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
}
