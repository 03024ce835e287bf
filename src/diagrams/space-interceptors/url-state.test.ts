import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { queryOf, withState } from '../../lib/url-state.ts';
import { defaultInputs, SBI_FIELDS, SBI_INPUTS, SBI_PARAMS, type SbiInputs } from './model.ts';
import { sbiUrlState } from './url-state.ts';

const defaults = defaultInputs(170);
const codec = sbiUrlState(defaults);

/** Any inputs inside their ranges, on their steps (the page's inputs give no others). */
const inputs: fc.Arbitrary<SbiInputs> = fc.record(
  Object.fromEntries(
    SBI_FIELDS.map((field) => {
      const { min, max, step } = SBI_INPUTS[field];
      const values = fc.integer({ min: 0, max: Math.round((max - min) / step) }).map((k) => Number((min + k * step).toFixed(6)));
      return [field, field === 'inclinationDeg' ? fc.oneof(values, fc.constant(null)) : values];
    }),
  ) as Record<keyof SbiInputs, fc.Arbitrary<number | null>>,
) as fc.Arbitrary<SbiInputs>;

describe('sbiUrlState', () => {
  it('owns one parameter per input', () => {
    expect(codec.params).toEqual(SBI_PARAMS);
  });

  it('writes nothing for the default scenario, and every input for any other', () => {
    expect(withState(codec, defaults)).toBe('');
    const query = queryOf(withState(codec, { ...defaults, salvo: 10 }));
    expect([...query.keys()].sort()).toEqual([...SBI_PARAMS].sort());
    expect(query.get('salvo')).toBe('10');
  });

  it('round-trips every scenario through the URL (property)', () => {
    fc.assert(
      fc.property(inputs, (state) => {
        expect(codec.parse(queryOf(withState(codec, state))).state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('reads "even" as an inclination spread over the sphere', () => {
    expect(codec.parse(queryOf('?inclination-deg=even')).state.inclinationDeg).toBeNull();
  });
});
