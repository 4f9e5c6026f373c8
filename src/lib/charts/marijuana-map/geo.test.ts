import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { geoPath } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';
import { RelativePath, shapes } from './geo';
import { rings } from './labels';

/** geoPath's own absolute string ("M x,y L x,y … Z") read as rings. */
const absoluteRings = (d: string) =>
	d
		.split('M')
		.filter(Boolean)
		.map((part) => [...part.matchAll(/(-?\d+),(-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]));

const states = atlas as unknown as Topology<{ states: GeometryCollection }>;
const features = feature(states, states.objects.states).features;
const absolute = geoPath().digits(0);
const relative = (f: (typeof features)[number]) => {
	const d = new RelativePath();
	geoPath(null, d)(f);
	return d.toString();
};

describe('the state outlines, written relative', () => {
	it('hold exactly the points of geoPath’s absolute path at whole units', () => {
		for (const f of features) expect(rings(relative(f))).toEqual(absoluteRings(absolute(f) ?? ''));
	});

	it('separate numbers by a sign or a space, never run two together', () => {
		const d = new RelativePath();
		d.moveTo(10.4, 20.6);
		d.lineTo(14, 21);
		d.lineTo(12, 18);
		d.lineTo(13, 18);
		d.closePath();
		d.moveTo(1, 1);
		d.lineTo(2, 2);
		d.closePath();
		expect(d.toString()).toBe('M10,21l4,0-2,-3 1,0zM1,1l1,1z');
		expect(rings(d.toString())).toEqual([
			[
				[10, 21],
				[14, 21],
				[12, 18],
				[13, 18]
			],
			[
				[1, 1],
				[2, 2]
			]
		]);
	});

	it('take at most three quarters of the absolute path’s bytes', () => {
		const length = (write: (f: (typeof features)[number]) => string) =>
			features.reduce((n, f) => n + write(f).length, 0);
		expect(length(relative)).toBeLessThan(0.75 * length((f) => absolute(f) ?? ''));
	});

	it('are what the map draws', () => {
		for (const shape of shapes) expect(shape.d).toMatch(/^(M-?\d+,-?\d+l[-\d, ]+z)+$/);
	});
});
