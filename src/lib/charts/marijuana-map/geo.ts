// The US states as SVG paths, from us-atlas's pre-projected (Albers USA, Alaska and Hawaii inset)
// TopoJSON. Computed at build time on the server (and in the offline edition's bundle); the story
// page receives the finished paths as data. A null projection draws the projected coordinates as they are.
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { geoPath, type GeoContext } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';
import type { StateShape } from './frame';

export { LABEL_AT, VIEW, type StateShape } from './frame';

type States = Topology<{ states: GeometryCollection<{ name: string }> }>;
// Points that span under one square atlas unit (the map is drawn at or below that scale) are
// dropped: half the path data, the same outlines on screen.
const MIN_AREA = 1;
const topology = simplify(
	presimplify(structuredClone(atlas) as unknown as States),
	MIN_AREA
) as unknown as States;
const path = geoPath();

/**
 * geoPath's drawing context, writing whole atlas units, each point relative to the one before
 * ("M648,492l4,0 1,0z"): the same outlines as geoPath's absolute string at `digits(0)`, in about
 * two thirds of the bytes (gzipped too), which the page's HTML and the map's data carry.
 */
export class RelativePath implements GeoContext {
	private d = '';
	private at: [number, number] = [0, 0];
	private start: [number, number] = [0, 0];
	private drawingLines = false;

	/** Part of the canvas-like interface geoPath expects; a path string needs nothing here. */
	beginPath() {}

	moveTo(x: number, y: number) {
		this.at = this.start = [Math.round(x), Math.round(y)];
		this.d += `M${this.at[0]},${this.at[1]}`;
		this.drawingLines = false;
	}

	lineTo(x: number, y: number) {
		const to: [number, number] = [Math.round(x), Math.round(y)];
		const dx = to[0] - this.at[0];
		const dy = to[1] - this.at[1];
		// After the first "l" the letter repeats itself; a minus sign separates as well as a space.
		this.d += `${this.drawingLines ? (dx < 0 ? '' : ' ') : 'l'}${dx},${dy}`;
		this.at = to;
		this.drawingLines = true;
	}

	closePath() {
		this.d += 'z';
		this.at = this.start;
		this.drawingLines = false;
	}

	arc() {
		throw new Error('RelativePath draws outlines, not points');
	}

	toString() {
		return this.d;
	}
}

export const shapes: StateShape[] = feature(topology, topology.objects.states).features.map((f) => {
	const d = new RelativePath();
	geoPath(null, d)(f);
	return {
		name: f.properties?.name ?? '',
		d: d.toString(),
		centroid: path.centroid(f) as [number, number]
	};
});
