import { describe, expect, it } from 'vitest';
import {
  TARGETS,
  bytesAtLoad,
  firstPaintTable,
  formatVerdict,
  interleave,
  limitWeightsNote,
  median,
  verdicts,
  type PageSummary,
  type PeerKey,
  type TimedResponse,
} from './paint-stats.ts';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([900, 310, 480, 1200, 505])).toBe(505);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves its input in the order it was measured', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values and values that are not numbers, rather than report one', () => {
    expect(() => median([])).toThrow('no values');
    expect(() => median([1, Number.NaN, 3])).toThrow('non-finite');
  });
});

describe('interleave', () => {
  const pages = ['embed', 'layers', 'd3', 'limit'];

  it('loads every page once per round, round after round', () => {
    const order = interleave(pages, 5);
    expect(order).toHaveLength(20);
    for (let run = 0; run < 5; run++) {
      const round = order.slice(run * 4, run * 4 + 4);
      expect(round.every((load) => load.run === run)).toBe(true);
      expect(round.map((load) => load.page).sort()).toEqual([...pages].sort());
    }
  });

  it('never loads a page twice in a row, so a slow spell is shared by all pages', () => {
    const order = interleave(pages, 5);
    for (let i = 1; i < order.length; i++) expect(order[i].page).not.toBe(order[i - 1].page);
  });

  it('starts each round with the next page, so no page is always first', () => {
    const firsts = interleave(pages, 4).filter((_, index) => index % 4 === 0);
    expect(firsts.map((load) => load.page)).toEqual(pages);
  });

  it('refuses a run count that is not a positive whole number', () => {
    expect(() => interleave(pages, 0)).toThrow('positive whole number');
    expect(() => interleave(pages, 2.5)).toThrow('positive whole number');
  });
});

describe('bytesAtLoad', () => {
  const response = (name: string, encodedBodySize: number, responseEnd: number, transferSize = encodedBodySize + 300): TimedResponse => ({
    name,
    encodedBodySize,
    transferSize,
    responseEnd,
  });

  it('adds the gzip bodies of the document and every response that finished by the load event', () => {
    const responses = [response('/page/', 20_000, 400), response('/a.css', 2_000, 600), response('/b.js', 500, 800)];
    expect(bytesAtLoad(responses, 800)).toEqual({ body: 22_500, transfer: 23_400, requests: 3 });
  });

  it('leaves out what arrived after the load event (a lazy island, a late favicon)', () => {
    const responses = [response('/page/', 20_000, 400), response('/island.js', 9_000, 1_500)];
    expect(bytesAtLoad(responses, 900)).toEqual({ body: 20_000, transfer: 20_300, requests: 1 });
  });

  it('counts nothing for a response from a cache', () => {
    const responses = [response('/page/', 20_000, 400), response('/cached.css', 2_000, 450, 0)];
    expect(bytesAtLoad(responses, 900).body).toBe(20_000);
  });

  it('refuses a page whose load event has not fired', () => {
    expect(() => bytesAtLoad([response('/page/', 1, 1)], 0)).toThrow('load event');
  });
});

