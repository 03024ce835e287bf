/**
 * How many space-based interceptors one missile takes: the absentee-ratio model behind the SBI
 * calculator. An interceptor in low orbit can only reach a missile that is still burning if it
 * happens to be close enough when the missile launches, so for every interceptor in reach,
 * many more are elsewhere in their orbits. The chain is: seconds available (burn minus
 * latency) → how far the kill vehicle can fly → the angle on the globe that distance covers →
 * the share of the constellation inside that angle → how many interceptors make one available.
 * Pure; computed in the browser on every input change.
 */
import { formatNumber } from '../../lib/format-number.ts';

/** Mean Earth radius, km. */
export const EARTH_RADIUS_KM = 6371;

/** Standard gravity, m/s², to turn an acceleration given in g into m/s². */
export const STANDARD_GRAVITY = 9.80665;

export interface SbiInputs {
  /** How long the missile's boost lasts, s. */
  burnSeconds: number;
  /** Detection, tracking, decision and launch delay before the kill vehicle starts flying, s. */
  latencySeconds: number;
  /** Kill vehicle's velocity change, km/s. */
  deltaVKms: number;
  /** Kill vehicle's acceleration, in g. */
  accelG: number;
  /** Interceptors' orbital altitude, km. */
  altitudeKm: number;
  /** Altitude of the intercept above the launch point, km. */
  interceptAltKm: number;
  /** Orbital inclination, degrees; null for satellites spread evenly over the whole sphere. */
  inclinationDeg: number | null;
  /** Latitude of the launch point, degrees. */
  launchLatDeg: number;
  /** Missiles launched at once. */
  salvo: number;
  /** Interceptors fired at each missile. */
  shots: number;
}

export interface SbiResult {
  /** Seconds the kill vehicle has to fly: burn − latency (may be ≤ 0). */
  timeAvailableS: number;
  /** Straight-line distance the kill vehicle covers in that time, km. */
  reachKm: number;
  /** That reach measured along the ground: R·θ, km. */
  groundReachKm: number;
  /** Central angle θ from the launch point within which an interceptor can reach, radians. */
  capAngleRad: number;
  /** Share of the constellation within reach at any moment, 0..1. */
  inReachFraction: number;
  /** Interceptors in orbit per interceptor in reach: 1/f; Infinity when f = 0. */
  absenteeRatio: number;
  /** Interceptors in orbit needed for the salvo; null when no interceptor can reach. */
  interceptorsNeeded: number | null;
}

// ---------------------------------------------------------------------------------------------
// The chain, one link at a time
// ---------------------------------------------------------------------------------------------

/**
 * Seconds the kill vehicle has to reach the missile: the boost lasts `burnSeconds`, and the
 * first `latencySeconds` go to detecting, tracking, deciding and launching. May be zero or
 * negative, meaning the boost is over before any interceptor can start.
 */
export function timeAvailable(burnSeconds: number, latencySeconds: number): number {
  return burnSeconds - latencySeconds;
}

/**
 * Straight-line distance, km, a kill vehicle covers in `tSeconds`: it accelerates at `accelG`
 * until it has used its `deltaVKms`, then coasts. Accelerating: d = ½·a·t². After burnout at
 * t_b = Δv/a: d = Δv·t − Δv²/(2a) (the two agree at t_b). Zero when there is no time, no Δv or
 * no thrust. Ignores gravity and the interceptor's own orbital velocity, as the simple model does.
 */
export function killVehicleReachKm(tSeconds: number, deltaVKms: number, accelG: number): number {
  if (!(tSeconds > 0) || !(deltaVKms > 0) || !(accelG > 0)) return 0;
  const accel = accelG * STANDARD_GRAVITY; // m/s²
  const deltaV = deltaVKms * 1000; // m/s
  const burnout = deltaV / accel; // s
  const metres = tSeconds <= burnout ? 0.5 * accel * tSeconds * tSeconds : deltaV * tSeconds - (deltaV * deltaV) / (2 * accel);
  return metres / 1000;
}

/**
 * The largest central angle θ, radians, between an interceptor at altitude `altitudeKm` and a
 * point `interceptAltKm` above the launch site such that the straight line between them is at
 * most `reachKm` (law of cosines on the triangle with Earth's centre). Zero when the reach does
 * not even cover the difference in altitude; π when it reaches the far side of the globe.
 */
