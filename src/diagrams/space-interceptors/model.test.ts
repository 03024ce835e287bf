import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { killChainSchema } from '../../lib/schema/kill-chain.ts';
import {
  noEngagementCause,
  sensitivities,
  defaultInputs,
  presetsFromFuels,
  EARTH_RADIUS_KM,
  SBI_FIELDS,
  SBI_INPUTS,
  SBI_PARAMS,
  STANDARD_GRAVITY,
  capAngle,
  clampInputs,
  computeSbi,
  inclinedDensity,
  inclinedFraction,
  interceptorsNeeded,
  killVehicleReachKm,
  timeAvailable,
  uniformFraction,
  type SbiInputs,
} from './model.ts';
import { seededRandom } from './globe.ts';

const DEG = Math.PI / 180;

/** The seeded PRNG the globe uses (mulberry32), so the Monte Carlo and fuzz tests are deterministic. */
const mulberry32 = seededRandom;

/** The sourced boost times, as the page gets them (content/diagrams/kill-chain.yaml). */
const { fuels } = killChainSchema.parse(parseYaml(readFileSync('content/diagrams/kill-chain.yaml', 'utf8')));
const DEFAULT_INPUTS = defaultInputs(fuels[0].boostSeconds);
const SBI_PRESETS = presetsFromFuels(fuels);
const INPUT_IDS = Object.fromEntries(SBI_FIELDS.map((field) => [field, SBI_INPUTS[field].param])) as Record<keyof SbiInputs, string>;
const FIELDS_BY_INPUT_ID = Object.fromEntries(SBI_FIELDS.map((field) => [SBI_INPUTS[field].param, field])) as Record<
  string,
  keyof SbiInputs
>;
const clamp = (raw: Record<string, string | null | undefined>) => clampInputs(raw, DEFAULT_INPUTS);

/** Inputs at their defaults with some fields changed. */
function withInputs(changes: Partial<SbiInputs>): SbiInputs {
  return { ...DEFAULT_INPUTS, ...changes };
}

describe('timeAvailable', () => {
  it.each([
    [170, 60, 110], // solid fuel: 170 − 60 = 110 s
    [250, 60, 190], // liquid fuel: 250 − 60 = 190 s
    [60, 60, 0], // the boost ends as the kill vehicle could start
    [30, 90, -60], // 30 − 90 = −60: over before it starts
  ])('burn %i s, latency %i s → %i s', (burn, latency, expected) => {
    expect(timeAvailable(burn, latency)).toBe(expected);
  });
});

describe('killVehicleReachKm', () => {
  // a = 10 g = 98.0665 m/s²; Δv = 4 km/s = 4000 m/s; burnout at 4000 / 98.0665 = 40.7886 s.
  const burnout = 4000 / (10 * STANDARD_GRAVITY);

  it.each([
    // Accelerating: ½ · 9.80665 · 10² = 490.3325 m (burnout at 4000 / 9.80665 = 407.9 s is far off).
    ['accelerating, 1 g for 10 s', 10, 4, 1, 0.4903325],
    // Accelerating: ½ · 98.0665 · 20² = 19 613.3 m (20 s < 40.79 s).
    ['accelerating, 10 g for 20 s', 20, 4, 10, 19.6133],
    // Coasting: 4000 · 110 − 4000² / (2 · 98.0665) = 440 000 − 81 577.297 = 358 422.703 m.
    ['coasting, solid-fuel default (110 s)', 110, 4, 10, 358.422703],
    // Coasting: 1000 · 100 − 1000² / (2 · 49.03325) = 100 000 − 10 197.162 = 89 802.838 m.
    ['coasting, 1 km/s at 5 g for 100 s', 100, 1, 5, 89.802838],
  ])('%s', (_name, t, deltaV, accel, expectedKm) => {
    expect(killVehicleReachKm(t, deltaV, accel)).toBeCloseTo(expectedKm, 5);
  });

  it('is continuous where acceleration gives way to coasting', () => {
    // At burnout both formulas give Δv²/(2a) = 4000² / 196.133 = 81 577.297 m.
    expect(killVehicleReachKm(burnout, 4, 10)).toBeCloseTo(81.577297, 5);
    const before = killVehicleReachKm(burnout - 1e-6, 4, 10);
    const after = killVehicleReachKm(burnout + 1e-6, 4, 10);
    expect(after - before).toBeGreaterThan(0);
    expect(after - before).toBeLessThan(1e-5); // 2 µs at ≤ 4 km/s is ≤ 8 mm = 8e-6 km
  });

  it.each([
    ['no time', 0, 4, 10],
    ['negative time', -30, 4, 10],
    ['no Δv', 100, 0, 10],
    ['no thrust', 100, 4, 0],
  ])('is zero with %s', (_name, t, deltaV, accel) => {
    expect(killVehicleReachKm(t, deltaV, accel)).toBe(0);
  });
});

