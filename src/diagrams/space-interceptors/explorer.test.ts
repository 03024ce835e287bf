import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS, ExplorerState, resultSentence, URL_DELAY_MS } from './explorer.svelte.ts';
import { computeSbi, defaultInputs, SBI_BASIC_FIELDS, SBI_FIELDS, SBI_MORE_FIELDS, type SbiInputs } from './model.ts';

const DEFAULTS = defaultInputs(170);
const needed = (inputs: Partial<SbiInputs>) => computeSbi({ ...DEFAULTS, ...inputs }).interceptorsNeeded;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ExplorerState', () => {
  it('recomputes from the inputs, clamping and noting what the reader typed as the URL codec does', async () => {
    const explorer = new ExplorerState({ defaults: DEFAULTS });
    expect(explorer.result.interceptorsNeeded).toBe(needed({}));
    await explorer.setField('salvo', '10');
    expect(explorer.inputs.salvo).toBe(10);
    expect(explorer.result.interceptorsNeeded).toBe(needed({ salvo: 10 }));
    await explorer.setField('burnSeconds', '9000');
    expect(explorer.inputs.burnSeconds).toBe(600);
    expect(explorer.notes).toEqual(['Boost burn time: 9,000 s is above the maximum; using the maximum, 600 s.']);
  });

  it('applies a preset and leaves the other inputs as set', async () => {
    const explorer = new ExplorerState({ defaults: DEFAULTS });
    await explorer.setField('salvo', '3');
    await explorer.applyPreset({ burnSeconds: 250 });
    expect(explorer.inputs).toEqual({ ...DEFAULTS, salvo: 3, burnSeconds: 250 });
  });

  it('puts the view in the address once the inputs have rested, not at every step', async () => {
    const persist = vi.fn();
    const explorer = new ExplorerState({ defaults: DEFAULTS, persist });
    for (const salvo of ['2', '3', '4']) await explorer.setField('salvo', salvo);
    vi.advanceTimersByTime(URL_DELAY_MS - 1);
    expect(persist).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persist).toHaveBeenCalledWith({ ...DEFAULTS, salvo: 4 });
  });

  it('announces the new answer once, after a storm of changes has settled', async () => {
    const explorer = new ExplorerState({ defaults: DEFAULTS });
    for (const salvo of ['2', '3', '4', '5', '6']) {
      await explorer.setField('salvo', salvo);
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 2);
      expect(explorer.announcement).toBe('');
    }
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 2);
    expect(explorer.announcement).toBe(resultSentence(needed({ salvo: 6 })));
    expect(explorer.announcement).toMatch(/^Interceptors needed: [\d,]+\.$/);
  });

  it('says nothing when the answer comes back to what the reader last heard', async () => {
    const explorer = new ExplorerState({ defaults: DEFAULTS });
    await explorer.setField('salvo', '2');
    await explorer.setField('salvo', '1');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(explorer.announcement).toBe('');
    await explorer.setField('salvo', '2');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    const first = explorer.announcement;
    expect(first).toBe(resultSentence(needed({ salvo: 2 })));
    // An input that does not move the answer (the same value again) leaves the region as it was.
    await explorer.setField('salvo', '2');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(explorer.announcement).toBe(first);
  });

  it('announces when no interceptor can engage', async () => {
    const explorer = new ExplorerState({ defaults: DEFAULTS });
    await explorer.setField('latencySeconds', '200');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(explorer.announcement).toBe('No interceptor can engage.');
  });

  it('shows a view from the address without announcing it, then announces the next change even if it says the same again', async () => {
    const explorer = new ExplorerState({ defaults: DEFAULTS });
    await explorer.setField('salvo', '2');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(explorer.announcement).toBe(resultSentence(needed({ salvo: 2 })));
    explorer.show({ ...DEFAULTS, salvo: 5 }, ['a note']);
    expect(explorer.announcement).toBe('');
    expect(explorer.notes).toEqual(['a note']);
    await explorer.setField('salvo', '2');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(explorer.announcement).toBe(resultSentence(needed({ salvo: 2 })));
  });

  it('keeps notes out of an embed (quiet)', () => {
    const explorer = new ExplorerState({ defaults: DEFAULTS, quiet: true });
    explorer.show(DEFAULTS, ['a note']);
    expect(explorer.notes).toEqual([]);
  });

  it('knows when an input under "More inputs" differs from the default', async () => {
    const explorer = new ExplorerState({ defaults: DEFAULTS });
    await explorer.setField('salvo', '4');
    expect(explorer.moreChanged).toBe(false);
    await explorer.setField('shots', '2');
    expect(explorer.moreChanged).toBe(true);
  });
});

describe('the inputs a reader meets first', () => {
  it('split every input once between the basic ones and "More inputs", each in the page order', () => {
    expect([...SBI_BASIC_FIELDS, ...SBI_MORE_FIELDS].sort()).toEqual([...SBI_FIELDS].sort());
    expect(SBI_BASIC_FIELDS).toEqual(SBI_FIELDS.filter((field) => SBI_BASIC_FIELDS.includes(field)));
    expect(SBI_BASIC_FIELDS).toEqual(['burnSeconds', 'latencySeconds', 'deltaVKms', 'altitudeKm', 'salvo']);
  });
});

describe('resultSentence', () => {
  it('writes the answer as a reader writes it', () => {
    expect(resultSentence(2087)).toBe('Interceptors needed: 2,087.');
    expect(resultSentence(null)).toBe('No interceptor can engage.');
  });
});
