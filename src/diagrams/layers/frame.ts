/**
 * The curved frame of the layered defense diagram: a side view across the curve of the Earth.
 *
 * Diagram coordinates are schematic, not physical: `range` runs from 0 (left edge) to 1 (right
 * edge) along the ground, and `height` from 0 (the ground) to 1 (the top of the frame). The frame
 * projects them onto an arc of a circle (the Earth's surface) and radial lines, so that "up" is
 * always away from the Earth's centre. Heights are exaggerated many times over the ground
 * distances; the page says so.
 */
import { round } from '../../lib/numbers.ts';

/** A point in diagram coordinates. */
export interface FramePoint {
  range: number;
  height: number;
}

/** A point in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** Sizes of one layout of the diagram (the wide and narrow layouts differ). */
export interface FrameSize {
  /** viewBox width. */
  width: number;
  /** viewBox height. */
  height: number;
  /** Radius of the Earth's surface in user units; larger is flatter. */
  earthRadius: number;
  /** How many user units height = 1 spans above the ground. */
  skyDepth: number;
  /** Space below the ground at the middle of the frame (for the Earth's fill). */
  groundMargin: number;
  /** Blank margin kept at each side, so marks at range 0 or 1 are not cut. */
  sideMargin: number;
}

export interface Frame {
  size: FrameSize;
  /** Centre of the Earth (far below the viewBox). */
  centre: Point;
  /** Half the angle the frame spans, in radians. */
  halfAngle: number;
  /** Diagram coordinates → SVG user units. */
  project(point: FramePoint): Point;
  /** Angle (radians, 0 = straight up) of a range. */
  angleAt(range: number): number;
  /** Radius (from the Earth's centre) of a height. */
  radiusAt(height: number): number;
}

/** Build the projection for one layout. */
export function createFrame(size: FrameSize): Frame {
  const groundTop = size.height - size.groundMargin;
  const centre = { x: size.width / 2, y: groundTop + size.earthRadius };
  const usableHalfWidth = size.width / 2 - size.sideMargin;
  const topRadius = size.earthRadius + size.skyDepth;
  if (usableHalfWidth <= 0 || usableHalfWidth >= topRadius) {
    throw new RangeError('The frame needs 0 < width/2 - sideMargin < earthRadius + skyDepth.');
  }
  // The widest part of the frame is its top (the radial edges fan out), so fit the top arc.
  const halfAngle = Math.asin(usableHalfWidth / topRadius);
  const angleAt = (range: number) => -halfAngle + 2 * halfAngle * range;
  const radiusAt = (height: number) => size.earthRadius + height * size.skyDepth;
  return {
    size,
    centre,
    halfAngle,
    angleAt,
    radiusAt,
    project({ range, height }) {
      const angle = angleAt(range);
      const radius = radiusAt(height);
      return { x: centre.x + radius * Math.sin(angle), y: centre.y - radius * Math.cos(angle) };
    },
  };
}

/**
 * An SVG path of the arc at `height` from `fromRange` to `toRange` (an orbit, the top of the
 * atmosphere, the ground), drawn with the SVG arc command so it is exact at any size.
 */
export function arcPath(frame: Frame, height: number, fromRange = 0, toRange = 1): string {
  const start = frame.project({ range: fromRange, height });
  const end = frame.project({ range: toRange, height });
  const radius = round(frame.radiusAt(height));
  const largeArc = Math.abs(frame.angleAt(toRange) - frame.angleAt(fromRange)) > Math.PI ? 1 : 0;
  const sweep = toRange > fromRange ? 1 : 0;
  return `M${round(start.x)},${round(start.y)}A${radius},${radius} 0 ${largeArc} ${sweep} ${round(end.x)},${round(end.y)}`;
}

/**
 * A band between two heights and two ranges (a phase band, the atmosphere): a closed path of two
 * arcs joined by radial lines.
 */
export function bandPath(frame: Frame, fromRange: number, toRange: number, lowHeight: number, highHeight: number): string {
  const outerStart = frame.project({ range: fromRange, height: highHeight });
  const outerEnd = frame.project({ range: toRange, height: highHeight });
  const innerEnd = frame.project({ range: toRange, height: lowHeight });
  const innerStart = frame.project({ range: fromRange, height: lowHeight });
  const outer = round(frame.radiusAt(highHeight));
  const inner = round(frame.radiusAt(lowHeight));
  return [
    `M${round(outerStart.x)},${round(outerStart.y)}`,
    `A${outer},${outer} 0 0 1 ${round(outerEnd.x)},${round(outerEnd.y)}`,
    `L${round(innerEnd.x)},${round(innerEnd.y)}`,
    `A${inner},${inner} 0 0 0 ${round(innerStart.x)},${round(innerStart.y)}`,
    'Z',
  ].join('');
}
