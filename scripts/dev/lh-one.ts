// Development aid: Lighthouse (mobile) on pages of a running static server. node scripts/dev/lh-one.ts URL...
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findFullChromium } from '../lib/test-tools.ts';
const chrome = await chromeLauncher.launch({
  chromePath: findFullChromium() ?? undefined,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  for (const url of process.argv.slice(2)) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) continue;
    const { categories, audits } = result.lhr;
    const bootup =
      (audits['bootup-time']?.details as { items?: { url: string; total: number; scripting: number; scriptParseCompile: number }[] })
        ?.items ?? [];
    const work = (audits['mainthread-work-breakdown']?.details as { items?: { group: string; duration: number }[] })?.items ?? [];
    console.log(
      url,
      'perf',
      Math.round((categories.performance.score ?? 0) * 100),
      'TBT',
      Math.round(audits['total-blocking-time'].numericValue ?? 0),
      'LCP',
      Math.round(audits['largest-contentful-paint'].numericValue ?? 0),
      'FCP',
      Math.round(audits['first-contentful-paint'].numericValue ?? 0),
      'SI',
      Math.round(audits['speed-index'].numericValue ?? 0),
    );
    for (const item of bootup)
      console.log(
        '   bootup',
        item.url.slice(-50),
        Math.round(item.total),
        Math.round(item.scripting),
        Math.round(item.scriptParseCompile),
      );
    for (const item of work) console.log('   work', item.group, Math.round(item.duration));
  }
} finally {
  chrome.kill();
}
