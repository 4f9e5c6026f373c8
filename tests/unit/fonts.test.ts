// The subset fonts in src/lib/fonts/files/ (made by scripts/subset-fonts.mjs): up to date with
// the words, missing no character the site draws, and named as the serif's licence requires.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCodePoints, readNames } from '../../scripts/fonts/sfnt.mjs';
import {
	FACES,
	originalOf,
	outputDir,
	siteCharacters,
	subsetFace,
	unpack
} from '../../scripts/fonts/subset.mjs';

const REGENERATE = 'run `npm run fonts` and commit src/lib/fonts/files/';
const committed = (file: string) => readFileSync(join(outputDir, file));
// What the fonts were cut to; the script writes it beside them.
const characters = committed('characters.txt').toString('utf8').trimEnd();

test('the fonts keep every character the words and the code use', () => {
	const missing = [...siteCharacters()].filter((char) => !characters.includes(char));
	expect(missing, REGENERATE).toEqual([]);
});

describe.each(FACES)('$file', (face) => {
	test('is the subset the script makes of those characters', async () => {
		const made = await subsetFace(face, characters);
		expect(made.equals(committed(face.file)), REGENERATE).toBe(true);
	});

	test('draws every character the site uses that the original font draws', async () => {
		const kept = readCodePoints(await unpack(committed(face.file)));
		const original = readCodePoints(await unpack(originalOf(face)));
		const lost = [...characters].filter(
			(char) => original.has(char.codePointAt(0)!) && !kept.has(char.codePointAt(0)!)
		);
		expect(lost).toEqual([]);
		// And it is a subset: far fewer characters than the original's.
		expect(kept.size).toBeLessThan(original.size * 0.6);
	});

	test('keeps the copyright notice and the licence', async () => {
		const names = readNames(await unpack(committed(face.file)));
		const text = (id: number) => names.find((name) => name.nameId === id)?.text ?? '';
		expect(text(0)).toMatch(/Copyright|©/);
		expect(text(14)).toMatch(/scripts\.sil\.org/);
	});
});

// SIL OFL 1.1, condition 3: no Modified Version may use a Reserved Font Name. Source Serif 4
// reserves "Source"; its copyright notice (name 0) must still say so, and the description
// (name 10) names the original as attribution.
test.each(FACES.filter((face) => face.rename))(
	'$file does not carry the Reserved Font Name',
	async (face) => {
		const names = readNames(await unpack(committed(face.file)));
		expect(names.find((name) => name.nameId === 0)?.text).toContain('Reserved Font Name');
		const named = names.filter((name) => name.nameId !== 0 && name.nameId !== 10);
		expect(named.filter((name) => /Source/.test(name.text))).toEqual([]);
		expect(names.find((name) => name.nameId === 1)?.text).toBe('Story Serif');
	}
);
