import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readCollection } from '../../src/node/content.ts';
import { labelFor } from '../../src/lib/order.ts';
import { axeViolations } from './site.ts';
import { DIAGRAM_THREATS, DIAGRAM_THREAT_LABELS, type DiagramThreat } from '../../src/lib/vocabulary.ts';
import { phasesFor } from '../../src/diagrams/layers/phases.ts';

const elements = new Map(readCollection('.', 'elements').map((entry) => [entry.id, entry.data]));
const [{ data: diagram }] = readCollection('.', 'layeredDiagram');
const drawn = diagram.marks.map((mark) => mark.element);
const layered = diagram;
/** The times the sources give for the ballistic missile alone. */
const ballisticTimes = layered.phases.filter((band) => band.source).map((band) => band.duration);

/** What a threat's bands should say in a layout: each phase's name, then (wide) its time, in flight order. */
const bandsOf = (threat: DiagramThreat, layout: 'wide' | 'narrow') =>
  phasesFor(layered, threat).flatMap((phase) => (layout === 'wide' ? [phase.label, phase.duration] : [phase.shortLabel].flat()));

/** What the bands say, as rendered: the visible lines of one layout's band labels, in flight order. */
const renderedBands = (scope: Page | Locator, layout: 'wide' | 'narrow') =>
  scope
    .locator(`.layout-${layout} .bands text`)
    .evaluateAll((nodes) => nodes.filter((node) => node.getBoundingClientRect().width > 0).map((node) => node.textContent));

/** The diagram's marks in the layout that is showing (wide at desktop sizes). */
const visibleMarks = (page: Page) => page.locator('.layout-wide a.mark');

/**
 * The island hydrates when the reader reaches for it (client:interaction): point at the threat
 * switch's label (not at a mark, which would open a tooltip), then wait until it sets data-js.
 */
async function hydrated(page: Page) {
  await page.locator('.layered .switch-label').hover();
  await expect(page.locator('.layered[data-js="true"]')).toBeVisible();
}