export function capAngle(reachKm: number, altitudeKm: number, interceptAltKm: number): number {
  const orbitRadius = EARTH_RADIUS_KM + altitudeKm;
  const interceptRadius = EARTH_RADIUS_KM + interceptAltKm;
  if (!(reachKm > Math.abs(orbitRadius - interceptRadius))) return 0;
  const cosTheta =
    (orbitRadius * orbitRadius + interceptRadius * interceptRadius - reachKm * reachKm) / (2 * orbitRadius * interceptRadius);
  return Math.acos(clamp(cosTheta, -1, 1));
}

/**
 * Share of a constellation spread evenly over the sphere that lies within central angle θ of
 * any point: the area of a spherical cap over the area of the sphere, (1 − cos θ)/2.
 */
export function uniformFraction(capAngleRad: number): number {
  if (!(capAngleRad > 0)) return 0;
  if (capAngleRad >= Math.PI) return 1;
  return (1 - Math.cos(capAngleRad)) / 2;
}

/**
 * Where a constellation of circular orbits at inclination i spends its time: the density per
 * steradian at latitude φ, for evenly spread nodes and phases. A satellite lingers near the
 * turning latitudes ±i, so the density is 1/(2π²·√(sin²i − sin²φ)), which integrates to 1 over
 * the sphere. Zero at and beyond ±i (the edge itself is an integrable singularity).
 * Inclinations above 90° are the same orbits flown retrograde and are folded to 180° − i.
 */
export function inclinedDensity(latRad: number, inclinationRad: number): number {
  const inclination = foldInclination(inclinationRad);
  if (!(Math.abs(latRad) < inclination)) return 0;
  const sinI = Math.sin(inclination);
  const sinLat = Math.sin(latRad);
  const gap = sinI * sinI - sinLat * sinLat;
  return gap > 0 ? 1 / (2 * Math.PI * Math.PI * Math.sqrt(gap)) : 0;
}

/**
 * Share of a constellation at inclination i within central angle θ of a launch point at
 * latitude φ₀: the integral of `inclinedDensity` over the spherical cap. Integrating over
 * latitude, each latitude contributes density × the cap's longitudinal width 2Δλ(φ) × cos φ dφ.
 * Substituting sin φ = sin i · sin u turns density × cos φ dφ into du/(2π²), which removes the
 * singularity at ±i exactly, so f = (1/π²)·∫ Δλ(φ(u)) du. Where the cap wraps a pole, Δλ = π
 * and that stretch integrates in closed form; the rest goes to Gauss–Legendre quadrature after
 * a cosine change of variable that smooths the square-root behaviour at the cap's edges.
 */
export function inclinedFraction(capAngleRad: number, launchLatRad: number, inclinationRad: number): number {
  if (!(capAngleRad > 0)) return 0;
  if (capAngleRad >= Math.PI) return 1;
  const inclination = foldInclination(inclinationRad);
  const launchLat = clamp(launchLatRad, -Math.PI / 2, Math.PI / 2);
  // An equatorial constellation is a single ring: the share is the share of the ring in the cap.
  if (inclination < 1e-9) return capHalfWidth(0, launchLat, capAngleRad) / Math.PI;

  const sinI = Math.sin(inclination);
  const latToU = (lat: number) => Math.asin(clamp(Math.sin(lat) / sinI, -1, 1));
  const lowest = Math.max(launchLat - capAngleRad, -inclination);
  const highest = Math.min(launchLat + capAngleRad, inclination);
  if (!(highest > lowest)) return 0;

  // Latitudes beyond which the cap takes in whole circles of latitude (it contains a pole).
  const fullCircleNorth = launchLat + capAngleRad >= Math.PI / 2 ? Math.PI - launchLat - capAngleRad : Infinity;
  const fullCircleSouth = launchLat - capAngleRad <= -Math.PI / 2 ? -Math.PI - launchLat + capAngleRad : -Infinity;

  let integral = 0; // ∫ Δλ du
  const southEnd = Math.min(highest, fullCircleSouth);
  if (southEnd > lowest) integral += Math.PI * (latToU(southEnd) - latToU(lowest));
  const northStart = Math.max(lowest, fullCircleNorth);
  if (highest > northStart) integral += Math.PI * (latToU(highest) - latToU(northStart));
  const partialStart = Math.max(lowest, fullCircleSouth);
  const partialEnd = Math.min(highest, fullCircleNorth);
  if (partialEnd > partialStart) {
    const halfWidthAtU = (u: number) => capHalfWidth(Math.asin(clamp(sinI * Math.sin(u), -1, 1)), launchLat, capAngleRad);
    integral += integrateSmoothedEdges(halfWidthAtU, latToU(partialStart), latToU(partialEnd));
  }
  return clamp(integral / (Math.PI * Math.PI), 0, 1);
}

