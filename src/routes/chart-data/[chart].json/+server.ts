// One file per chart: the rows of every dataset it draws, and their sources. The story page leaves
// these out of its HTML (they were a third of it); a chart fetches its file when its section wakes.
import { error } from '@sveltejs/kit';
import { chartContracts } from '$lib/charts/contracts';
import { chartPayload } from '$lib/story-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	Object.keys(chartContracts).map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	if (!chartContracts[params.chart]) error(404, `No chart ${params.chart}`);
	return Response.json(chartPayload(params.chart));
};
