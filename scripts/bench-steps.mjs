// npm run bench:steps: the main thread's work for each chart's step changes, chart by chart. It
// serves build/ on loopback, opens the story at 390×844 with the CPU throttled 4× (as the bench's
// scroll test), visits every step once so that each chart is live, then moves through each
// section's steps backwards and forwards, 900 ms apart, and traces the page's main thread. It prints,
// per chart: the step changes, the main thread's busy time per change (the step itself, and the
// frames of its glides and fades), the tasks over 50 ms and the longest task.
//
// Steadier than the bench's scroll, whose count moves with the machine: each change here is the
// same jump, in the same order, with the page at rest before it. It never fails on a figure.
//
// usage: node scripts/bench-steps.mjs [--port 4182] [--only removals|speech] [--reps 1] [--reduced-motion]
//   Build first (npm run build). --only keeps the steps whose id matches a regular expression;
//   --reps N moves through the steps N times; --reduced-motion compares the page without motion.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { option, serveBuild } from './bench-common.mjs';
import { launch } from './browser.mjs';

const args = process.argv.slice(2);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
const PORT = Number(option('port', 4182));
const ONLY = option('only', null);
const REPS = Number(option('reps', 1));
const REDUCED = args.includes('--reduced-motion');
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Between two step changes: a glide (650 ms) and its fades are over. */
const REST_MS = 900;

if (!existsSync(join(BUILD_DIR, 'index.html')))
	throw new Error(`${BUILD_DIR}/index.html is missing: npm run build first`);

await serveBuild({ dir: BUILD_DIR, port: PORT });

const browser = await launch();
const context = await browser.newContext({
	viewport: { width: 390, height: 844 },
	hasTouch: true,
	isMobile: true,
	reducedMotion: REDUCED ? 'reduce' : 'no-preference'
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
await page.waitForLoadState('networkidle');
await page.waitForTimeout(4000);

/** Each scroll section's chart and step ids, in reading order. */
const sections = await page.evaluate(() =>
	[...document.querySelectorAll('.scrolly')].map((section) => ({
		chart: section.querySelector('[data-chart]')?.getAttribute('data-chart') ?? '?',
		steps: [...section.querySelectorAll('.step')].map((step) => step.id)
	}))
);
const only = ONLY ? new RegExp(ONLY) : null;
const show = async (id) => {
	await page.evaluate((stepId) => document.getElementById(stepId)?.scrollIntoView(), id);
	await page.waitForTimeout(REST_MS);
};

// Every chart live first: its code loaded, its first drawing replaced.
for (const { steps } of sections) for (const id of steps) await show(id);

const traceDir = mkdtempSync(join(tmpdir(), 'bench-steps-'));
const rows = [];
for (const [i, { chart, steps }] of sections.entries()) {
	const chosen = steps.filter((id) => !only || only.test(id));
	if (chosen.length < 2) continue;
	await show(chosen.at(-1));
	const path = join(traceDir, `${i}.json`);
	await browser.startTracing(page, { path, categories: ['toplevel'] });
	let changes = 0;
	for (let rep = 0; rep < REPS; rep++) {
		// Back to the first step, then forward to the last: every change, in both directions.
		for (const id of [...chosen].reverse().slice(1).concat(chosen.slice(1))) {
			await show(id);
			changes++;
		}
	}
	await browser.stopTracing();
	const trace = JSON.parse(readFileSync(path, 'utf8'));
	const events = trace.traceEvents ?? trace;
	const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
	const tasks = events
		.filter(
			(e) =>
				e.pid === main.pid &&
				e.tid === main.tid &&
				e.ph === 'X' &&
				e.name === 'ThreadControllerImpl::RunTask'
		)
		.map((e) => e.dur / 1000);
	rows.push({
		chart,
		from: chosen[0],
		changes,
		busyPerChange: Math.round(tasks.reduce((sum, ms) => sum + ms, 0) / changes),
		over50: tasks.filter((ms) => ms > 50).length,
		longest: Math.round(Math.max(0, ...tasks))
	});
}
await browser.close();
rmSync(traceDir, { recursive: true, force: true });

const pad = (value, width) => String(value).padStart(width);
console.log(
	`Step changes at 390×844, CPU 4× slower, ${REDUCED ? 'reduced motion' : 'motion allowed'}, ${REST_MS} ms apart${ONLY ? `, steps matching /${ONLY}/` : ''}`
);
console.log(
	'chart            first step                        changes  busy per change  tasks > 50 ms  longest'
);
for (const row of rows)
	console.log(
		`${row.chart.padEnd(15)}  ${row.from.padEnd(32)}  ${pad(row.changes, 7)}  ${pad(`${row.busyPerChange} ms`, 15)}  ${pad(row.over50, 13)}  ${pad(`${row.longest} ms`, 7)}`
	);
const total = rows.reduce((sum, row) => sum + row.over50, 0);
console.log(`tasks over 50 ms in all: ${total}`);
process.exit(0);
