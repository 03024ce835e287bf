/**
 * `npm run bench`: what each page ships and how fast it is. Not a test: times vary from run to
 * run (bytes do not, and tests/e2e/quality.spec.ts holds the byte budget). Builds first unless
 * --no-build. Prints two tables, and what misses the Lighthouse budget (scripts/lib/lighthouse-budget.ts),
 * and writes bench-results/bench.json.
 *   - JavaScript and total transfer: gzip bytes from dist/ (scripts/lib/page-weight.ts), at load
 *     and with what islands that hydrate on interaction load once the reader reaches for them.
 *   - Time to interactive: navigation start to the island's hydration (data-js on the diagram),
 *     median of 5 loads in Chromium against the static server (scripts/serve-static.mjs). For
 *     islands that wait for the reader (embeds, the explorable), the time from pointing at them.
 *   - Lighthouse (mobile preset, the system Chromium): the four category scores, LCP, CLS,
 *     total blocking time, and transfer and script bytes, on the pages the budget names. Each page
 *     is run LIGHTHOUSE_RUNS times and the median run reported (Lighthouse's own computeMedianRun,
 *     as its variability guide advises): a single run's blocking time swings by about ±30 ms on
 *     this 2-core machine, enough to move a score between 99 and 100 with the same bytes.
 *   - The explorable's recomputation after an input change (performance.measure, median of 20).
 *   - First diagram paint against two peer pages (scripts/bench/first-paint.ts, docs/BENCH.md):
 *     /embed/layers/ and /layers/ beside a plain client-rendered D3 page and the HTML+CSS limit
 *     page (built into bench-results/peers/ and served beside dist/), mobile, throttled, cold,
 *     median of 5 interleaved loads, with the ratios the issue's "done when" names.
 * Flags: --no-build (use dist/ as it is), --only-paint (the first-paint comparison alone; it
 * replaces the firstPaint entry of bench-results/bench.json and keeps the rest).
 * Ports: BENCH_PORT (default 4323) for dist/, the next port for the peer pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findFullChromium } from './lib/test-tools.ts';
import { weighPage } from './lib/page-weight.ts';
import { LIGHTHOUSE_BUDGET_TEXT, lighthouseMisses } from './lib/lighthouse-budget.ts';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from './bench/static-server.ts';
import { firstPaintTable, formatVerdict, kilobytes, limitWeightsNote, median } from './bench/paint-stats.ts';
import { compareFirstPaint, MOBILE_CONTEXT, THROTTLING, type BenchPage, type FirstPaintResult } from './bench/first-paint.ts';
import {
  BOTH_LAYOUTS_LIMIT_PAGE_PATH,
  bothLayoutsLimitPageHtml,
  buildD3Page,
  buildLimitPage,
  D3_PAGE_PATH,
  LIMIT_PAGE_PATH,
  WIDE_LIMIT_PAGE_PATH,
  writePage,
} from './bench/peers/build.ts';

const PAGES = [
  '/',
  '/layers/',
  '/timeline/',
  '/tour/',
  '/explore/space-interceptors/',
  '/matrix/',
  '/order/',
  '/elements/space-based-interceptors/',
  '/reporting/',
  '/glossary/',
  '/search/',
  '/embed/layers/',
  '/embed/kill-chain/',
  '/embed/space-interceptors/',
];
/**
 * Pages with an island: the selector that appears once it has hydrated and, for islands that
 * hydrate on interaction, what the bench points at to wake them.
 */
const INTERACTIVE: Record<string, { hydrated: string; pointAt?: string }> = {
  '/': { hydrated: '.layered[data-js]', pointAt: '.layered svg:visible' },
  '/layers/': { hydrated: '.layered[data-js]', pointAt: '.layered svg:visible' },
  '/timeline/': { hydrated: '.kill-chain-explorer[data-js]', pointAt: '.kill-chain-explorer' },
  '/tour/': { hydrated: '.tour-diagram .layered[data-js]' },
  '/explore/space-interceptors/': { hydrated: '.explorer[data-js]', pointAt: '.explorer' },
  '/embed/layers/': { hydrated: '.layered[data-js]', pointAt: 'main#embed svg:visible' },
  '/embed/kill-chain/': { hydrated: '.kill-chain-explorer[data-js]', pointAt: 'main#embed .kill-chain-explorer' },
  '/embed/space-interceptors/': { hydrated: '.explorer[data-js]', pointAt: 'main#embed .explorer' },
};
const PORT = Number(process.env.BENCH_PORT ?? 4323);
const RUNS = 5;
const PEERS_DIR = 'bench-results/peers';
const onlyPaint = process.argv.includes('--only-paint');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const peers = await buildD3Page(PEERS_DIR);
const server = await startStaticServer('dist', PORT);
const peersServer = await startStaticServer(PEERS_DIR, PORT + 1);
const origin = server.origin;