describe('capAngle', () => {
  it.each([
    // d equal to the altitude difference, 400 − 100 = 300 km: straight down, θ = 0.
    ['d = |h − hᵢ|', 300, 400, 100, 0],
    ['d below |h − hᵢ|', 200, 400, 100, 0],
    ['no reach', 0, 400, 100, 0],
    // Both on the ground, d = R√2: cos θ = (R² + R² − 2R²) / (2R²) = 0, θ = π/2.
    ['right angle on the ground', EARTH_RADIUS_KM * Math.SQRT2, 0, 0, Math.PI / 2],
    // Both on the ground, d = R: an equilateral triangle, θ = π/3.
    ['equilateral on the ground', EARTH_RADIUS_KM, 0, 0, Math.PI / 3],
    // cos θ = (6771² + 6471² − 1000²) / (2 · 6771 · 6471) = (45 846 441 + 41 873 841 − 1 000 000) / 87 630 282
    //       = 0.9896155, θ = 0.1442398 rad (919 km on the ground).
    ['1000 km from 400 km to 100 km', 1000, 400, 100, 0.1442398],
    // Farther than 6771 + 6471 = 13 242 km: everything is in reach.
    ['d beyond the far side', 20_000, 400, 100, Math.PI],
    ['d exactly the far side', 13_242, 400, 100, Math.PI],
  ])('%s', (_name, d, h, hi, expected) => {
    expect(capAngle(d, h, hi)).toBeCloseTo(expected, 6);
  });
});

describe('uniformFraction', () => {
  it.each([
    [0, 0],
    [Math.PI / 3, 0.25], // (1 − ½) / 2
    [Math.PI / 2, 0.5], // a hemisphere
    [Math.PI, 1],
    [4, 1], // beyond π: still everything
  ])('θ = %f → %f', (theta, expected) => {
    expect(uniformFraction(theta)).toBeCloseTo(expected, 12);
  });
});

describe('reach geometry at its limits', () => {
  it.each([
    ['burn equal to latency', 60, 60],
    ['burn shorter than latency', 100, 160],
  ])('%s: nothing can engage', (_name, burn, latency) => {
    const result = computeSbi(withInputs({ burnSeconds: burn, latencySeconds: latency }));
    expect(result.timeAvailableS).toBe(burn - latency);
    expect(result.reachKm).toBe(0);
    expect(result.groundReachKm).toBe(0);
    expect(result.capAngleRad).toBe(0);
    expect(result.inReachFraction).toBe(0);
    expect(result.absenteeRatio).toBe(Infinity);
    expect(result.interceptorsNeeded).toBeNull();
  });

  it('with a reach too short to descend from orbit to the intercept, nothing can engage', () => {
    // 1 s at 1 g covers 4.9 m, far short of the 300 km between 400 km and 100 km altitude.
    const result = computeSbi(withInputs({ burnSeconds: 61, latencySeconds: 60, accelG: 1 }));
    expect(result.reachKm).toBeCloseTo(0.0049, 4);
    expect(result.inReachFraction).toBe(0);
    expect(result.interceptorsNeeded).toBeNull();
  });

  it.each([null, 45, 90])('with a reach past the far side (inclination %s), one interceptor per shot is enough', (inclinationDeg) => {
    const result = computeSbi(withInputs({ burnSeconds: 1000, deltaVKms: 100, accelG: 1000, inclinationDeg, salvo: 3, shots: 2 }));
    expect(result.capAngleRad).toBe(Math.PI);
    expect(result.groundReachKm).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(result.inReachFraction).toBe(1);
    expect(result.absenteeRatio).toBe(1);
    expect(result.interceptorsNeeded).toBe(6);
  });
});

