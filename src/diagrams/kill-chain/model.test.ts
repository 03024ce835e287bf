import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { killChainSchema } from '../../lib/schema/kill-chain.ts';
import { buildKillChain, engageSeconds, formatSeconds, layerRows, phaseSpans, progressAt } from './model.ts';

const data = killChainSchema.parse(parse(readFileSync('content/diagrams/kill-chain.yaml', 'utf8')));
const elements = [
  { id: 'sensor', title: 'Sensor', layer: 'space-sensor', phases: ['boost', 'midcourse', 'terminal'] as const, kind: 'satellite' as const },
  { id: 'sbi', title: 'SBI', layer: 'boost-phase', phases: ['boost'] as const, kind: 'space-interceptor' as const },
  { id: 'left', title: 'Left of launch', layer: 'boost-phase', phases: ['pre-launch', 'boost'] as const, kind: 'strike' as const },
  { id: 'mid', title: 'Midcourse', layer: 'midcourse', phases: ['midcourse'] as const, kind: 'ground-interceptor' as const },
  { id: 'term', title: 'Terminal', layer: 'terminal', phases: ['terminal'] as const, kind: 'ground-interceptor' as const },
  { id: 'site', title: 'Defended', layer: 'terminal', phases: ['terminal'] as const, kind: 'defended' as const },
  { id: 'custody', title: 'Custody', layer: 'space-sensor', phases: ['pre-launch'] as const, kind: 'satellite' as const },
];

describe('phaseSpans', () => {
  it.each([
    ['solid', 170, 1370, 1400],
    ['liquid', 250, 1450, 1480],
  ])('a %s-fuel ICBM: boost ends at %i s, midcourse at %i s, impact at %i s', (fuel, boostEnd, midEnd, total) => {
    expect(phaseSpans(data, fuel).map((span) => [span.phase, span.start, span.end])).toEqual([
      ['boost', 0, boostEnd],
      ['midcourse', boostEnd, midEnd],
      ['terminal', midEnd, total],
    ]);
  });

  it('names the source of every duration', () => {
    for (const span of phaseSpans(data, 'solid')) {
      expect(span.source).toMatch(/^[a-z0-9-]+$/);
      expect(span.sourceText.length).toBeGreaterThan(5);
    }
  });

  it('rejects an unknown fuel', () => {
    expect(() => phaseSpans(data, 'nuclear')).toThrow('Unknown fuel "nuclear"');
  });
});

describe('layerRows', () => {
  const rows = layerRows(data, 'solid', elements);

  it('leaves out the defended locations, which have no window', () => {
    expect(rows.map((row) => row.element)).toEqual(['sensor', 'sbi', 'left', 'mid', 'term', 'custody']);
  });

  it('gives sensors an assumed detection time, then tracking to impact', () => {
    expect(rows[0].segments.map((s) => [s.kind, s.start, s.end, s.assumed])).toEqual([
      ['detect', 0, data.detectSeconds, true],
      ['track', data.detectSeconds, 1400, false],
    ]);
  });

  it('gives an element that acts only before launch no window on the clock', () => {
    expect(rows[5].segments).toEqual([]);
  });

  it('takes the assumed decision time out of the boost-phase window', () => {
    const sbi = rows[1];
    expect(sbi.segments).toEqual([
      { kind: 'decide', start: 0, end: data.decisionSeconds, assumed: true },
      { kind: 'engage', start: data.decisionSeconds, end: 170, assumed: false },
    ]);
    expect(engageSeconds(sbi)).toBe(170 - data.decisionSeconds);
  });

  it('gives a liquid-fuel ICBM more time in boost than a solid-fuel one', () => {
    const liquid = layerRows(data, 'liquid', elements)[1];
    expect(engageSeconds(liquid) - engageSeconds(rows[1])).toBe(80);
  });

  it('gives later layers their whole phase, the decision having been made earlier', () => {
    expect(rows[3].segments).toEqual([{ kind: 'engage', start: 170, end: 1370, assumed: false }]);
    expect(engageSeconds(rows[4])).toBe(30);
  });

  it('builds a whole kill chain, listing apart what acts only before launch', () => {
    const chain = buildKillChain(data, 'liquid', elements);
    expect(chain.total).toBe(1480);
    expect(chain.rows).toHaveLength(5);
    expect(chain.beforeLaunch).toEqual([{ element: 'custody', title: 'Custody' }]);
  });

  it('names its assumptions and sources its notes on the whole flight and the boost', () => {
    expect(data.detectSeconds).toBeGreaterThan(0);
    expect(data.flightNote.source).toBe('newsweek-2017-icbm');
    expect(data.boostNote.text).toContain('3 to 5 minutes');
  });
});

describe('progressAt', () => {
  const spans = phaseSpans(data, 'solid');
  const bands = { boostEnd: 0.2, midcourseEnd: 0.8 };
  it.each([
    [0, 0],
    [85, 0.1],
    [170, 0.2],
    [770, 0.5],
    [1370, 0.8],
    [1385, 0.9],
    [1400, 1],
    [-50, 0],
    [99999, 1],
  ])('at %i s the threat is %f of the way along', (time, progress) => {
    expect(progressAt(time, spans, bands)).toBeCloseTo(progress);
  });

  it('never moves backwards as time goes on', () => {
    let last = -1;
    for (let t = 0; t <= 1400; t += 7) {
      const p = progressAt(t, spans, bands);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
  });
});

describe('formatSeconds', () => {
  it.each([
    [0, '0 s'],
    [30, '30 s'],
    [170, '2 min 50 s'],
    [1200, '20 min'],
    [1400.4, '23 min 20 s'],
  ])('%f → %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});
