import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../shared/hostile-payloads.ts';
import { queryOf, type UrlStateCodec } from '../../src/lib/url-state.ts';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';
import { layersUrlState } from '../../src/diagrams/layers/url-state.ts';
import { killChainUrlState } from '../../src/diagrams/kill-chain/url-state.ts';
import { sbiUrlState } from '../../src/diagrams/space-interceptors/url-state.ts';
import { defaultInputs, SBI_FIELDS, SBI_INPUTS, type SbiInputs } from '../../src/diagrams/space-interceptors/model.ts';

/**
 * Every URL codec against every known hostile value, in every parameter it reads (the browser
 * smoke, tests/e2e/fuzz.spec.ts, then needs only a few loads per page). Random strings are the
 * property tests' job, beside each codec.
 */
const ELEMENT_IDS = new Set(['space-based-interceptors', 'hbtss-sensor-layer']);
const FUELS = [
  { id: 'solid', label: 'Solid-fuel ICBM' },
  { id: 'liquid', label: 'Liquid-fuel ICBM' },
];
/** Every input within its range (a number such as "1e-400" is a number: it is clamped, not refused). */
const sbiInRange = (state: unknown) =>
  SBI_FIELDS.every((field) => {
    const value = (state as SbiInputs)[field];
    return value === null || (Number.isFinite(value) && value >= SBI_INPUTS[field].min && value <= SBI_INPUTS[field].max);
  });
const CODECS: [string, UrlStateCodec<unknown>, ((state: unknown) => boolean) | null][] = [
  ['layers', layersUrlState(ELEMENT_IDS) as UrlStateCodec<unknown>, null],
  ['kill-chain', killChainUrlState(ELEMENT_IDS, FUELS) as UrlStateCodec<unknown>, null],
  ['space-interceptors', sbiUrlState(defaultInputs(170)) as UrlStateCodec<unknown>, sbiInRange],
];
const isFiniteNumber = (payload: string) => /^\s*-?[\d.]+(e[-+]?\d+)?\s*$/i.test(payload) && Number.isFinite(Number(payload));

describe.each(CODECS)('%s: hostile parameters', (_id, codec, inRange) => {
  const cases = codec.params.flatMap((param) => PAYLOADS.map((payload) => [param, JSON.stringify(payload).slice(0, 40), payload] as const));

  it('meets every hostile value in every parameter', () => {
    expect(cases.length).toBeGreaterThanOrEqual(PAYLOADS.length);
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('?%s=%s gives the default view (or an in-range number) and a short note, never an exception', (param, _label, payload) => {
    const { state, notes } = codec.parse(queryOf(`?${param}=${encodeURIComponent(payload)}`));
    // A diagram that takes numbers may take one a hostile string happens to spell, within range.
    if (inRange && isFiniteNumber(payload)) expect(inRange(state)).toBe(true);
    else expect(state).toEqual(codec.defaults);
    for (const note of notes) {
      // Notes are shown to the reader: they quote at most a short, cleaned piece of the value.
      expect(note.length).toBeLessThan(200);
      expect([...note].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
    }
  });
});

it('every diagram with view parameters has its codec here, reading exactly those parameters', () => {
  const withParams = DIAGRAMS.filter((diagram) => diagram.params.length > 0);
  expect(withParams.map((diagram) => diagram.id).filter((id) => !CODECS.some(([codecId]) => codecId === id))).toEqual([]);
  for (const [id, codec] of CODECS) expect([...codec.params].sort(), id).toEqual([...DIAGRAMS.find((d) => d.id === id)!.params].sort());
});