describe('inclinedDensity', () => {
  /**
   * ∫ ρ dΩ = ∫ ρ(φ) · 2π cos φ dφ over (−i, i). Substituting φ = i · sin v (v ∈ (−π/2, π/2))
   * cancels the 1/√ singularity at ±i against dφ = i cos v dv, so a midpoint rule converges.
   * This is a different substitution from the model's, so it checks the normalisation itself.
   */
  function sphereIntegral(inclinationRad: number, steps = 20_000): number {
    let sum = 0;
    const h = Math.PI / steps;
    for (let k = 0; k < steps; k++) {
      const v = -Math.PI / 2 + (k + 0.5) * h;
      const lat = inclinationRad * Math.sin(v);
      sum += inclinedDensity(lat, inclinationRad) * 2 * Math.PI * Math.cos(lat) * inclinationRad * Math.cos(v);
    }
    return sum * h;
  }

  it.each([5, 30, 45, 63.4, 83, 90])('integrates to 1 over the sphere at i = %f° (within 0.1 %)', (inclination) => {
    expect(Math.abs(sphereIntegral(inclination * DEG) - 1)).toBeLessThan(1e-3);
  });

  it('is zero at and beyond the turning latitudes, and folds i > 90°', () => {
    expect(inclinedDensity(45 * DEG, 45 * DEG)).toBe(0);
    expect(inclinedDensity(50 * DEG, 45 * DEG)).toBe(0);
    expect(inclinedDensity(-50 * DEG, 45 * DEG)).toBe(0);
    expect(inclinedDensity(20 * DEG, 97 * DEG)).toBe(inclinedDensity(20 * DEG, 83 * DEG));
  });

  it('is 1/(2π² sin i) at the equator and rises towards ±i', () => {
    // At φ = 0: 1 / (2π² · sin 45°) = 1 / (19.7392 · 0.70711) = 0.071645 per steradian.
    expect(inclinedDensity(0, 45 * DEG)).toBeCloseTo(0.071645, 5);
    expect(inclinedDensity(40 * DEG, 45 * DEG)).toBeGreaterThan(inclinedDensity(20 * DEG, 45 * DEG));
  });
});