const browser = await chromium.launch({ executablePath: findFullChromium() ?? undefined, args: CHROMIUM_ARGS });
const rows = [];
const RECOMPUTE_RUNS = 20;
let recompute = NaN;
let firstPaint: FirstPaintResult;
try {
  const narrowSvg = await buildLimitPage(browser, peersServer.origin + D3_PAGE_PATH, PEERS_DIR, peers.data, MOBILE_CONTEXT);
  const desktop = { viewport: { width: 1280, height: 800 } };
  const wideSvg = await buildLimitPage(browser, peersServer.origin + D3_PAGE_PATH, PEERS_DIR, peers.data, desktop, WIDE_LIMIT_PAGE_PATH);
  writePage(
    PEERS_DIR,
    BOTH_LAYOUTS_LIMIT_PAGE_PATH,
    bothLayoutsLimitPageHtml(peers.data.title, narrowSvg, wideSvg, peers.data.wideMinWidth),
  );
  const sitePage = (key: 'embed' | 'layers', path: string, label: string): BenchPage => {
    const weight = weighPage('dist', path);
    return {
      key,
      label,
      url: origin + path,
      svgSelector: '.layered .diagram-svg',
      jsInteractive: weight.js,
      staticBytesAtLoad: weight.totalAtLoad,
    };
  };
  const peerPage = (key: 'd3' | 'limit', path: string, label: string, svgSelector: string): BenchPage => {
    const weight = weighPage(PEERS_DIR, path);
    return { key, label, url: peersServer.origin + path, svgSelector, jsInteractive: weight.js, staticBytesAtLoad: weight.totalAtLoad };
  };
  console.log(`\nFirst diagram paint: ${RUNS} loads of each page, interleaved, throttled.`);
  firstPaint = await compareFirstPaint(
    browser,
    [
      sitePage('embed', '/embed/layers/', '/embed/layers/'),
      sitePage('layers', '/layers/', '/layers/'),
      peerPage('d3', D3_PAGE_PATH, 'plain D3 page', '#diagram svg'),
      peerPage('limit', LIMIT_PAGE_PATH, 'HTML+CSS limit', 'body > svg'),
    ],
    { runs: RUNS, marks: peers.data.scenes.wide.marks.length, log: console.log },
  );
  for (const page of onlyPaint ? [] : PAGES) {
    const weight = weighPage('dist', page);
    let interactiveMs: number | null = null;
    const island = INTERACTIVE[page];
    if (island) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        await tab.goto(origin + page);
        let from = 0;
        if (island.pointAt) {
          await tab.waitForLoadState('networkidle');
          from = await tab.evaluate(() => performance.now());
          await tab.locator(island.pointAt).first().hover();
        }
        await tab.waitForSelector(island.hydrated, { state: 'attached' });
        times.push((await tab.evaluate(() => performance.now())) - from);
        await context.close();
      }
      interactiveMs = Math.round(median(times));
    }
    rows.push({
      page,
      jsAtLoadGzip: weight.jsAtLoad,
      jsGzip: weight.js,
      totalAtLoadGzip: weight.totalAtLoad,
      totalGzip: weight.total,
      htmlGzip: weight.html,
      cssGzip: weight.css,
      interactiveMs,
      hydratesOnInteraction: Boolean(island?.pointAt),
      jsFiles: weight.jsFiles,
    });
  }
  // The explorable: time from an input change to the updated view (the page measures it).
  if (!onlyPaint) {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/explore/space-interceptors/`);
    await tab.locator('.explorer').hover();
    await tab.waitForSelector('.explorer[data-js]', { state: 'attached' });
    for (let i = 0; i < RECOMPUTE_RUNS; i++) {
      await tab.fill('input#salvo', String(2 + (i % 50)));
      await tab.press('input#salvo', 'Enter');
    }
    const durations = await tab.evaluate(() => performance.getEntriesByName('sbi-recompute').map((entry) => entry.duration));
    recompute = median(durations);
  }
} finally {
  await browser.close();
  server.stop();
  peersServer.stop();
}

/** Pages Lighthouse measures against LIGHTHOUSE_BUDGET (scripts/lib/lighthouse-budget.ts). */
const LIGHTHOUSE_PAGES = [
  '/',
  '/layers/',
  '/elements/space-based-interceptors/',
  '/order/',
  '/explore/space-interceptors/',
  '/embed/layers/',
];
/**
 * Runs per page; the median run is reported. Five, as Lighthouse's own variability guide advises
 * (GoogleChrome/lighthouse docs/variability.md, "Run Lighthouse multiple times": the median of
 * five halves the spread). With three, one slow spell of this two-core machine in two runs moved a
 * page's LCP by up to 200 ms (docs/BENCH.md).
 */
const LIGHTHOUSE_RUNS = 5;

async function runLighthouse() {
  const lighthouseRows = [];
  const chrome = await chromeLauncher.launch({
    chromePath: findFullChromium() ?? undefined,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const server2 = await startStaticServer('dist', PORT);
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        const result = await lighthouse(server2.origin + page, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (result) runs.push(result.lhr);
      }
      if (runs.length === 0) continue;
      const { categories, audits } = computeMedianRun(runs);
      const items =
        (audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
      lighthouseRows.push({
        page,
        performance: Math.round((categories.performance.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
        bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
        seo: Math.round((categories.seo.score ?? 0) * 100),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue ?? 0),
        cls: Number((audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue ?? 0),
        transferBytes: items.find((item) => item.resourceType === 'total')?.transferSize ?? 0,
        scriptBytes: items.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
      });
    }
  } finally {
    await chrome.kill();
    server2.stop();
  }
  return lighthouseRows;
}
const lighthouseRows = onlyPaint ? [] : await runLighthouse();

if (!onlyPaint) {
  console.log('\nGzip bytes: at load, and (after the slash) once the reader has reached for every island.');
  console.log('page                                   JS (gzip)            total (gzip)          time to interactive');
  const both = (atLoad: number, all: number) => (atLoad === all ? kilobytes(all) : `${kilobytes(atLoad)} / ${kilobytes(all)}`);
  for (const row of rows) {
    const time = row.interactiveMs === null ? '—' : `${row.interactiveMs} ms${row.hydratesOnInteraction ? ' after pointing' : ''}`;
    console.log(
      `${row.page.padEnd(38)} ${both(row.jsAtLoadGzip, row.jsGzip).padStart(19)}  ${both(row.totalAtLoadGzip, row.totalGzip).padStart(19)}   ${time}`,
    );
  }
  console.log(
    `\n${`Lighthouse (mobile, median of ${LIGHTHOUSE_RUNS})`.padEnd(39)}perf  a11y  best  seo   LCP      CLS    TBT     transfer   script`,
  );
  for (const row of lighthouseRows) {
    console.log(
      `${row.page.padEnd(38)} ${String(row.performance).padStart(4)}  ${String(row.accessibility).padStart(4)}  ${String(row.bestPractices).padStart(4)}  ${String(row.seo).padStart(4)}  ${`${row.lcpMs} ms`.padStart(7)}  ${String(row.cls).padStart(5)}  ${`${row.tbtMs} ms`.padStart(6)}  ${kilobytes(row.transferBytes).padStart(9)}  ${kilobytes(row.scriptBytes).padStart(8)}`,
    );
  }
  const misses = lighthouseMisses(lighthouseRows);
  console.log(
    misses.length === 0
      ? `Budget (${LIGHTHOUSE_BUDGET_TEXT}): met on every page.`
      : `Budget (${LIGHTHOUSE_BUDGET_TEXT}) missed: ${misses.join('; ')}.`,
  );
  console.log(
    `\nExplorable recompute after an input change: median ${recompute.toFixed(2)} ms over ${RECOMPUTE_RUNS} changes (budget 16 ms).`,
  );
}

const { width, height } = MOBILE_CONTEXT.viewport!;
console.log(
  `\nFirst diagram paint (${width}×${height} at ${MOBILE_CONTEXT.deviceScaleFactor}×, ${THROTTLING.latencyMs} ms RTT, ${THROTTLING.downloadKbps / 1024} Mbit/s, CPU ${THROTTLING.cpuSlowdown}× slower; cold; median of ${RUNS}, interleaved):`,
);
for (const line of firstPaintTable(firstPaint!.pages)) console.log(line);
const wideLimitBytes = weighPage(PEERS_DIR, WIDE_LIMIT_PAGE_PATH).totalAtLoad;
const bothLayoutsLimitBytes = weighPage(PEERS_DIR, BOTH_LAYOUTS_LIMIT_PAGE_PATH).totalAtLoad;
console.log(
  limitWeightsNote({
    wideBytes: wideLimitBytes,
    bothBytes: bothLayoutsLimitBytes,
    embedBytes: firstPaint!.pages.find((page) => page.key === 'embed')?.bytesAtLoad,
  }),
);
console.log('\nThe issue\'s "done when" (ratios from this run):');
for (const verdict of firstPaint!.verdicts) console.log(`  ${formatVerdict(verdict)}`);

mkdirSync('bench-results', { recursive: true });
const BENCH_JSON = 'bench-results/bench.json';
const report = onlyPaint
  ? {
      ...(existsSync(BENCH_JSON) ? JSON.parse(readFileSync(BENCH_JSON, 'utf8')) : {}),
      firstPaint: { ...firstPaint!, wideLimitBytes, bothLayoutsLimitBytes },
    }
  : {
      date: new Date().toISOString(),
      runs: RUNS,
      pages: rows,
      lighthouseRunsPerPage: LIGHTHOUSE_RUNS,
      lighthouse: lighthouseRows,
      explorableRecomputeMedianMs: recompute,
      firstPaint: { ...firstPaint!, wideLimitBytes, bothLayoutsLimitBytes },
    };
writeFileSync(BENCH_JSON, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten: ${BENCH_JSON}`);
