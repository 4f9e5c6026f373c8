// Bad content fails the build, and the build says where. Unit tests (src/lib/content/parse.test.ts,
// src/lib/data/parse.test.ts) cover the reader; this proves it end to end: each case copies the
// project to a temporary folder, breaks one thing, runs the real `vite build` (whose prerendering
// reads content/ and the datasets) and expects a non-zero exit naming the file and line.
// The builds run side by side; they take a minute or two in all, hence the long timeouts.
import { spawn } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT = 10 * 60_000;
const CHAPTERS = 'content/en/chapters';
const BAD = `${CHAPTERS}/99-bad-input.md`;
const SKIP =
	/^(node_modules|\.git|build.*|\.svelte-kit.*|test-results|playwright-report|bench|artifacts)$/;

interface Expectation {
	file: string;
	line?: number;
	message: RegExp;
}
interface Case {
	name: string;
	/** Breaks the copy in `dir`; returns what the build must say. */
	inject: (dir: string) => Expectation;
}

/** The first step in the story, its chart, and its header split into top-level YAML keys. */
function firstStep() {
	for (const name of readdirSync(join(ROOT, CHAPTERS)).sort()) {
		const lines = readFileSync(join(ROOT, CHAPTERS, name), 'utf8').split(/\r?\n/);
		const scroll = lines.findIndex((line) => /^::::\s*scroll\s+\S+/.test(line));
		const open = lines.findIndex((line, i) => i > scroll && /^:::\s*step\s+\S+/.test(line));
		if (scroll === -1 || open === -1) continue;
		const header = lines.slice(open + 1, lines.indexOf('---', open));
		const keys: { key: string; lines: string[] }[] = [];
		for (const line of header) {
			const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
			if (key) keys.push({ key, lines: [line] });
			else keys.at(-1)?.lines.push(line);
		}
		return {
			chart: /^::::\s*scroll\s+(\S+)/.exec(lines[scroll]!)![1]!,
			id: /^:::\s*step\s+(\S+)/.exec(lines[open]!)![1]!,
			keys
		};
	}
	throw new Error(`no scroll section with a step found in ${CHAPTERS}`);
}

const step = firstStep();
const stateKeys = step.keys.filter(({ key }) => !['description', 'notes', 'prompts'].includes(key));
const stateLines = stateKeys.flatMap(({ lines }) => lines);
const description = 'description: A step that exists only to break the build.';

/** A chapter file, as lines: frontmatter (lines 1–5), a paragraph, then `body`. */
function chapter(
	body: string[],
	frontmatter = [
		'title: Bad input',
		'summary: A chapter made to fail the build.',
		'years: [2000, 2001]'
	]
) {
	return ['---', ...frontmatter, '---', '', 'A paragraph.', '', ...body, ''];
}
/** Writes the bad chapter and returns the 1-based line of the first line that matches `marker`. */
function writeChapter(dir: string, lines: string[], marker: RegExp): number {
	writeFileSync(join(dir, BAD), lines.join('\n'));
	return lines.findIndex((line) => marker.test(line)) + 1;
}