describe('inclinedFraction', () => {
  it.each([
    [45, 40],
    [90, 0],
    [10, -80],
  ])('a cap of π holds the whole constellation (i = %i°, launch at %i°)', (inclination, lat) => {
    expect(inclinedFraction(Math.PI, lat * DEG, inclination * DEG)).toBe(1);
  });

  it('a cap just short of π holds all but a sliver, which checks the quadrature sums to 1', () => {
    expect(inclinedFraction(Math.PI - 1e-9, 17 * DEG, 40 * DEG)).toBeCloseTo(1, 4);
    // A pole-centred cap reaching 10° south of the equator holds everything at i = 10°.
    expect(inclinedFraction(100 * DEG, 90 * DEG, 10 * DEG)).toBeCloseTo(1, 9);
  });

  it.each([
    // Launch at 60° with a 5° cap: the cap spans 55°..65°, all beyond i = 45°.
    [5, 60, 45],
    [5, -60, 45],
    [1, 89, 80],
    [0, 40, 45],
  ])('a cap of %f° at latitude %f° entirely beyond i = %f° holds nothing', (theta, lat, inclination) => {
    expect(inclinedFraction(theta * DEG, lat * DEG, inclination * DEG)).toBe(0);
  });

  it('for polar orbits at the equator is near, but below, the evenly spread share', () => {
    // Polar orbits bunch at the poles: at the equator their density is 1/(2π²) against 1/(4π)
    // for an even spread, a ratio of 2/π ≈ 0.64 for small caps.
    for (const theta of [1, 5, 10, 20]) {
      const ratio = inclinedFraction(theta * DEG, 0, 90 * DEG) / uniformFraction(theta * DEG);
      expect(ratio).toBeGreaterThan(0.6);
      expect(ratio).toBeLessThan(1);
    }
  });

  it('is the same north and south, and for i and 180° − i', () => {
    expect(inclinedFraction(10 * DEG, 40 * DEG, 45 * DEG)).toBeCloseTo(inclinedFraction(10 * DEG, -40 * DEG, 45 * DEG), 12);
    expect(inclinedFraction(12 * DEG, 70 * DEG, 97 * DEG)).toBeCloseTo(inclinedFraction(12 * DEG, 70 * DEG, 83 * DEG), 12);
  });

  it('grows with the cap', () => {
    let previous = 0;
    for (let theta = 0.5; theta < 180; theta += 0.5) {
      const fraction = inclinedFraction(theta * DEG, 40 * DEG, 45 * DEG);
      expect(fraction).toBeGreaterThanOrEqual(previous);
      previous = fraction;
    }
  });

  /**
   * A simulated constellation: satellites on circular orbits of inclination i with uniformly
   * random node Ω and argument of latitude u. Latitude φ = asin(sin i sin u), longitude
   * λ = Ω + atan2(cos i sin u, cos u). Counts the share within central angle θ of the launch
   * point. The constellation looks the same from every longitude, so each satellite is tested
   * against eight launch longitudes 45° apart: each count is unbiased, and together they give
   * several times the samples for the price of one constellation.
   */
  function simulatedFraction(inclinationDeg: number, launchLatDeg: number, capDeg: number, satellites: number, seed: number): number {
    const random = mulberry32(seed);
    const sinI = Math.sin(inclinationDeg * DEG);
    const cosI = Math.cos(inclinationDeg * DEG);
    const sinLat0 = Math.sin(launchLatDeg * DEG);
    const cosLat0 = Math.cos(launchLatDeg * DEG);
    const cosCap = Math.cos(capDeg * DEG);
    const launchLongitudes = Array.from({ length: 8 }, (_, k) => (k * Math.PI) / 4);
    let inside = 0;
    for (let k = 0; k < satellites; k++) {
      const node = 2 * Math.PI * random();
      const u = 2 * Math.PI * random();
      const sinU = Math.sin(u);
      const lat = Math.asin(sinI * sinU);
      const lon = node + Math.atan2(cosI * sinU, Math.cos(u));
      const sinLat = Math.sin(lat);
      const cosLat = Math.cos(lat);
      for (const launchLon of launchLongitudes) {
        if (sinLat * sinLat0 + cosLat * cosLat0 * Math.cos(lon - launchLon) >= cosCap) inside++;
      }
    }
    return inside / (satellites * launchLongitudes.length);
  }

  it.each([
    // i, launch latitude, cap: degrees. 97° is sun-synchronous-like and folds to 83°.
    [45, 40, 10],
    [60, 0, 15],
    [50, 48, 8], // cap reaches past the turning latitude, where the density is singular
    [97, 70, 12],
    [30, -25, 20],
  ])('matches a simulated constellation within 2 % (i = %f°, launch %f°, cap %f°)', (inclination, lat, cap) => {
    // 500 000 satellites × 8 launch longitudes: about 40 000 or more hits per case, so the
    // sampling error is well under 1 % (over 20 seeds the worst case was 0.9 %).
    const simulated = simulatedFraction(inclination, lat, cap, 500_000, 20250401 + inclination);
    const modelled = inclinedFraction(cap * DEG, lat * DEG, inclination * DEG);
    expect(Math.abs(modelled / simulated - 1)).toBeLessThan(0.02);
  });
});