/**
 * Interceptors that must be in orbit so that `shots` are in reach of each of `salvo` missiles
 * launched together: salvo × shots × absentee ratio (1/f), rounded up. Null when nothing is in
 * reach (f = 0): no constellation size is enough.
 */
export function interceptorsNeeded(salvo: number, shots: number, fraction: number): number | null {
  if (!(fraction > 0) || !Number.isFinite(fraction)) return null;
  const needed = Math.ceil(salvo * shots * (1 / fraction));
  return Number.isFinite(needed) ? needed : null;
}

/** The whole chain for one set of inputs, every intermediate number included for display. */
export function computeSbi(inputs: SbiInputs): SbiResult {
  const timeAvailableS = timeAvailable(inputs.burnSeconds, inputs.latencySeconds);
  const reachKm = killVehicleReachKm(timeAvailableS, inputs.deltaVKms, inputs.accelG);
  const capAngleRad = capAngle(reachKm, inputs.altitudeKm, inputs.interceptAltKm);
  const inReachFraction =
    inputs.inclinationDeg === null
      ? uniformFraction(capAngleRad)
      : inclinedFraction(capAngleRad, degrees(inputs.launchLatDeg), degrees(inputs.inclinationDeg));
  return {
    timeAvailableS,
    reachKm,
    groundReachKm: EARTH_RADIUS_KM * capAngleRad,
    capAngleRad,
    inReachFraction,
    absenteeRatio: inReachFraction > 0 ? 1 / inReachFraction : Infinity,
    interceptorsNeeded: interceptorsNeeded(inputs.salvo, inputs.shots, inReachFraction),
  };
}

/** Why no interceptor can engage, when none can: the boost is over first, or the height is out of reach. */
export type NoEngagementCause =
  | { kind: 'boost-over'; burnSeconds: number; latencySeconds: number }
  | { kind: 'height'; timeAvailableS: number; reachKm: number; heightGapKm: number; altitudeKm: number; interceptAltKm: number };

/**
 * The cause when `result` has no interceptor able to engage, else null. Two causes exist in the
 * model: no time left (latency ≥ burn), or a kill vehicle whose whole reach is shorter than the
 * height between its orbit and the intercept point, so no position in orbit is close enough.
 */
export function noEngagementCause(inputs: SbiInputs, result: SbiResult): NoEngagementCause | null {
  if (result.interceptorsNeeded !== null) return null;
  if (!(result.timeAvailableS > 0)) return { kind: 'boost-over', burnSeconds: inputs.burnSeconds, latencySeconds: inputs.latencySeconds };
  return {
    kind: 'height',
    timeAvailableS: result.timeAvailableS,
    reachKm: result.reachKm,
    heightGapKm: Math.abs(inputs.altitudeKm - inputs.interceptAltKm),
    altitudeKm: inputs.altitudeKm,
    interceptAltKm: inputs.interceptAltKm,
  };
}

/** How much the answer moves when one input changes by ±`step` (a share, 0.1 = 10 %). */
export interface Sensitivity {
  field: keyof SbiInputs;
  /** Interceptors needed with the input lowered and raised (null: none can engage). */
  lower: number | null;
  higher: number | null;
  /** The larger of the two moves, as a factor ≥ 1 (Infinity when a move leaves none able to engage). */
  factor: number;
}

/** Inputs the sensitivity ranking varies: the continuous physical assumptions (counts scale the answer exactly). */
const VARIED: readonly (keyof SbiInputs)[] = [
  'burnSeconds',
  'latencySeconds',
  'deltaVKms',
  'accelG',
  'altitudeKm',
  'interceptAltKm',
  'inclinationDeg',
  'launchLatDeg',
];

