// The site's five font files, cut down to the characters the site uses and the OpenType features
// a browser applies to Latin text (plus tabular figures, which the CSS asks for). The Latin files
// from @fontsource hold about 220 glyphs each; the site draws 115 (characters.txt).
//
// Source Serif 4's licence (SIL OFL 1.1) reserves the name "Source": a modified version, a subset
// included, must not carry it. So the serif is renamed Story Serif, in the file and in the CSS.
// Public Sans reserves no name and keeps its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import wawoff2 from 'wawoff2';
import { withNames } from './sfnt.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outputDir = join(root, 'src', 'lib', 'fonts', 'files');
const require = createRequire(import.meta.url);

const SERIF_NAME = {
	from: /Source Serif 4|SourceSerif4/g,
	to: (found) => (found.includes(' ') ? 'Story Serif' : 'StorySerif'),
	description:
		'Source Serif 4 by Adobe, cut down to the characters one website uses and renamed, ' +
		"as the licence's Reserved Font Name requires."
};

export const FACES = [
	{ source: 'source-serif-4/files/source-serif-4-latin-400-normal.woff2', rename: SERIF_NAME },
	{ source: 'source-serif-4/files/source-serif-4-latin-400-italic.woff2', rename: SERIF_NAME },
	{ source: 'source-serif-4/files/source-serif-4-latin-700-normal.woff2', rename: SERIF_NAME },
	{ source: 'public-sans/files/public-sans-latin-400-normal.woff2' },
	{ source: 'public-sans/files/public-sans-latin-600-normal.woff2' }
].map((face) => ({
	...face,
	// source-serif-4-latin-400-normal.woff2 → story-serif-400-normal.woff2
	file: face.source.split('/').pop().replace('source-serif-4', 'story-serif').replace('-latin', '')
}));

// What Chromium, Firefox and Safari apply to Latin text by default, and `tabular-nums`.
const FEATURES = 'ccmp locl mark mkmk rlig rvrn calt clig curs dist kern liga rclt tnum'.split(' ');

// harfbuzz keeps names 0–6 unless told; 7–25 hold the licence, its URL and the designers.
const NAMES_KEPT = Array.from({ length: 26 }, (_, id) => id);

// Printable ASCII, the no-break space and the punctuation a writer reaches for, whether or not the
// words use them yet; then every other character found in the project's words and code.
const ALWAYS = ' \u00a0‘’“”–—…·•×−′″§';
const SCANNED = ['content', 'src', 'static'];
const TEXT_FILES = new Set('.md .svelte .ts .js .json .csv .css .html .txt'.split(' '));

/** The characters the fonts keep, sorted: the union of ALWAYS, printable ASCII and the words. */
export function siteCharacters() {
	const found = new Set(ALWAYS);
	for (let c = 0x20; c <= 0x7e; c++) found.add(String.fromCharCode(c));
	for (const dir of SCANNED) {
		for (const file of walk(join(root, dir))) {
			if (file.startsWith(outputDir) || !TEXT_FILES.has(extname(file))) continue;
			for (const char of readFileSync(file, 'utf8')) if (char >= ' ') found.add(char);
		}
	}
	found.delete('\u007f');
	return [...found].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join('');
}

/** One face, subset to `characters` and renamed where its licence asks: the woff2 bytes. */
export async function subsetFace(face, characters) {
	const original = originalOf(face);
	let sfnt = Buffer.from(
		await subsetFont(original, characters, {
			targetFormat: 'sfnt',
			keepFeatures: FEATURES,
			preserveNameIds: NAMES_KEPT
		})
	);
	if (face.rename) {
		const { from, to, description } = face.rename;
		sfnt = withNames(
			sfnt,
			(record) => (record.nameId === 0 ? undefined : record.text.replace(from, to)),
			[{ nameId: 10, text: description }]
		);
	}
	return Buffer.from(await wawoff2.compress(sfnt));
}

/** The sfnt inside woff2 bytes, for reading its names and character map. */
export async function unpack(woff2) {
	return Buffer.from(await wawoff2.decompress(woff2));
}

/** The original @fontsource file of a face. */
export function originalOf(face) {
	return readFileSync(require.resolve(`@fontsource/${face.source}`));
}

export function projectPath(file) {
	return relative(root, file);
}

function* walk(dir) {
	for (const entry of readdirSync(dir)) {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) yield* walk(path);
		else yield path;
	}
}
