// How wide a chart label will be, without a DOM: the advance widths of Public Sans semibold at
// 13 px (--chart-font-strong), measured in Chromium. Pure, so label layout can run on the server
// and in tests. Wider glyphs fall back to a capital's width, so estimates err on the wide side.

const WIDTHS: Record<string, number> = {
	' ': 3.04,
	'.': 3.24,
	',': 3.39,
	':': 3.24,
	';': 3.39,
	'-': 5.02,
	'–': 7.48,
	'“': 5.88,
	'”': 5.81,
	'’': 3.22,
	"'": 3.32,
	'(': 4.15,
	')': 4.21,
	'§': 6.53,
	'%': 12,
	'/': 5,
	'0': 8.18,
	'1': 5.44,
	'2': 8.03,
	'3': 8.44,
	'4': 8.37,
	'5': 8.57,
	'6': 8.36,
	'7': 7.99,
	'8': 8.59,
	'9': 8.36,
	a: 7.28,
	b: 7.84,
	c: 7.09,
	d: 7.84,
	e: 7.44,
	f: 5.15,
	g: 8.14,
	h: 7.61,
	i: 3.35,
	j: 3.59,
	k: 7.43,
	l: 4.12,
	m: 11.46,
	n: 7.61,
	o: 7.42,
	p: 7.83,
	q: 7.83,
	r: 5.23,
	s: 6.73,
	t: 5.25,
	u: 7.65,
	v: 6.67,
	w: 10.2,
	x: 7.5,
	y: 7.16,
	z: 6.36,
	I: 3.85,
	J: 5.14,
	M: 11.74,
	W: 12.5
};
const CAPITAL = 9.4;
/** The line height of --chart-font (13 px × 1.3). */
export const LINE_HEIGHT = 17;

/** Estimated width in px of one line of label text, with a small margin for rendering differences. */
export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += WIDTHS[char] ?? CAPITAL;
	return Math.ceil(width * 1.04);
}

/** Breaks text into lines no wider than `max` px (a single long word keeps its own line). */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