/**
 * Rank the assumptions by how far a ±10 % change in each (kept within its range) moves the number
 * of interceptors needed at these settings, largest first. Empty when nothing can engage now.
 * Which input dominates depends on the settings: near the point where the kill vehicle can only
 * just reach from orbit, the orbit and intercept altitudes (their difference) and the time
 * available decide almost everything.
 */
export function sensitivities(inputs: SbiInputs, step = 0.1): Sensitivity[] {
  const base = computeSbi(inputs).interceptorsNeeded;
  if (base === null) return [];
  const factorOf = (value: number | null) => (value === null ? Infinity : Math.max(value / base, base / value));
  return VARIED.flatMap((field) => {
    const value = inputs[field];
    if (value === null || value === 0) return [];
    const spec = SBI_INPUTS[field];
    const at = (scaled: number) => computeSbi({ ...inputs, [field]: clamp(scaled, spec.min, spec.max) }).interceptorsNeeded;
    const lower = at(value * (1 - step));
    const higher = at(value * (1 + step));
    return [{ field, lower, higher, factor: Math.max(factorOf(lower), factorOf(higher)) }];
  }).sort((a, b) => b.factor - a.factor);
}

// ---------------------------------------------------------------------------------------------
// Inputs: ranges, presets and parsing from the page's URL
// ---------------------------------------------------------------------------------------------

export interface SbiInputSpec {
  /** The input's URL parameter and the page's input id. */
  param: string;
  min: number;
  max: number;
  step: number;
  unit: string;
  label: string;
  /** Shown first ('basic'), or under the page's "More inputs" disclosure. */
  level: 'basic' | 'more';
}

/**
 * Every input of the model, declared once: its URL parameter, range, unit and label. The page
 * builds its inputs from this table, the URL codec reads and writes these parameters, and the
 * registry lists them as the diagram's view parameters.
 */
export const SBI_INPUTS: Record<keyof SbiInputs, SbiInputSpec> = {
  burnSeconds: { param: 'burn-s', min: 30, max: 600, step: 1, unit: 's', label: 'Boost burn time', level: 'basic' },
  latencySeconds: {
    param: 'latency-s',
    min: 0,
    max: 300,
    step: 1,
    unit: 's',
    label: 'Latency before the kill vehicle flies',
    level: 'basic',
  },
  deltaVKms: { param: 'dv-kms', min: 0.5, max: 12, step: 0.1, unit: 'km/s', label: 'Kill-vehicle Δv', level: 'basic' },
  accelG: { param: 'accel-g', min: 1, max: 50, step: 0.5, unit: 'g', label: 'Kill-vehicle acceleration', level: 'more' },
  altitudeKm: { param: 'altitude-km', min: 150, max: 2000, step: 10, unit: 'km', label: 'Orbital altitude', level: 'basic' },
  interceptAltKm: { param: 'intercept-alt-km', min: 0, max: 500, step: 10, unit: 'km', label: 'Intercept altitude', level: 'more' },
  inclinationDeg: { param: 'inclination-deg', min: 1, max: 90, step: 1, unit: '°', label: 'Orbital inclination', level: 'more' },
  launchLatDeg: { param: 'launch-lat', min: -90, max: 90, step: 1, unit: '°', label: 'Launch latitude', level: 'more' },
  salvo: { param: 'salvo', min: 1, max: 100, step: 1, unit: 'missiles', label: 'Missiles launched at once', level: 'basic' },
  shots: { param: 'shots', min: 1, max: 10, step: 1, unit: 'per missile', label: 'Interceptors fired per missile', level: 'more' },
};

/** The model's fields, in the order the page shows them. */
export const SBI_FIELDS = Object.keys(SBI_INPUTS) as (keyof SbiInputs)[];

/**
 * The inputs a reader meets first: the boost, the delay, the kill vehicle's speed, the orbit and
 * the size of the attack, which carry the argument; the rest wait under "More inputs".
 */
export const SBI_BASIC_FIELDS = SBI_FIELDS.filter((field) => SBI_INPUTS[field].level === 'basic');
export const SBI_MORE_FIELDS = SBI_FIELDS.filter((field) => SBI_INPUTS[field].level === 'more');

