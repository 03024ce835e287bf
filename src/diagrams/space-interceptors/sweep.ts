/**
 * The explorable's chart: interceptors needed as one input sweeps its range, the others held.
 * Pure; impossible points (no time to engage) are kept as nulls so the line breaks there.
 */
import { computeSbi, SBI_INPUTS, type SbiInputs } from './model.ts';

export type SweepField = Exclude<keyof SbiInputs, 'inclinationDeg'>;

export interface SweepPoint {
  x: number;
  needed: number | null;
}

/** `samples` + 1 evenly spaced values of `field` across its range, with the interceptors needed at each. */
export function sweep(inputs: SbiInputs, field: SweepField, samples = 60): SweepPoint[] {
  const { min, max } = SBI_INPUTS[field];
  return Array.from({ length: samples + 1 }, (_, index) => {
    const x = min + ((max - min) * index) / samples;
    return { x, needed: computeSbi({ ...inputs, [field]: x }).interceptorsNeeded };
  });
}