describe('interceptorsNeeded', () => {
  it.each([
    [1, 1, 0.01, 100],
    [1, 1, 0.003, 334], // 1/0.003 = 333.3 → 334
    [3, 2, 0.25, 24],
    [1, 1, 1, 1],
    [1, 1, 0, null],
  ])('salvo %i, shots %i, f = %f → %s', (salvo, shots, fraction, expected) => {
    expect(interceptorsNeeded(salvo, shots, fraction)).toBe(expected);
  });

  it.each([null, 45])('is proportional to the salvo (inclination %s)', (inclinationDeg) => {
    const base = computeSbi(withInputs({ inclinationDeg }));
    for (const salvo of [1, 2, 5, 10, 37, 100]) {
      for (const shots of [1, 2, 3]) {
        const needed = computeSbi(withInputs({ inclinationDeg, salvo, shots })).interceptorsNeeded;
        expect(needed).toBe(Math.ceil(salvo * shots * base.absenteeRatio));
      }
    }
    const one = base.interceptorsNeeded!;
    const ten = computeSbi(withInputs({ inclinationDeg, salvo: 10 })).interceptorsNeeded!;
    // ceil(A) ≥ A, so 10·ceil(A) − 10 < ceil(10A) ≤ 10·ceil(A).
    expect(ten).toBeLessThanOrEqual(10 * one);
    expect(ten).toBeGreaterThan(10 * one - 10);
  });
});

describe('fewer seconds of boost never need fewer interceptors', () => {
  it.each([
    [60, null, 40],
    [60, 45, 40],
    [150, 45, 40],
    [150, 90, 0],
    [120, 30, -28],
  ])('latency %i s, inclination %s, launch %i°: sweeping burn 100 → 300 s', (latency, inclinationDeg, launchLatDeg) => {
    const counts: number[] = [];
    for (let burn = 100; burn <= 300; burn++) {
      const needed = computeSbi(
        withInputs({ burnSeconds: burn, latencySeconds: latency, inclinationDeg, launchLatDeg }),
      ).interceptorsNeeded;
      if (burn <= latency) expect(needed).toBeNull();
      counts.push(needed ?? Infinity); // impossible counts as more than any number
    }
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeLessThanOrEqual(counts[k - 1]);
    expect(Number.isFinite(counts.at(-1)!)).toBe(true);
  });
});

