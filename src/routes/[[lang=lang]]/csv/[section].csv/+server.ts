// The CSV download under each scroll section: exactly the rows its table shows. On the website a
// file, so the story's HTML does not carry every table twice; offline, a data: link (ChartNotes).
import { error } from '@sveltejs/kit';
import { languages } from '$lib/content';
import { toCsv } from '$lib/charts/shared/table';
import { storyPageData } from '$lib/story-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	languages.flatMap((lang) =>
		Object.keys(storyPageData(lang).notes).map((section) => ({
			lang: lang === 'en' ? undefined : lang,
			section
		}))
	);

export const GET: RequestHandler = ({ params }) => {
	const notes = storyPageData(params.lang ?? 'en').notes[params.section];
	if (!notes) error(404, `No scroll section ${params.section}`);
	return new Response(toCsv(notes.table.columns, notes.table.rows), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
