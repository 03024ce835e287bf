/**
 * The first-paint comparison of `npm run bench` (docs/BENCH.md): our /embed/layers/ and /layers/
 * against a plain client-rendered D3 page and the HTML+CSS limit page (scripts/bench/peers/), in
 * Chromium with a mobile viewport, throttled over CDP (150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up, CPU 4× slower), each load in a fresh browser context (cold cache, new
 * connections), the pages interleaved round-robin. For each load:
 *   - first diagram paint: an init script checks, in every animation frame from the document's
 *     creation, for the page's diagram SVG, visible, laid out, with every mark in it; the frame
 *     that first has it is the frame that paints it, and the bench takes the time when, in that
 *     frame, the check has styled and laid it out (only paint and compositing follow); the first
 *     frame with the SVG visible but not yet whole is recorded too (partial paint), and when the
 *     frame's task ended (a message posted from the callback: an upper bound, late when other
 *     tasks queue first);
 *   - first-contentful-paint (Paint Timing), beside it as a cross-check;
 *   - bytes at load: gzip body bytes of every response finished by the load event (Resource and
 *     Navigation Timing: encodedBodySize), the browser offering gzip alone (GZIP_ONLY);
 *     transferSize beside it (Chromium reports the body plus a flat 300 bytes for headers).
 * JS once interactive is static: scripts/lib/page-weight.ts's `js` for every page.
 */
import type { Browser, BrowserContextOptions } from '@playwright/test';
import {
  bytesAtLoad,
  interleave,
  median,
  verdicts,
  type BytesAtLoad,
  type PageSummary,
  type PeerKey,
  type TimedResponse,
  type Verdict,
} from './paint-stats.ts';

/** A mobile phone's screen (a Moto G Power-class device, as Lighthouse's mobile preset), with touch. */
export const MOBILE_CONTEXT: BrowserContextOptions = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

/**
 * The throttling. Throughputs in kbit/s converted as Lighthouse's DevTools throttling does
 * (1 kbit = 1024 bits); the latency is added to every request, as Chromium's DevTools throttling does.
 */
export const THROTTLING = { latencyMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750, cpuSlowdown: 4 };

/**
 * The issue compares gzip sizes, and gzip is what GitHub Pages serves. Chromium also offers br and
 * zstd, and the static server (compression 1.8) answers br when offered, so the bench's browser
 * offers gzip alone.
 */
export const GZIP_ONLY = { 'Accept-Encoding': 'gzip' };

export interface BenchPage {
  key: PeerKey;
  label: string;
  url: string;
  /** The diagram's SVG element(s); the visible one with every mark counts. */
  svgSelector: string;
  /** gzip bytes of JavaScript once the diagram is interactive (page-weight's `js`). */
  jsInteractive: number;
  /** page-weight's static estimate of the gzip bytes at load, to cross-check the measured bytes. */
  staticBytesAtLoad: number;
}

export interface LoadMeasurement {
  run: number;
  /** In the first frame with the whole diagram, when it was styled and laid out (ms from navigation start). */
  paintMs: number;
  /** When a message posted from that frame's rAF callback ran: after the frame, or later if other tasks queued first. */
  afterFrameMs: number;
  /** paintMs for the first frame with the diagram's SVG visible at all, maybe not yet whole (the parser can yield mid-SVG). */
  partialPaintMs: number;
  /** first-contentful-paint, or null if the page reported none. */
  fcpMs: number | null;
  /** Whether the diagram's top edge was on screen in that frame. */
  inViewport: boolean;
  loadEventMs: number;
  bytes: BytesAtLoad;
}

export interface PageResult extends PageSummary {
  key: PeerKey;
  label: string;
  url: string;
  /** The fastest and slowest load's first diagram paint: how noisy the run was. */
  paintRangeMs: [number, number];
  partialPaintMs: number;
  fcpMs: number | null;
  transferAtLoad: number;
  staticBytesAtLoad: number;
  loads: LoadMeasurement[];
}

export interface FirstPaintResult {
  date: string;
  runs: number;
  context: BrowserContextOptions;
  throttling: typeof THROTTLING;
  pages: PageResult[];
  verdicts: Verdict[];
}

interface PaintRecord {
  /** performance.now() once the frame's callback had the SVG styled and laid out. */
  laidOut: number;
  /** Where the SVG's top edge was (CSS px from the viewport's top). */
  top: number;
  /** When a message posted from the callback ran. */
  afterFrame?: number;
}

declare global {
  interface Window {
    __firstDiagramPaint?: PaintRecord;
    __firstPartialPaint?: PaintRecord;
  }
}

/**
 * Runs in the page before any of its scripts (an init script). rAF callbacks run at the start of
 * each rendering update, and not while rendering is blocked (pending stylesheets), so the first
 * callback that finds the finished diagram belongs to the frame that paints it. The time is taken
 * with performance.now() after the check (which forces the frame's style and layout), not from the
 * callback's argument: that is the frame's scheduled start, which can be long before the callback
 * runs when a script held the main thread (the D3 page's drawing).
 */
