// The share card (Open Graph / Twitter image), drawn at build time: satori lays out the title,
// dek and a small line chart as SVG (text as paths), resvg rasterises it to a 1200×630 PNG.
// Server only: it reads font files from node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const CARD = { width: 1200, height: 630 } as const;

export interface CardInput {
	title: string;
	dek: string;
	/** A small line above the title, e.g. "Set in August 2017". */
	kicker: string;
	/** The series to draw, in order of x. */
	points: { x: number; y: number }[];
	/** What the line shows and where it comes from. */
	caption: string;
	/** Labels under the first and last point. */
	from: string;
	to: string;
}

// Colours from src/app.css (the card cannot read CSS custom properties).
const PAPER = '#fdfcf9';
const INK = '#1b1b1b';
const MUTED = '#595959';
const GRID = '#e3e0d8';
const IMMIGRATION = '#0072b2';

/** The SVG path of a line through `points`, scaled into a width × height box (y grows down). */
export function linePath(
	points: { x: number; y: number }[],
	width: number,
	height: number
): string {
	if (points.length === 0) return '';
	const xs = points.map((p) => p.x);
	const x0 = Math.min(...xs);
	const x1 = Math.max(...xs);
	const y1 = Math.max(0, ...points.map((p) => p.y));
	const sx = (x: number) => (x1 === x0 ? 0 : ((x - x0) / (x1 - x0)) * width);
	const sy = (y: number) => (y1 === 0 ? height : height - (y / y1) * height);
	return points
		.map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`)
		.join('');
}

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(file));

function fonts() {
	return [
		{
			name: 'Source Serif 4',
			data: font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'),
			weight: 700 as const,
			style: 'normal' as const
		},
		{
			name: 'Public Sans',
			data: font('@fontsource/public-sans/files/public-sans-latin-400-normal.woff'),
			weight: 400 as const,
			style: 'normal' as const
		},
		{
			name: 'Public Sans',
			data: font('@fontsource/public-sans/files/public-sans-latin-600-normal.woff'),
			weight: 600 as const,
			style: 'normal' as const
		}
	];
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, props: Record<string, unknown>, ...children: unknown[]): Node => ({
	type,
	props: { ...props, children: children.length === 1 ? children[0] : children }
});

/** The card as a satori element tree. */
export function cardTree(input: CardInput): Node {
	const chart = { width: 1072, height: 150 };
	const d = linePath(input.points, chart.width, chart.height);
	return h(
		'div',
		{
			style: {
				width: CARD.width,
				height: CARD.height,
				boxSizing: 'border-box',
				display: 'flex',
				flexDirection: 'column',
				background: PAPER,
				color: INK,
				padding: '52px 64px 40px',
				borderTop: `12px solid ${IMMIGRATION}`,
				fontFamily: 'Public Sans'
			}
		},
		h(
			'div',
			{
				style: {
					fontSize: 22,
					fontWeight: 600,
					color: MUTED,
					textTransform: 'uppercase',
					letterSpacing: 2
				}
			},
			input.kicker
		),
		h(
			'div',
			{
				style: {
					fontFamily: 'Source Serif 4',
					fontWeight: 700,
					fontSize: 68,
					lineHeight: 1.08,
					marginTop: 14
				}
			},
			input.title
		),
		h(
			'div',
			{
				style: {
					fontSize: 26,
					lineHeight: 1.4,
					color: MUTED,
					marginTop: 18,
					width: chart.width
				}
			},
			input.dek
		),
		h(
			'div',
			{
				style: { display: 'flex', flexDirection: 'column', marginTop: 'auto', width: chart.width }
			},
			h(
				'div',
				{ style: { fontSize: 18, fontWeight: 600, color: INK, marginBottom: 8 } },
				input.caption
			),
			h(
				'svg',
				{
					width: chart.width,
					height: chart.height + 4,
					viewBox: `0 -2 ${chart.width} ${chart.height + 4}`
				},
				h('line', {
					x1: 0,
					x2: chart.width,
					y1: chart.height,
					y2: chart.height,
					stroke: GRID,
					'stroke-width': 2
				}),
				h('path', {
					d: `${d}L${chart.width},${chart.height}L0,${chart.height}Z`,
					fill: IMMIGRATION,
					'fill-opacity': 0.12
				}),
				h('path', {
					d,
					fill: 'none',
					stroke: IMMIGRATION,
					'stroke-width': 4,
					'stroke-linejoin': 'round'
				})
			),
			h(
				'div',
				{
					style: {
						display: 'flex',
						justifyContent: 'space-between',
						fontSize: 18,
						color: MUTED,
						marginTop: 6
					}
				},
				h('span', {}, input.from),
				h('span', {}, input.to)
			)
		)
	);
}

/** Renders the card to PNG bytes. */
export async function renderCard(input: CardInput): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(cardTree(input) as Parameters<typeof satori>[0], {
		width: CARD.width,
		height: CARD.height,
		fonts: fonts()
	});
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng();
	return new Uint8Array(png);
}