describe('clampInputs', () => {
  it('gives every field its own URL parameter', () => {
    expect(new Set(SBI_PARAMS).size).toBe(SBI_FIELDS.length);
    expect([...SBI_PARAMS].sort()).toEqual([
      'accel-g',
      'altitude-km',
      'burn-s',
      'dv-kms',
      'inclination-deg',
      'intercept-alt-km',
      'latency-s',
      'launch-lat',
      'salvo',
      'shots',
    ]);
  });

  it('gives the defaults, silently, when nothing is set', () => {
    expect(clamp({})).toEqual({ inputs: DEFAULT_INPUTS, notes: [] });
    expect(clamp({ 'burn-s': null, salvo: undefined })).toEqual({ inputs: DEFAULT_INPUTS, notes: [] });
  });

  it('passes valid values with no notes', () => {
    const { inputs, notes } = clamp({
      'burn-s': '250',
      'latency-s': '0',
      'dv-kms': '6.5',
      'accel-g': ' 20 ',
      'altitude-km': '2000',
      'intercept-alt-km': '0',
      'inclination-deg': '63',
      'launch-lat': '-90',
      salvo: '10',
      shots: '2',
    });
    expect(notes).toEqual([]);
    expect(inputs).toEqual({
      burnSeconds: 250,
      latencySeconds: 0,
      deltaVKms: 6.5,
      accelG: 20,
      altitudeKm: 2000,
      interceptAltKm: 0,
      inclinationDeg: 63,
      launchLatDeg: -90,
      salvo: 10,
      shots: 2,
    });
  });

  it.each(['even', ' EVEN ', 'Even'])('reads inclination %j as evenly spread (null)', (text) => {
    expect(clamp({ 'inclination-deg': text })).toEqual({ inputs: { ...DEFAULT_INPUTS, inclinationDeg: null }, notes: [] });
  });

  it.each([
    ['burn-s', '900', 'burnSeconds', 600, '600 s'],
    ['burn-s', '5', 'burnSeconds', 30, '30 s'],
    ['latency-s', '-5', 'latencySeconds', 0, '0 s'],
    ['dv-kms', '20', 'deltaVKms', 12, '12 km/s'],
    ['dv-kms', '0.1', 'deltaVKms', 0.5, '0.5 km/s'],
    ['accel-g', '0', 'accelG', 1, '1 g'],
    ['altitude-km', '100', 'altitudeKm', 150, '150 km'],
    ['intercept-alt-km', '900', 'interceptAltKm', 500, '500 km'],
    ['inclination-deg', '97', 'inclinationDeg', 90, '90°'],
    ['inclination-deg', '0', 'inclinationDeg', 1, '1°'],
    ['launch-lat', '-100', 'launchLatDeg', -90, '−90°'],
    ['salvo', '1e3', 'salvo', 100, '100 missiles'],
    ['shots', '0', 'shots', 1, '1 per missile'],
  ] as const)('clamps %s = %s with a note naming the field and the limit', (id, text, field, expected, limit) => {
    const { inputs, notes } = clamp({ [id]: text });
    expect(inputs).toEqual({ ...DEFAULT_INPUTS, [field]: expected });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(SBI_INPUTS[field].label);
    expect(notes[0]).toContain(limit);
  });

  it('writes the values in its notes as a reader writes them: grouped, no exponent, and no hundred-digit number', () => {
    expect(clamp({ 'burn-s': '99999' }).notes).toEqual(['Boost burn time: 99,999 s is above the maximum; using the maximum, 600 s.']);
    expect(clamp({ 'burn-s': '1e300' }).notes).toEqual([
      'Boost burn time: the value given is above the maximum; using the maximum, 600 s.',
    ]);
    expect(clamp({ 'launch-lat': '-1e12' }).notes).toEqual([
      'Launch latitude: the value given is below the minimum; using the minimum, −90°.',
    ]);
    expect(clamp({ 'altitude-km': '2500.123456' }).notes).toEqual([
      'Orbital altitude: 2,500.12 km is above the maximum; using the maximum, 2,000 km.',
    ]);
  });

  it('rounds a count that is not whole, with a note', () => {
    const { inputs, notes } = clamp({ salvo: '2.6' });
    expect(inputs.salvo).toBe(3);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(SBI_INPUTS.salvo.label);
  });

  const malformed = ['abc', '', 'NaN', 'Infinity', '-Infinity', '1e999', '<script>alert(1)</script>', '12abc', '0x10', '1,5'];
  for (const id of Object.values(INPUT_IDS)) {
    it.each(malformed)(`falls back to the default for ${id} = %j, with a note`, (text) => {
      const field = FIELDS_BY_INPUT_ID[id];
      const { inputs, notes } = clamp({ [id]: text });
      expect(inputs).toEqual(DEFAULT_INPUTS);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain(SBI_INPUTS[field].label);
      expect(notes[0]).toContain('default');
      expect(notes[0]).not.toContain('<');
    });
  }

  it('never leads computeSbi to NaN, whatever the strings (property: any strings, any subset of inputs)', () => {
    const values = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer({ min: -1e6, max: 1e6 }).map(String),
      fc.constantFrom('even', 'NaN', '1e999', '-0', ' 45 ', '0x10'),
    );
    const raw = fc.dictionary(fc.constantFrom(...SBI_PARAMS), fc.option(values, { nil: undefined }));
    fc.assert(
      fc.property(raw, (query) => {
        const { inputs, notes } = clamp(query);
        for (const field of SBI_FIELDS) {
          const value = inputs[field];
          if (value !== null) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(SBI_INPUTS[field].min);
            expect(value).toBeLessThanOrEqual(SBI_INPUTS[field].max);
          }
        }
        for (const note of notes) expect(note).not.toMatch(/[<>]/);
        const result = computeSbi(inputs);
        if (result.interceptorsNeeded !== null)
          expect(Number.isInteger(result.interceptorsNeeded) && result.interceptorsNeeded >= 1).toBe(true);
        for (const [key, value] of Object.entries(result)) if (key !== 'interceptorsNeeded') expect(Number.isNaN(value)).toBe(false);
        expect(result.inReachFraction).toBeGreaterThanOrEqual(0);
        expect(result.inReachFraction).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000, seed: 14186 },
    );
  });
});