function watchForDiagram({ selector, marks }: { selector: string; marks: number }): void {
  let partialSeen = false;
  const check = () => {
    const visible = [...document.querySelectorAll(selector)].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
    });
    const whole = visible.find((element) => element.querySelectorAll('.mark').length === marks);
    const laidOut = performance.now();
    if (visible.length > 0 && !partialSeen) {
      partialSeen = true;
      window.__firstPartialPaint = { laidOut, top: visible[0].getBoundingClientRect().top };
    }
    if (!whole) {
      requestAnimationFrame(check);
      return;
    }
    const record: PaintRecord = { laidOut, top: whole.getBoundingClientRect().top };
    window.__firstDiagramPaint = record;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (record.afterFrame = performance.now());
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
}

/** Load one page once, cold and throttled, and measure it. */
async function measureLoad(browser: Browser, page: BenchPage, marks: number, run: number): Promise<LoadMeasurement> {
  const context = await browser.newContext({ ...MOBILE_CONTEXT, extraHTTPHeaders: GZIP_ONLY });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: (THROTTLING.downloadKbps * 1024) / 8,
      uploadThroughput: (THROTTLING.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
    await tab.addInitScript(watchForDiagram, { selector: page.svgSelector, marks });
    await tab.goto(page.url, { waitUntil: 'load', timeout: 120_000 });
    try {
      await tab.waitForFunction(() => window.__firstDiagramPaint?.afterFrame !== undefined, null, {
        timeout: 30_000,
      });
    } catch {
      throw new Error(`${page.label} (${page.url}) never showed its diagram (${page.svgSelector}) with all ${marks} marks.`);
    }
    const seen = await tab.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const timed = [navigation, ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])];
      return {
        paint: window.__firstDiagramPaint!,
        partial: window.__firstPartialPaint!,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        loadEventStart: navigation.loadEventStart,
        viewportHeight: window.innerHeight,
        responses: timed.map((entry) => ({
          name: entry.name,
          encodedBodySize: entry.encodedBodySize,
          transferSize: entry.transferSize,
          responseEnd: entry.responseEnd,
        })) satisfies TimedResponse[],
      };
    });
    return {
      run,
      paintMs: seen.paint.laidOut,
      afterFrameMs: seen.paint.afterFrame!,
      partialPaintMs: seen.partial.laidOut,
      fcpMs: seen.fcp,
      inViewport: seen.paint.top < seen.viewportHeight,
      loadEventMs: seen.loadEventStart,
      bytes: bytesAtLoad(seen.responses, seen.loadEventStart),
    };
  } finally {
    await context.close();
  }
}

/**
 * Measure every page `runs` times, interleaved, and summarise each by its medians. `marks` is the
 * number of marks the scene has: a page counts as painted only with all of them, which also checks
 * that the peer pages draw the whole diagram.
 */
export async function compareFirstPaint(
  browser: Browser,
  pages: readonly BenchPage[],
  { runs, marks, log = () => {} }: { runs: number; marks: number; log?: (line: string) => void },
): Promise<FirstPaintResult> {
  const loads = new Map<PeerKey, LoadMeasurement[]>(pages.map((page) => [page.key, []]));
  for (const { page, run } of interleave(pages, runs)) {
    const measured = await measureLoad(browser, page, marks, run);
    loads.get(page.key)!.push(measured);
    log(
      `  run ${run + 1}/${runs} ${page.label.padEnd(16)} paint ${Math.round(measured.paintMs)} ms (partial ${Math.round(measured.partialPaintMs)}, frame task ended ${Math.round(measured.afterFrameMs)}), FCP ${measured.fcpMs === null ? '—' : Math.round(measured.fcpMs)} ms, ${measured.bytes.body} B at load`,
    );
  }
  const results: PageResult[] = pages.map((page) => {
    const measured = loads.get(page.key)!;
    const fcps = measured.map((load) => load.fcpMs).filter((fcp): fcp is number => fcp !== null);
    return {
      key: page.key,
      label: page.label,
      url: page.url,
      paintMs: Math.round(median(measured.map((load) => load.paintMs))),
      paintRangeMs: [
        Math.round(Math.min(...measured.map((load) => load.paintMs))),
        Math.round(Math.max(...measured.map((load) => load.paintMs))),
      ],
      partialPaintMs: Math.round(median(measured.map((load) => load.partialPaintMs))),
      fcpMs: fcps.length === measured.length ? Math.round(median(fcps)) : null,
      bytesAtLoad: median(measured.map((load) => load.bytes.body)),
      transferAtLoad: median(measured.map((load) => load.bytes.transfer)),
      jsInteractive: page.jsInteractive,
      staticBytesAtLoad: page.staticBytesAtLoad,
      loads: measured,
    };
  });
  const byKey: Partial<Record<PeerKey, PageSummary>> = Object.fromEntries(results.map((result) => [result.key, result]));
  return {
    date: new Date().toISOString(),
    runs,
    context: MOBILE_CONTEXT,
    throttling: THROTTLING,
    pages: results,
    verdicts: verdicts(byKey),
  };
}