const cases: Case[] = [
	{
		name: 'unknown chart id',
		inject: (dir) => ({
			file: BAD,
			line: writeChapter(dir, chapter([':::: scroll no-such-chart', '::::']), /no-such-chart/),
			message: /unknown chart id "no-such-chart"/
		})
	},
	{
		name: 'duplicate step id',
		inject: (dir) => {
			const lines = chapter([
				`:::: scroll ${step.chart}`,
				'',
				`::: step ${step.id}`,
				...stateLines,
				description,
				'---',
				'Text.',
				':::',
				'',
				'::::'
			]);
			return {
				file: BAD,
				line: writeChapter(dir, lines, /^::: step/),
				message: new RegExp(`duplicate step id "${step.id}"`)
			};
		}
	},
	{
		name: 'missing step id',
		inject: (dir) => {
			const lines = chapter([
				`:::: scroll ${step.chart}`,
				'',
				'::: step',
				...stateLines,
				description,
				'---',
				'Text.',
				':::',
				'',
				'::::'
			]);
			return {
				file: BAD,
				line: writeChapter(dir, lines, /^::: step/),
				message: /step id is missing/
			};
		}
	},
	{
		name: 'a step state the chart does not accept',
		inject: (dir) => {
			const [first, ...rest] = stateKeys;
			if (!first) throw new Error(`the first step of "${step.chart}" has no state keys to spoil`);
			const spoiled = `${first.key}: { not: [a, valid, value] }`;
			const lines = chapter([
				`:::: scroll ${step.chart}`,
				'',
				'::: step bad-input-state',
				spoiled,
				...rest.flatMap(({ lines }) => lines),
				description,
				'---',
				'Text.',
				':::',
				'',
				'::::'
			]);
			return {
				file: BAD,
				line: writeChapter(dir, lines, new RegExp(`^${first.key}:`)),
				message: new RegExp(`step "bad-input-state" \\(chart "${step.chart}"\\): "${first.key}`)
			};
		}
	},
	{
		name: 'missing description',
		inject: (dir) => {
			const lines = chapter([
				`:::: scroll ${step.chart}`,
				'',
				'::: step bad-input-no-description',
				...stateLines,
				'---',
				'Text.',
				':::',
				'',
				'::::'
			]);
			// A missing key is reported at the first line of the step's header.
			const line = writeChapter(dir, lines, /^::: step/) + 1;
			return { file: BAD, line, message: /"description" is missing/ };
		}
	},
	{
		name: 'bad frontmatter',
		inject: (dir) => {
			const lines = chapter(
				[`:::: scroll ${step.chart}`, '::::'],
				['tittle: Bad input', 'summary: A typo in a key.', 'years: [2000, 2001]']
			);
			// zod reports the key it misses ("title") before the one it does not know ("tittle").
			return {
				file: BAD,
				line: writeChapter(dir, lines, /^tittle:/),
				message: /frontmatter: ("title" is missing|it has unknown key\(s\) tittle)/
			};
		}
	},
	{
		name: 'a malformed dataset row',
		inject: (dir) => {
			const file = 'src/lib/data/violent-crime/data.csv';
			const text = readFileSync(join(dir, file), 'utf8');
			const rows = text.trimEnd().split(/\r?\n/).length;
			appendFileSync(
				join(dir, file),
				`${text.endsWith('\n') ? '' : '\n'}2017,not-a-number,5.3,CDE estimate\n`
			);
			return {
				file,
				message: new RegExp(
					`row ${rows + 1}, column "violent_crime_rate" \\(value "not-a-number"\\)`
				)
			};
		}
	}
];

interface Built {
	code: number | null;
	output: string;
	expected: Expectation;
}

const dirs: string[] = [];

/** Copies the project (sources only; node_modules linked), breaks it, builds it. */
async function build(bad: Case): Promise<Built> {
	const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
	dirs.push(dir);
	cpSync(ROOT, dir, {
		recursive: true,
		filter: (source) => !SKIP.test(relative(ROOT, source).split(sep)[0] ?? '')
	});
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	// The site build copies the offline file from SINGLE_DIR: a stub stands in for it.
	mkdirSync(join(dir, 'stub-single'));
	writeFileSync(join(dir, 'stub-single', 'index.html'), '<!doctype html><title>stub</title>');
	const expected = bad.inject(dir);

	const env: NodeJS.ProcessEnv = {
		...process.env,
		BUILD_DIR: 'build',
		KIT_OUT_DIR: '.svelte-kit',
		SINGLE_DIR: 'stub-single',
		FORCE_COLOR: '0',
		NO_COLOR: '1'
	};
	delete env.BUILD_MODE;
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd: dir,
			env
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT - 30_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, output, expected });
		});
	});
}

/** Runs at most `limit` builds at a time (each needs about a core and 700 MB). */
function pool<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R>[] {
	let active = 0;
	const waiting: (() => void)[] = [];
	return items.map(async (item) => {
		if (active >= limit) await new Promise<void>((go) => waiting.push(go));
		active++;
		try {
			return await run(item);
		} finally {
			active--;
			waiting.shift()?.();
		}
	});
}

describe('bad input fails the build and names the file', () => {
	let builds: Map<string, Promise<Built>>;

	beforeAll(() => {
		const limit = Math.max(2, Math.min(4, availableParallelism()));
		const started = pool(cases, limit, build);
		builds = new Map(cases.map((bad, i) => [bad.name, started[i]!]));
	});

	afterAll(async () => {
		await Promise.allSettled(builds?.values() ?? []);
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	}, TIMEOUT);

	for (const bad of cases) {
		test(
			bad.name,
			async () => {
				const { code, output, expected } = await builds.get(bad.name)!;
				const tail = output.slice(-4000);
				expect(code, `the build should fail:\n${tail}`).not.toBe(0);
				const where =
					expected.line === undefined ? expected.file : `${expected.file}:${expected.line}`;
				expect(output, `the build output should name ${where}:\n${tail}`).toContain(where);
				expect(output, `the build output should say what is wrong:\n${tail}`).toMatch(
					expected.message
				);
			},
			TIMEOUT
		);
	}
});
