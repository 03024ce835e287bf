/**
 * The explorable's globe: one moment of a constellation drawn on an orthographic globe, with the
 * reach cap around the launch point. Pure geometry on top of d3-geo; the component draws it.
 */
import { geoCircle, geoDistance, geoOrthographic, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';

/** A small, seeded random number generator (mulberry32): the same "moment" on every render. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Sub-satellite points [longitude, latitude] (degrees) of `count` satellites on circular orbits
 * of inclination `inclinationDeg` with random nodes and phases, or spread evenly over the sphere
 * when the inclination is null.
 */
export function constellationPoints(count: number, inclinationDeg: number | null, seed = 14186): [number, number][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    if (inclinationDeg === null) {
      const z = 2 * random() - 1;
      return [360 * random() - 180, (Math.asin(z) * 180) / Math.PI];
    }
    const i = (inclinationDeg * Math.PI) / 180;
    const node = 2 * Math.PI * random();
    const u = 2 * Math.PI * random();
    const lat = Math.asin(Math.sin(i) * Math.sin(u));
    const lon = node + Math.atan2(Math.cos(i) * Math.sin(u), Math.cos(u));
    const lonDeg = (((((lon * 180) / Math.PI + 180) % 360) + 360) % 360) - 180;
    return [lonDeg, (lat * 180) / Math.PI];
  });
}

/** Whether a point is within `capAngleRad` (central angle) of the centre. */
export function insideCap(point: [number, number], centre: [number, number], capAngleRad: number): boolean {
  return geoDistance(point, centre) <= capAngleRad;
}

/** The globe's drawing size (its SVG viewBox is size × size). */
export const GLOBE_SIZE = 360;

/** The view that centres a launch point, tilted so that more of the sky above it shows. */
export function initialGlobeRotation(launch: readonly [number, number]): [number, number] {
  return [-launch[0], -launch[1] + 15];
}

export interface GlobeView {
  /** [λ, φ] rotation of the globe in degrees (d3-geo's `rotate`, without roll). */
  rotation: [number, number];
  size: number;
}

/** The orthographic projection for a view; the globe fills `size` with a small margin. */
export function globeProjection(view: GlobeView) {
  return geoOrthographic()
    .rotate([view.rotation[0], view.rotation[1], 0])
    .translate([view.size / 2, view.size / 2])
    .scale(view.size / 2 - 4)
    .clipAngle(90)
    .precision(0.5);
}

/**
 * SVG path data of any GeoJSON object in a view ('' when nothing is visible). One decimal is a
 * tenth of a pixel at the globe's size and makes the land outline about 40% smaller than d3's
 * default of three.
 */
export function globePath(view: GlobeView, object: GeoPermissibleObjects): string {
  return geoPath(globeProjection(view)).digits(1)(object) ?? '';
}

/** The reach cap as GeoJSON: a circle of `capAngleRad` around the launch point. */
export function capPolygon(centre: [number, number], capAngleRad: number) {
  return geoCircle()
    .center(centre)
    .radius(Math.max((capAngleRad * 180) / Math.PI, 0.01))
    .precision(2)();
}

/** Project points, keeping only those on the visible hemisphere. */
export function visiblePoints(view: GlobeView, points: readonly [number, number][]): { x: number; y: number; index: number }[] {
  const projection = globeProjection(view);
  const centre: [number, number] = [-view.rotation[0], -view.rotation[1]];
  return points.flatMap((point, index) => {
    if (geoDistance(point, centre) > Math.PI / 2) return [];
    const projected = projection(point);
    return projected ? [{ x: Math.round(projected[0] * 10) / 10, y: Math.round(projected[1] * 10) / 10, index }] : [];
  });
}

/** Round every coordinate of a land FeatureCollection to `digits` decimals, to keep the file small. */
export function roundCoordinates(collection: FeatureCollection<Geometry>, digits = 1): FeatureCollection<Geometry> {
  const factor = 10 ** digits;
  const round = (value: unknown): unknown =>
    Array.isArray(value)
      ? typeof value[0] === 'number'
        ? value.map((n: number) => Math.round(n * factor) / factor)
        : value.map(round)
      : value;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      type: 'Feature',
      properties: {},
      geometry: { ...feature.geometry, coordinates: round((feature.geometry as { coordinates: unknown }).coordinates) } as Geometry,
    })),
  };
}
