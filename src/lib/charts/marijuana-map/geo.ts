// The US states as SVG paths, from us-atlas's pre-projected (Albers USA, Alaska and Hawaii inset)
// TopoJSON. Computed at build time on the server (and in the offline edition's bundle); the story
// page receives the finished paths as data. A null projection draws the projected coordinates as they are.
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { geoPath } from 'd3-geo';
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
const path = geoPath().digits(0);

export const shapes: StateShape[] = feature(topology, topology.objects.states).features.map(
	(f) => ({
		name: f.properties?.name ?? '',
		d: path(f) ?? '',
		centroid: path.centroid(f) as [number, number]
	})
);
