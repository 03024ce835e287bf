/**
 * The world's land (Natural Earth via the world-atlas package, 1:110m), as GeoJSON with rounded
 * coordinates: drawn on the explorable's globe at build time and served to the browser as
 * /data/land-110m.json for turning it.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import land110m from 'world-atlas/land-110m.json';
import { roundCoordinates } from './globe.ts';

export function getLand(): FeatureCollection<Geometry> {
  const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
  return roundCoordinates(feature(topology, topology.objects.land) as FeatureCollection<Geometry>, 1);
}