describe('verdicts', () => {
  const page = (paintMs: number, bytesAtLoad: number): PageSummary => ({ paintMs, bytesAtLoad, jsInteractive: 0 });
  const byLabel = (summaries: Partial<Record<PeerKey, PageSummary>>) =>
    Object.fromEntries(verdicts(summaries).map((verdict) => [verdict.label, verdict]));

  it('computes the ratios the issue names and meets those within their limits', () => {
    const result = byLabel({ embed: page(500, 15_000), layers: page(540, 40_000), d3: page(500, 20_000), limit: page(300, 5_000) });
    expect(result['embed paint / D3 paint']).toMatchObject({ ratio: 1, met: true });
    expect(result['embed bytes / D3 bytes']).toMatchObject({ ratio: 0.75, met: true });
    expect(result['/layers/ paint / D3 paint']).toMatchObject({ ratio: 1.08, met: true });
    expect(result['embed bytes / limit bytes']).toMatchObject({ ratio: 3, met: true });
  });

  it('misses a ratio above its limit', () => {
    const result = byLabel({ embed: page(790, 36_000), layers: page(624, 48_000), d3: page(514, 20_000), limit: page(318, 5_400) });
    expect(result['embed paint / D3 paint'].met).toBe(false);
    expect(result['embed bytes / D3 bytes'].met).toBe(false);
    expect(result['/layers/ paint / D3 paint'].met).toBe(false);
    expect(result['embed bytes / limit bytes'].met).toBe(false);
    expect(result['embed paint / D3 paint'].ratio).toBeCloseTo(790 / 514);
  });

  it('gives no ratio and never a pass when a page is missing or its value is zero', () => {
    const result = byLabel({ embed: page(500, 15_000), d3: page(0, 20_000) });
    expect(result['embed paint / D3 paint']).toMatchObject({ ratio: null, met: false });
    expect(result['/layers/ paint / D3 paint']).toMatchObject({ ratio: null, met: false });
    expect(result['embed bytes / limit bytes']).toMatchObject({ ratio: null, met: false });
    expect(result['embed bytes / D3 bytes']).toMatchObject({ ratio: 0.75, met: true });
    expect(formatVerdict(result['embed paint / D3 paint'])).toContain('not measured');
  });

  it('names the four targets of the issue, each once', () => {
    expect(TARGETS.map((target) => `${target.page}/${target.against}/${target.metric}/${target.atMost}`)).toEqual([
      'embed/d3/paintMs/1',
      'embed/d3/bytesAtLoad/1',
      'layers/d3/paintMs/1.1',
      'embed/limit/bytesAtLoad/3',
    ]);
  });
});

describe('firstPaintTable', () => {
  it('puts each page in a column and shows a page without script as 0 JS', () => {
    const lines = firstPaintTable([
      {
        label: 'plain D3 page',
        paintMs: 514,
        paintRangeMs: [480, 700],
        partialPaintMs: 514,
        fcpMs: 300,
        bytesAtLoad: 20_480,
        staticBytesAtLoad: 20_000,
        jsInteractive: 17_408,
      },
      {
        label: 'HTML+CSS limit',
        paintMs: 318,
        paintRangeMs: [300, 330],
        partialPaintMs: 290,
        fcpMs: null,
        bytesAtLoad: 5_530,
        staticBytesAtLoad: 5_500,
        jsInteractive: 0,
      },
    ]);
    expect(lines[0]).toMatch(/plain D3 page\s+HTML\+CSS limit$/);
    expect(lines.find((line) => line.startsWith('first diagram paint'))).toMatch(/514 ms\s+318 ms$/);
    expect(lines.find((line) => line.includes('fastest–slowest'))).toMatch(/480–700\s+300–330$/);
    expect(lines.find((line) => line.includes('maybe partial'))).toMatch(/514 ms\s+290 ms$/);
    expect(lines.find((line) => line.includes('first-contentful-paint'))).toMatch(/300 ms\s+—$/);
    expect(lines.find((line) => line.startsWith('bytes at load'))).toMatch(/20\.0 KB\s+5\.4 KB$/);
    expect(lines.find((line) => line.startsWith('JS once interactive'))).toMatch(/17\.0 KB\s+0$/);
  });
});

describe('formatVerdict', () => {
  it('shows enough decimals that a miss just over the limit does not read as the limit', () => {
    const [layers] = verdicts(
      { layers: { paintMs: 1474, bytesAtLoad: 1, jsInteractive: 0 }, d3: { paintMs: 1334, bytesAtLoad: 1, jsInteractive: 0 } },
      [TARGETS[2]],
    );
    expect(layers.met).toBe(false);
    expect(formatVerdict(layers)).toMatch(/1\.105\s+\(at most 1\.1\)\s+missed$/);
  });
});

describe('limitWeightsNote', () => {
  it('gives both weights and the embed over the both-layouts page', () => {
    const note = limitWeightsNote({ wideBytes: 2710, bothBytes: 3764, embedBytes: 10690 });
    expect(note).toContain('the wide layout alone 2.6 KB gzip');
    expect(note).toContain('both layouts in one page, switched by width as ours are, 3.7 KB');
    expect(note).toContain("the embed's bytes at load are 2.84 times that");
  });

  it('leaves the ratio out when the embed was not measured, rather than printing a wrong one', () => {
    const note = limitWeightsNote({ wideBytes: 2710, bothBytes: 3764, embedBytes: undefined });
    expect(note).not.toContain('times');
    expect(limitWeightsNote({ wideBytes: 2710, bothBytes: 0, embedBytes: 10690 })).not.toContain('times');
  });
});