test.describe('the layered diagram, server-rendered', () => {
  test.use({ javaScriptEnabled: false });

  test('the built HTML holds every drawn element as a link to its page, in flight order', async ({ page }) => {
    await page.goto('/layers/');
    const hrefs = await visibleMarks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(drawn.map((id) => `/elements/${id}/`));
    await visibleMarks(page).first().click();
    await expect(page).toHaveURL(`/elements/${drawn[0]}/`);
  });

  test('threat views are plain links that change the path without JavaScript', async ({ page }) => {
    await page.goto('/layers/');
    const visiblePath = () => page.locator('.layout-wide [data-threat-path]:visible').getAttribute('data-threat-path');
    expect(await visiblePath()).toBe('ballistic');
    await page.getByRole('link', { name: 'Cruise missile', exact: true }).click();
    await expect(page).toHaveURL(/\?threat=cruise#threat-cruise$/);
    expect(await visiblePath()).toBe('cruise');
    await expect(page.locator('.fade-list-cruise')).toBeVisible();
    await expect(page.locator('.fade-list-cruise')).toContainText('Space-based interceptors');
  });

  test('each threat link names and times the phases as that threat flies them (issue 29: no ICBM times on the other views)', async ({
    page,
  }) => {
    await page.goto('/layers/');
    for (const threat of DIAGRAM_THREATS) {
      await page.getByRole('link', { name: DIAGRAM_THREAT_LABELS[threat], exact: true }).click();
      expect(await renderedBands(page, 'wide'), threat).toEqual(bandsOf(threat, 'wide'));
      if (threat !== 'ballistic') for (const time of ballisticTimes) expect(await renderedBands(page, 'wide'), threat).not.toContain(time);
      // The note that says whose times the sources give shows with the threat's fades.
      const note = page.locator('.layered .fades .phase-note');
      if (threat === 'ballistic') await expect(note).toBeHidden();
      else await expect(note).toHaveText(layered.unsourcedNote);
    }
    expect(await renderedBands(page, 'wide')).toEqual([
      'Pre-launch',
      'before launch',
      'Launch',
      'time: no source',
      'Cruise',
      'time: no source',
      'Terminal',
      'time: no source',
    ]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await renderedBands(page, 'narrow')).toEqual(bandsOf('cruise', 'narrow'));
  });

  test("the phase lists under the picture say what each threat's bands say", async ({ page }) => {
    await page.goto('/layers/');
    for (const threat of DIAGRAM_THREATS) {
      await page.getByRole('link', { name: DIAGRAM_THREAT_LABELS[threat], exact: true }).click();
      const bands = await renderedBands(page, 'wide');
      const items = page.locator(`[data-phases-of="${threat}"] li`);
      await expect(items).toHaveCount(bands.length / 2);
      for (let index = 0; index < bands.length / 2; index++) {
        const [name, time] = bands.slice(index * 2, index * 2 + 2);
        await expect(items.nth(index).locator('strong'), threat).toHaveText(`${name}:`);
        await expect(items.nth(index), threat).toContainText(time === layered.unsourcedTime ? 'no source gives its time' : time!);
      }
    }
    await expect(page.locator('[data-phases-of="hypersonic"] [data-phase="midcourse"]')).toContainText(
      'in the middle (or glide phase) of its flight',
    );
    await expect(page.locator('[data-phases-of="hypersonic"] [data-phase="midcourse"] a')).toHaveAttribute(
      'href',
      'https://gao.gov/products/gao-22-105075',
    );
  });

  test('the table view and the description need no script', async ({ page }) => {
    await page.goto('/layers/');
    await page.getByText('Table view').click();
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    for (const id of [...drawn, ...diagram.key]) {
      await expect(table.getByRole('link', { name: elements.get(id)!.title, exact: true })).toHaveAttribute('href', `/elements/${id}/`);
    }
  });
});

test.describe('the layered diagram becomes interactive when the reader reaches for it', () => {
  // Its controller (and the client data it needs) loads on the first interaction.
  const controllerScript = /\/_astro\/controller[^/]*\.js$/;

  // The kill chain on /timeline/ carries a linked copy of the diagram inside its island, which waits the same way.
  for (const [path, island, script] of [
    ['/', '.layered', controllerScript],
    ['/layers/', '.layered', controllerScript],
    ['/timeline/', '.kill-chain-explorer', /\/_astro\/KillChain[^/]*\.js$/],
  ] as const) {
    test(`${path}: no diagram script at load; pointing at the diagram loads it`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => script.test(request.url()) && requested.push(request.url()));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(requested).toEqual([]);
      await page.locator('.layout-wide svg').first().hover();
      await expect(page.locator(`${island}[data-js="true"]`)).toBeAttached();
      expect(requested.length).toBeGreaterThan(0);
    });
  }

  test('a click before the controller has loaded opens the panel in place, not the element page', async ({ page }) => {
    // The controller is held back until the click has happened, so the click lands before it can run.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(controllerScript, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/layers/');
    await page.locator('.layout-wide a.mark[data-element="midcourse-intercept"] text').click();
    await expect(page.locator('.layered')).not.toHaveAttribute('data-js');
    release();
    await expect(page.locator('[data-panel="midcourse-intercept"]')).toBeVisible();
    await expect(page).toHaveURL(/\/layers\/\?element=midcourse-intercept$/);
  });

  test("focus on a mark before the controller has loaded shows the mark's tooltip once it has", async ({ page }) => {
    // The reader's first Tab onto a mark is what loads the controller: that focus came before its listeners.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(controllerScript, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/layers/');
    await page.locator('.layout-wide a.mark[data-element="pwsa-custody-layer"]').focus();
    await expect(page.locator('.layered')).not.toHaveAttribute('data-js');
    release();
    await expect(page.locator('.layout-wide .tooltip')).toContainText(elements.get('pwsa-custody-layer')!.title);
  });

  test('a URL that asks for a view makes it interactive at once, without waiting for the reader', async ({ page }) => {
    await page.goto('/layers/?element=space-based-interceptors');
    await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
    await expect(page.locator('[data-panel="space-based-interceptors"]')).toBeVisible();
  });
});