/** The URL parameters of the model's inputs. */
export const SBI_PARAMS: readonly string[] = SBI_FIELDS.map((field) => SBI_INPUTS[field].param);

/**
 * The assumptions, which no source gives: latency 60 s, Δv 4 km/s, 10 g, orbit at 400 km (CBO
 * reporting gives 300–500 km), intercept at 100 km, inclination 45°, launch latitude 40°
 * (roughly North Korea), one missile, one shot. The burn time is not here: it comes from the
 * sourced boost times in content/diagrams/kill-chain.yaml (defaultInputs).
 */
export const ASSUMED_INPUTS: Readonly<Omit<SbiInputs, 'burnSeconds'>> = Object.freeze({
  latencySeconds: 60,
  deltaVKms: 4,
  accelG: 10,
  altitudeKm: 400,
  interceptAltKm: 100,
  inclinationDeg: 45,
  launchLatDeg: 40,
  salvo: 1,
  shots: 1,
});

/** The default scenario: the assumptions and a sourced boost time (the first fuel's). */
export function defaultInputs(burnSeconds: number): SbiInputs {
  return { burnSeconds, ...ASSUMED_INPUTS };
}

/** A preset: a fuel's sourced boost time, everything else left as set. */
export interface SbiPreset {
  id: string;
  label: string;
  values: Partial<SbiInputs>;
}

/** Presets from the kill chain's fuels (content/diagrams/kill-chain.yaml), so the boost times are declared once. */
export function presetsFromFuels(fuels: readonly { id: string; label: string; boostSeconds: number }[]): SbiPreset[] {
  return fuels.map((fuel) => ({
    id: fuel.id,
    label: `${fuel.label} (${fuel.boostSeconds} s boost)`,
    values: { burnSeconds: fuel.boostSeconds },
  }));
}

/** The value the page puts in `inclination-deg` for satellites spread evenly over the sphere. */
export const EVENLY_SPREAD = 'even';

/** An input's value as the URL and the page's inputs carry it. */
export function inputText(field: keyof SbiInputs, value: number | null): string {
  return field === 'inclinationDeg' && value === null ? EVENLY_SPREAD : String(value);
}

/**
 * Inputs from URL-style strings keyed by parameter. A missing value (null or undefined) takes the
 * default silently, as on a first visit. An empty or malformed value (not a plain finite decimal
 * number) takes the default with a note; an out-of-range value is clamped to the limit with a
 * note naming the field and the limit; a count (missiles, shots) that is not whole is rounded with
 * a note. `inclination-deg` may be "even" for satellites spread evenly over the sphere. Notes
 * never repeat malformed text, so they are safe to show. Never returns NaN or an infinity.
 */