describe('presets', () => {
  const run = (id: string) => computeSbi(withInputs(SBI_PRESETS.find((preset) => preset.id === id)!.values));

  it("are the kill chain's sourced burn times, the first the default", () => {
    expect(SBI_PRESETS.map((preset) => [preset.id, preset.values.burnSeconds])).toEqual(fuels.map((fuel) => [fuel.id, fuel.boostSeconds]));
    expect(SBI_PRESETS[0].label).toBe(`${fuels[0].label} (${fuels[0].boostSeconds} s boost)`);
    expect(DEFAULT_INPUTS.burnSeconds).toBe(fuels[0].boostSeconds);
  });

  it('a solid-fuel ICBM needs a finite, positive number of interceptors, over a thousand at the defaults', () => {
    const solid = run('solid');
    expect(solid.interceptorsNeeded).not.toBeNull();
    expect(solid.interceptorsNeeded!).toBeGreaterThan(1000);
    expect(Number.isFinite(solid.interceptorsNeeded!)).toBe(true);
  });

  it('a liquid-fuel ICBM, burning longer, needs fewer: under two hundred at the defaults', () => {
    expect(run('liquid').interceptorsNeeded!).toBeLessThan(run('solid').interceptorsNeeded!);
    expect(run('liquid').interceptorsNeeded!).toBeLessThan(200);
  });
});

describe('noEngagementCause', () => {
  it('is null when interceptors can engage', () => {
    const inputs = withInputs({});
    expect(noEngagementCause(inputs, computeSbi(inputs))).toBeNull();
  });

  it('names the boost when it ends before a kill vehicle can start', () => {
    const inputs = withInputs({ burnSeconds: 60, latencySeconds: 90 });
    expect(noEngagementCause(inputs, computeSbi(inputs))).toEqual({ kind: 'boost-over', burnSeconds: 60, latencySeconds: 90 });
  });

  it('names the height when the kill vehicle cannot cover it from a 500 km orbit', () => {
    const inputs = withInputs({ altitudeKm: 500 });
    const result = computeSbi(inputs);
    expect(result.interceptorsNeeded).toBeNull();
    const cause = noEngagementCause(inputs, result);
    expect(cause).toMatchObject({ kind: 'height', heightGapKm: 400, altitudeKm: 500, interceptAltKm: 100, timeAvailableS: 110 });
    expect(cause?.kind === 'height' && cause.reachKm).toBeLessThan(400);
  });
});

describe('sensitivities', () => {
  it('ranks the assumptions by how far a 10% change moves the answer, a change to none-can-engage first', () => {
    const ranked = sensitivities(withInputs({}));
    expect(ranked[0]).toMatchObject({ field: 'burnSeconds', lower: null, factor: Infinity });
    expect(ranked[1].field).toBe('altitudeKm');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].factor).toBeGreaterThanOrEqual(ranked[i].factor);
    expect(ranked.map((item) => item.field)).not.toContain('salvo');
  });

  it('is empty when nothing can engage, and skips an inclination spread evenly', () => {
    expect(sensitivities(withInputs({ altitudeKm: 500 }))).toEqual([]);
    expect(sensitivities(withInputs({ inclinationDeg: null })).map((item) => item.field)).not.toContain('inclinationDeg');
  });
});