test.describe('the layered diagram, hydrated', () => {
  test('every element can be selected by keyboard; its panel quotes the order and links to the passages', async ({ page }) => {
    await page.goto('/layers/');
    await hydrated(page);
    await page.getByRole('link', { name: 'Cruise missile', exact: true }).focus();
    for (const id of drawn) {
      const element = elements.get(id)!;
      await page.keyboard.press('Tab');
      await expect(page.locator(`.layout-wide a.mark[data-element="${id}"]`)).toBeFocused();
      await page.keyboard.press('Enter');
      const panel = page.locator(`[data-panel="${id}"]`);
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(element.title);
      await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
      for (const cite of element.cites) {
        await expect(panel.locator('blockquote', { hasText: cite.quote })).toBeVisible();
        await expect(
          panel.getByRole('link', { name: `Exec. Order 14186, ${labelFor(cite.passage)}`, exact: true }).first(),
        ).toHaveAttribute('href', `/order/#${cite.passage}`);
      }
      await expect(panel.getByRole('link', { name: `Read more: ${element.title}` })).toHaveAttribute('href', `/elements/${id}/`);
      await expect(page).toHaveURL(`/layers/?element=${id}`);
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
      await expect(page.locator(`.layout-wide a.mark[data-element="${id}"]`)).toBeFocused();
    }
  });

  test('Space also selects, and a click or tap opens the panel', async ({ page }) => {
    await page.goto('/layers/');
    await hydrated(page);
    await page.locator('.layout-wide a.mark[data-element="hbtss-sensor-layer"]').focus();
    await page.keyboard.press(' ');
    await expect(page.locator('[data-panel="hbtss-sensor-layer"]')).toBeVisible();
    await page.locator('.layout-wide a.mark[data-element="midcourse-intercept"] text').click();
    await expect(page.locator('[data-panel="midcourse-intercept"]')).toBeVisible();
    await page.getByRole('button', { name: 'Close Midcourse intercept' }).click();
    await expect(page.locator('[data-panel]')).toHaveCount(0);
  });

  test('hover and focus show a tooltip; Escape hides it', async ({ page }) => {
    await page.goto('/layers/');
    await hydrated(page);
    await page.locator('.layout-wide a.mark[data-element="space-based-interceptors"] text').hover();
    await expect(page.locator('.layout-wide .tooltip')).toContainText('Space-based interceptors');
    await page.locator('.layout-wide a.mark[data-element="defended-locations"]').focus();
    await expect(page.locator('.layout-wide .tooltip')).toContainText('Prioritized defended locations');
    await page.keyboard.press('Escape');
    await expect(page.locator('.layout-wide .tooltip')).toHaveCount(0);
  });

  test("a mark's tooltip stays inside the picture, for every mark in both layouts (issue 29: the custody layer's ran off the left)", async ({
    page,
  }) => {
    for (const [layout, width] of [
      ['wide', 1280],
      ['narrow', 390],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/layers/');
      await hydrated(page);
      const picture = (await page.locator(`.layout-${layout} svg`).boundingBox())!;
      for (const id of drawn) {
        await page.locator(`.layout-${layout} a.mark[data-element="${id}"]`).focus();
        const tooltip = page.locator(`.layout-${layout} .tooltip`);
        await expect(tooltip).toContainText(elements.get(id)!.title);
        const box = (await tooltip.boundingBox())!;
        const where = `${id} (${layout}): tooltip ${JSON.stringify(box)} in picture ${JSON.stringify(picture)}`;
        expect(box.x, where).toBeGreaterThanOrEqual(picture.x - 0.5);
        expect(box.y, where).toBeGreaterThanOrEqual(picture.y - 0.5);
        expect(box.x + box.width, where).toBeLessThanOrEqual(picture.x + picture.width + 0.5);
        expect(box.y + box.height, where).toBeLessThanOrEqual(picture.y + picture.height + 0.5);
      }
    }
  });

  /** Scroll positions, now and at every animation frame from now on, read with `scrolls()` (each once). */
  async function recordScrolling(page: Page): Promise<() => Promise<number[]>> {
    await page.evaluate(() => {
      const seen: number[] = [Math.round(window.scrollY)];
      (window as unknown as { scrolls: number[] }).scrolls = seen;
      const tick = () => {
        seen.push(Math.round(window.scrollY));
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    return () => page.evaluate(() => [...new Set((window as unknown as { scrolls: number[] }).scrolls)]);
  }

  for (const motion of ['no-preference', 'reduce'] as const) {
    test(`Enter brings the panel below the picture into view (${motion === 'reduce' ? 'at once, with reduced motion' : 'smoothly'}); Escape closes it and returns to the mark`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/layers/');
      await hydrated(page);
      const mark = page.locator('.layout-wide a.mark[data-element="pwsa-custody-layer"]');
      await mark.focus();
      const scrolls = await recordScrolling(page);
      await page.keyboard.press('Enter');
      const panel = page.locator('[data-panel="pwsa-custody-layer"]');
      await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(panel).toBeInViewport({ ratio: 0.99 });
      const positions = await scrolls();
      // At the top of the page, and the panel (under the picture and the key at this width) below the fold: it scrolled.
      expect(positions[0]).toBe(0);
      expect(positions.at(-1)!).toBeGreaterThan(0);
      // Smooth: through positions in between. Reduced motion: straight there.
      if (motion === 'reduce') expect(positions).toHaveLength(2);
      else expect(positions.length).toBeGreaterThan(3);
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
      await expect(mark).toBeFocused();
      await expect(mark).toBeInViewport();
    });
  }

  test('the threat switch changes the path and fades what cannot engage, with reasons', async ({ page }) => {
    await page.goto('/layers/');
    await hydrated(page);
    const path = page.locator('.layout-wide [data-threat-path]:visible');
    const ballistic = await path.getAttribute('d');
    await page.getByRole('link', { name: 'Hypersonic glide vehicle', exact: true }).click();
    await expect(page).toHaveURL('/layers/?threat=hypersonic');
    await expect(path).toHaveAttribute('data-threat-path', 'hypersonic');
    expect(await path.getAttribute('d')).not.toBe(ballistic);
    await expect(page.getByRole('link', { name: 'Hypersonic glide vehicle', exact: true })).toHaveAttribute('aria-current', 'true');
    const midcourse = page.locator('.layout-wide a.mark[data-element="midcourse-intercept"]');
    await expect(midcourse).toHaveAccessibleName(/cannot engage a hypersonic glide vehicle/);
    await expect
      .poll(() =>
        midcourse
          .locator('.glyph')
          .first()
          .evaluate((node) => Number(getComputedStyle(node).opacity)),
      )
      .toBeLessThan(0.5);
    await expect(page.locator('.fade-list-hypersonic')).toContainText('Midcourse intercept');
    await page.getByRole('link', { name: 'Cruise missile', exact: true }).click();
    await expect(path).toHaveAttribute('data-threat-path', 'cruise');
    await expect(page.locator('.fade-list-cruise li')).toHaveCount(3);
  });

  test('the threat switch changes the phase labels with the path, in both layouts', async ({ page }) => {
    await page.goto('/layers/');
    await hydrated(page);
    for (const threat of ['hypersonic', 'cruise', 'ballistic'] as const) {
      await page.getByRole('link', { name: DIAGRAM_THREAT_LABELS[threat], exact: true }).click();
      await expect(page.locator('.layered')).toHaveAttribute('data-threat', threat);
      expect(await renderedBands(page, 'wide'), threat).toEqual(bandsOf(threat, 'wide'));
    }
    await page.goto('/layers/?threat=hypersonic');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
    expect(await renderedBands(page, 'narrow')).toEqual(['Pre-', 'launch', 'Boost', 'Glide', 'Terminal']);
  });

  test('the embed, the kill chain and the tour show the chosen threat’s phases too', async ({ page, browser }) => {
    await page.goto('/embed/layers/?threat=cruise');
    await expect(page.locator('.layered[data-js="true"][data-threat="cruise"]')).toBeAttached();
    expect(await renderedBands(page, 'wide')).toEqual(bandsOf('cruise', 'wide'));
    await page.goto('/timeline/?threat=hypersonic');
    const linked = page.locator('.kill-chain-explorer .linked');
    await linked.hover();
    await expect(page.locator('.kill-chain-explorer[data-js="true"] .layered[data-threat="hypersonic"]')).toBeAttached();
    expect(await renderedBands(linked, 'wide')).toEqual(bandsOf('hypersonic', 'wide'));
    // Without JavaScript: the embed's threat links, and the tour's static figure of a cruise step.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto('/embed/layers/#threat-hypersonic');
    expect(await renderedBands(plain, 'wide')).toEqual(bandsOf('hypersonic', 'wide'));
    await plain.goto('/tour/');
    const cruiseStep = plain.locator('.step-figure', { has: plain.locator('.layered[data-threat="cruise"]') }).first();
    expect(await renderedBands(cruiseStep, 'narrow')).toEqual(bandsOf('cruise', 'narrow'));
    await context.close();
  });

  test('the URL round-trips: a shared link opens the same view, and Back steps through selections', async ({ page }) => {
    await page.goto('/layers/?element=space-based-interceptors&threat=cruise');
    await hydrated(page);
    await expect(page.locator('[data-panel="space-based-interceptors"]')).toBeVisible();
    await expect(page.locator('.layout-wide [data-threat-path]:visible')).toHaveAttribute('data-threat-path', 'cruise');
    await expect(page.locator('[data-panel="space-based-interceptors"]')).toContainText('Cannot engage a cruise missile');
    await page.locator('.layout-wide a.mark[data-element="hbtss-sensor-layer"]').click();
    await expect(page).toHaveURL('/layers/?element=hbtss-sensor-layer&threat=cruise');
    await page.goBack();
    await expect(page.locator('[data-panel="space-based-interceptors"]')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });

  for (const [query, note] of [
    ['?element=no-such-thing', 'Unknown element “no-such-thing”'],
    ['?threat=laser', 'Unknown threat “laser”'],
    ['?threat=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Unknown threat “<script>alert(1)</script>”'],
    ['?element=' + 'x'.repeat(500), 'Unknown element “' + 'x'.repeat(40) + '…”'],
  ]) {
    test(`a bad value (${query.slice(0, 40)}) shows the default view and a note`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/layers/${query}`);
      await hydrated(page);
      await expect(page.locator('.url-note')).toContainText(note);
      await expect(page.locator('.layout-wide [data-threat-path]:visible')).toHaveAttribute('data-threat-path', 'ballistic');
      await expect(page.locator('[data-panel]')).toHaveCount(0);
      expect(await page.locator('script:not([src])', { hasText: 'alert(1)' }).count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('touch: a tap selects an element', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto('/layers/');
    await hydrated(page);
    await page.locator('.layout-narrow a.mark[data-element="defended-locations"] circle.hit').first().tap();
    await expect(page.locator('[data-panel="defended-locations"]')).toBeVisible();
    await context.close();
  });

  test('hydration moves nothing: mark positions are the same before and after', async ({ browser }) => {
    const positions = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/layers/');
      if (javaScriptEnabled) await hydrated(page);
      const boxes = await page
        .locator('.layout-wide a.mark, .threat-switch, .layout-wide svg')
        .evaluateAll((nodes) => nodes.map((node) => JSON.stringify(node.getBoundingClientRect())));
      await context.close();
      return boxes;
    };
    expect(await positions(true)).toEqual(await positions(false));
  });

  test('no text on the diagram is smaller than 12 px, at 320 px and at the widest', async ({ page }) => {
    for (const width of [320, 375, 700, 900, 1280, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/layers/');
      const smallest = await page
        .locator('.layout:visible svg text')
        .evaluateAll((nodes) =>
          Math.min(
            ...nodes.map((node) =>
              node.getBoundingClientRect().height > 0
                ? parseFloat(getComputedStyle(node).fontSize) *
                  (node.closest('svg')!.getBoundingClientRect().width / node.closest('svg')!.viewBox.baseVal.width)
                : Infinity,
            ),
          ),
        );
      expect(smallest, `at ${width}px`).toBeGreaterThanOrEqual(12);
    }
  });

  test('labels overlap neither each other nor the marks, as rendered', async ({ page }) => {
    await page.goto('/layers/');
    for (const layout of ['wide', 'narrow']) {
      if (layout === 'narrow') await page.setViewportSize({ width: 375, height: 800 });
      const overlaps = await page.locator(`.layout-${layout} svg`).evaluate((svg) => {
        const texts = [...svg.querySelectorAll('a.mark text, .sky text, .threat text')].map((node) => ({
          name: node.textContent,
          box: (node as SVGGraphicsElement).getBBox(),
        }));
        const glyphs = [...svg.querySelectorAll('.glyph')].map((node) => ({
          name: 'glyph',
          box: (node as SVGGraphicsElement).getBBox(),
          ctm: (node as SVGGraphicsElement).getAttribute('transform'),
        }));
        const glyphBoxes = glyphs.map(({ box, ctm }) => {
          const [x, y] = (ctm ?? '')
            .replace(/[^\d.,-]/g, '')
            .split(',')
            .map(Number);
          return { name: 'glyph', box: { x: box.x + x, y: box.y + y, width: box.width, height: box.height } };
        });
        const hit = (a: DOMRect | { x: number; y: number; width: number; height: number }, b: typeof a) =>
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        const found: string[] = [];
        texts.forEach((a, i) => {
          texts.slice(i + 1).forEach((b) => hit(a.box, b.box) && found.push(`${a.name} × ${b.name}`));
          glyphBoxes.forEach((g) => hit(a.box, g.box) && found.push(`${a.name} × a glyph`));
        });
        return found;
      });
      expect(overlaps, layout).toEqual([]);
    }
  });

  // Every view in light; in dark, the view with the panel open (the page's native controls are
  // checked in dark by a11y.spec.ts; faded marks are graphics whose labels keep token colours).
  const views = ['', '?threat=hypersonic', '?threat=cruise', '?element=space-based-interceptors'];
  for (const view of views) {
    for (const scheme of view.startsWith('?element') ? (['light', 'dark'] as const) : (['light'] as const)) {
      test(`axe: no violations at /layers/${view} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/layers/${view}`);
        await hydrated(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