export function clampInputs(
  raw: Record<string, string | null | undefined>,
  defaults: Readonly<SbiInputs>,
): { inputs: SbiInputs; notes: string[] } {
  const inputs: SbiInputs = { ...defaults };
  const notes: string[] = [];
  for (const field of SBI_FIELDS) {
    const spec = SBI_INPUTS[field];
    const text = raw[spec.param];
    if (text === null || text === undefined) continue;
    const trimmed = text.trim();
    if (field === 'inclinationDeg' && trimmed.toLowerCase() === EVENLY_SPREAD) {
      inputs.inclinationDeg = null;
      continue;
    }
    const parsed = parseDecimal(trimmed);
    if (parsed === null) {
      notes.push(
        `${spec.label}: ${trimmed === '' ? 'no value was given' : 'that is not a number'}; using the default, ${formatValue(defaults[field], spec.unit)}.`,
      );
      continue;
    }
    let value = parsed;
    if (value < spec.min) {
      notes.push(
        `${spec.label}: ${givenValue(value, spec.unit)} is below the minimum; using the minimum, ${formatValue(spec.min, spec.unit)}.`,
      );
      value = spec.min;
    } else if (value > spec.max) {
      notes.push(
        `${spec.label}: ${givenValue(value, spec.unit)} is above the maximum; using the maximum, ${formatValue(spec.max, spec.unit)}.`,
      );
      value = spec.max;
    }
    if ((field === 'salvo' || field === 'shots') && !Number.isInteger(value)) {
      const whole = Math.round(value);
      notes.push(`${spec.label}: a count must be whole; using ${formatValue(whole, spec.unit)}.`);
      value = whole;
    }
    inputs[field] = value;
  }
  return { inputs, notes };
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** `value` limited to [min, max]. */
function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Degrees to radians. */
function degrees(value: number): number {
  return (value * Math.PI) / 180;
}

/**
 * Inclination folded into [0, π/2]: an orbit at i > 90° covers the same latitudes as one at
 * 180° − i, flown the other way; the sign of i carries no meaning here.
 */
function foldInclination(inclinationRad: number): number {
  const folded = Math.abs(inclinationRad) % (2 * Math.PI);
  const withinHalfTurn = folded > Math.PI ? 2 * Math.PI - folded : folded;
  return withinHalfTurn > Math.PI / 2 ? Math.PI - withinHalfTurn : withinHalfTurn;
}

/**
 * Half-width in longitude, Δλ in [0, π], of a spherical cap of radius θ centred at latitude φ₀,
 * at latitude φ: from cos θ = sin φ sin φ₀ + cos φ cos φ₀ cos Δλ. At a pole (cos φ cos φ₀ = 0)
 * the cap either holds the whole circle of latitude or none of it.
 */
function capHalfWidth(lat: number, capLat: number, capAngleRad: number): number {
  const numerator = Math.cos(capAngleRad) - Math.sin(lat) * Math.sin(capLat);
  const denominator = Math.cos(lat) * Math.cos(capLat);
  if (denominator < 1e-15) return numerator <= 0 ? Math.PI : 0;
  return Math.acos(clamp(numerator / denominator, -1, 1));
}

/**
 * Gauss–Legendre nodes and weights on [−1, 1], found by Newton's method on the Legendre
 * polynomial (Golub–Welsch would need an eigen-solver; this needs nothing).
 */
function gaussLegendre(order: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let k = 1; k <= order; k++) {
    let x = Math.cos((Math.PI * (k - 0.25)) / (order + 0.5));
    let derivative = 1;
    for (let iteration = 0; iteration < 100; iteration++) {
      let previous = 1;
      let current = x;
      for (let n = 2; n <= order; n++) {
        const next = ((2 * n - 1) * x * current - (n - 1) * previous) / n;
        previous = current;
        current = next;
      }
      derivative = (order * (x * current - previous)) / (x * x - 1);
      const step = current / derivative;
      x -= step;
      if (Math.abs(step) < 1e-15) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * derivative * derivative));
  }
  return { nodes, weights };
}

/** Quadrature rule used for the inclined fraction; 64 points keep it well within 0.1 %. */
const QUADRATURE = gaussLegendre(64);

/**
 * ∫ g(u) du over [a, b] for a g that is smooth inside but may rise like a square root at either
 * end (the cap's edge, or where it starts to hold whole circles of latitude). Substituting
 * u = a + (b − a)(1 − cos s)/2, s ∈ [0, π], makes that behaviour smooth in s, so Gauss–Legendre
 * converges quickly.
 */
function integrateSmoothedEdges(g: (u: number) => number, a: number, b: number): number {
  const half = (b - a) / 2;
  let sum = 0;
  for (let k = 0; k < QUADRATURE.nodes.length; k++) {
    const s = (Math.PI / 2) * (QUADRATURE.nodes[k] + 1);
    sum += QUADRATURE.weights[k] * g(a + half * (1 - Math.cos(s))) * half * Math.sin(s);
  }
  return sum * (Math.PI / 2);
}

/** A plain decimal number ("12", "-3.5", "1e3"), finite; anything else is null. */
function parseDecimal(text: string): number | null {
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** "170 s", "4 km/s", "99,999 s", "−90°", "1 missile", "evenly spread" (for a null inclination): as a reader writes them. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'evenly spread';
  const shown = formatNumber(value, 6);
  if (unit === '°') return `${shown}°`;
  return `${shown} ${value === 1 && unit === 'missiles' ? 'missile' : unit}`;
}

/** Beyond this, a value from the URL is not repeated in a note: its hundreds of digits would say nothing. */
const LARGEST_QUOTED = 1e9;

/** An out-of-range value from the URL as a note names it: its number, or "the value given" when it is absurdly large. */
function givenValue(value: number, unit: string): string {
  return Math.abs(value) < LARGEST_QUOTED ? formatValue(value, unit) : 'the value given';
}
