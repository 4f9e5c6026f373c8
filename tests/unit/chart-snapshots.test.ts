// Every chart at every step of the story, rendered on the server and compared with a committed
// file snapshot (as Observable Plot does): numbers rounded, and a -changed file written on a mismatch.
// UPDATE_SNAPSHOTS=1 rewrites them.
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { charts } from '$lib/charts';
import { storyPageData } from '$lib/story-data';

const page = storyPageData('en');
const cases = page.story.chapters.flatMap((chapter) =>
	chapter.blocks.flatMap((block) =>
		block.kind === 'scroll' ? block.steps.map((step) => ({ chart: block.chart, step })) : []
	)
);

/** Stable text: rounded numbers, no hydration markers or scoped-style hashes. */
export function normalize(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/\s*svelte-[a-z0-9]+/g, '')
		.replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
		.replace(/></g, '>\n<');
}

describe('chart snapshots', () => {
	it.each(cases.filter((c) => charts[c.chart]))('$chart at step $step.id', ({ chart, step }) => {
		const module = charts[chart]!;
		const sources = page.chartDatasets[chart]!.map((id) => page.sources[id]!);
		const { body } = render(module.component, {
			props: { data: page.data, state: step.state, stepId: step.id, sources }
		});
		const actual = normalize(body);
		const file = join('tests', 'snapshots', chart, `${step.id}.html`);
		const changed = file.replace(/\.html$/, '-changed.html');
		if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, actual);
		}
		const expected = readFileSync(file, 'utf8');
		if (actual === expected) {
			if (existsSync(changed)) unlinkSync(changed);
		} else {
			writeFileSync(changed, actual);
		}
		expect(actual, `${file} changed: compare with ${changed}`).toBe(expected);
		expect(actual).toContain(`data-chart="${chart}"`);
		expect(actual).toContain(`data-step="${step.id}"`);
	});
});
