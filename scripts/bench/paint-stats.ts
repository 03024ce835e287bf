/**
 * The pure parts of the first-paint comparison (scripts/bench/first-paint.ts): the load order,
 * the median, the byte accounting at the load event, and the ratios the "done when"
 * names, each with its verdict. No browser, no files: unit-tested in paint-stats.test.ts.
 */

/** The middle value (the mean of the two middle ones for an even count). Throws on no values or a non-number. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  if (values.some((value) => !Number.isFinite(value))) throw new Error(`median of a non-finite value: ${values.join(', ')}`);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The order of loads: round-robin, every page once per round, so a slow spell of a shared machine
 * falls on all pages alike instead of on the one being measured. Each round starts one page later
 * than the one before, so no page is always first (after the browser's idle time) or always last.
 */
export function interleave<Page>(pages: readonly Page[], runs: number): { page: Page; run: number }[] {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive whole number, not ${runs}`);
  const order: { page: Page; run: number }[] = [];
  for (let run = 0; run < runs; run++) {
    for (let index = 0; index < pages.length; index++) order.push({ page: pages[(index + run) % pages.length], run });
  }
  return order;
}

/** What the bench reads from Resource/Navigation Timing for one response. */
export interface TimedResponse {
  name: string;
  /** Bytes of the body as sent (gzip where the server compressed it). */
  encodedBodySize: number;
  /** Bytes on the wire, with the headers; 0 for a response from a cache. */
  transferSize: number;
  /** When the last byte arrived, ms from navigation start. */
  responseEnd: number;
}

export interface BytesAtLoad {
  /** gzip body bytes of every response finished by the load event (the document included). */
  body: number;
  /** The same, with the HTTP headers: what crossed the network. */
  transfer: number;
  requests: number;
}

/**
 * Bytes the page transferred by its load event: the navigation response and every resource that
 * finished at or before `loadEventStart`. A response served from a cache (transferSize 0) counts
 * nothing: the bench loads each page cold, so one would show up as a suspiciously small number.
 */
export function bytesAtLoad(responses: readonly TimedResponse[], loadEventStart: number): BytesAtLoad {
  if (!(loadEventStart > 0)) throw new Error(`the page has not fired its load event (loadEventStart ${loadEventStart})`);
  const loaded = responses.filter((response) => response.responseEnd <= loadEventStart && response.transferSize > 0);
  return {
    body: loaded.reduce((sum, response) => sum + response.encodedBodySize, 0),
    transfer: loaded.reduce((sum, response) => sum + response.transferSize, 0),
    requests: loaded.length,
  };
}

/** The four pages the issue compares. */
export type PeerKey = 'embed' | 'layers' | 'd3' | 'limit';

export interface PageSummary {
  /** Median first diagram paint, ms from navigation start. */
  paintMs: number;
  /** Median gzip body bytes at the load event. */
  bytesAtLoad: number;
  /** gzip bytes of JavaScript once the diagram is interactive. */
  jsInteractive: number;
}

/** A ratio the "done when" names: `page`'s metric over `against`'s, at most `atMost`. */
export interface Target {
  label: string;
  metric: 'paintMs' | 'bytesAtLoad';
  page: PeerKey;
  against: PeerKey;
  atMost: number;
}

export const TARGETS: readonly Target[] = [
  { label: 'embed paint / D3 paint', metric: 'paintMs', page: 'embed', against: 'd3', atMost: 1 },
  { label: 'embed bytes / D3 bytes', metric: 'bytesAtLoad', page: 'embed', against: 'd3', atMost: 1 },
  { label: '/layers/ paint / D3 paint', metric: 'paintMs', page: 'layers', against: 'd3', atMost: 1.1 },
  { label: 'embed bytes / limit bytes', metric: 'bytesAtLoad', page: 'embed', against: 'limit', atMost: 3 },
];

export interface Verdict extends Target {
  /** null when a page was not measured or its value is not a positive number. */
  ratio: number | null;
  met: boolean;
}

/** Each target's ratio and whether it is met. A missing or non-positive value gives no ratio and a miss, never a pass. */
export function verdicts(summaries: Partial<Record<PeerKey, PageSummary>>, targets: readonly Target[] = TARGETS): Verdict[] {
  return targets.map((target) => {
    const numerator = summaries[target.page]?.[target.metric];
    const denominator = summaries[target.against]?.[target.metric];
    const usable = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value) && value > 0;
    if (!usable(numerator) || !usable(denominator)) return { ...target, ratio: null, met: false };
    const ratio = numerator / denominator;
    return { ...target, ratio, met: ratio <= target.atMost };
  });
}

/** One line per verdict, e.g. "embed paint / D3 paint   1.234 (at most 1)   missed"; three decimals, so 1.104 does not read as 1.10 against a limit of 1.1. */
export function formatVerdict(verdict: Verdict): string {
  const ratio = verdict.ratio === null ? 'not measured' : verdict.ratio.toFixed(3);
  return `${verdict.label.padEnd(28)} ${ratio.padStart(12)}  (at most ${verdict.atMost})  ${verdict.met ? 'met' : 'missed'}`;
}

/** Bytes as KB with one decimal, as every table of the bench prints them. */
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the table shows of a page. */
export interface TableColumn extends PageSummary {
  label: string;
  paintRangeMs: [number, number];
  partialPaintMs: number;
  fcpMs: number | null;
  staticBytesAtLoad: number;
}

/**
 * The table: one column per page; rows for the first diagram paint (with its spread, the
 * first partial paint and FCP as checks), bytes at load (with the static estimate) and JS once interactive.
 */
export function firstPaintTable(pages: readonly TableColumn[]): string[] {
  const rows: [string, (page: TableColumn) => string][] = [
    ['', (page) => page.label],
    ['first diagram paint', (page) => `${page.paintMs} ms`],
    ['  fastest–slowest load', (page) => `${page.paintRangeMs[0]}–${page.paintRangeMs[1]}`],
    ['  SVG first visible, maybe partial', (page) => `${page.partialPaintMs} ms`],
    ['  first-contentful-paint', (page) => (page.fcpMs === null ? '—' : `${page.fcpMs} ms`)],
    ['bytes at load (gzip, measured)', (page) => kilobytes(page.bytesAtLoad)],
    ['  from dist/ (page-weight)', (page) => kilobytes(page.staticBytesAtLoad)],
    ['JS once interactive (gzip)', (page) => (page.jsInteractive === 0 ? '0' : kilobytes(page.jsInteractive))],
  ];
  return rows.map(([name, cell]) => `${name.padEnd(34)}${pages.map((page) => cell(page).padStart(18)).join('')}`);
}

/**
 * The note under the table on the limit page's other forms, weighed from their files and not timed:
 * the wide layout alone, and both layouts in one page, switched by width as ours are (no script,
 * no layout shift). Beside the second, the embed's measured bytes at load over it, for information
 * only: the verdicts keep the limit, the one-layout page this screen paints.
 */
export function limitWeightsNote({
  wideBytes,
  bothBytes,
  embedBytes,
}: {
  wideBytes: number;
  bothBytes: number;
  embedBytes: number | undefined;
}): string {
  const times = embedBytes && bothBytes > 0 ? `; the embed's bytes at load are ${(embedBytes / bothBytes).toFixed(2)} times that` : '';
  return `(The limit page paints the layout this screen shows, the narrow one. Weighed, not timed: the wide layout alone ${kilobytes(wideBytes)} gzip; both layouts in one page, switched by width as ours are, ${kilobytes(bothBytes)}${times}.)`;
}
