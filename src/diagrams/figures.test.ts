/**
 * The figure contract, as the server renders it: every diagram's Figure.astro draws inside the one
 * frame (src/components/site/DiagramFigure.astro) wherever it stands — its full page, another page,
 * an embed — so the anchor, the "Figure N." caption, the level of its headings and the tools come
 * from the frame and the registry, never from a figure's own code.
 */
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DIAGRAMS } from './registry.ts';
import { FIGURE_TOP_HEADING, figureFrame, type FigureProps } from '../lib/figure-frame.ts';
import { EMBED_TITLE_ID } from '../lib/embed-code.ts';
import { diagramContainer, type AstroComponentFactory } from '../../tests/diagrams/container.ts';
import DiagramTools from '../components/site/DiagramTools.astro';

vi.mock('astro:content', () => import('../../tests/diagrams/astro-content.ts'));

const figures = import.meta.glob<{ default: AstroComponentFactory }>('./*/Figure.astro');

let container: AstroContainer;
beforeAll(async () => {
  container = await diagramContainer();
});

type Element = ReturnType<typeof DomUtils.findAll>[number];

const PLACEMENTS: { name: string; props: FigureProps }[] = [
  { name: 'on its page', props: { placement: 'page', tools: DiagramTools } },
  { name: 'on another page', props: { placement: 'excerpt' } },
  { name: 'in an embed', props: { placement: 'embed' } },
];

/** The headings of `root` in document order, as levels (2 for h2). */
const headingLevels = (root: Element) => DomUtils.findAll((node) => /^h[1-6]$/.test(node.name), [root]).map((node) => Number(node.name[1]));

describe.each(DIAGRAMS.map((diagram) => [diagram.id, diagram] as const))('the %s figure', (id, diagram) => {
  for (const { name, props } of PLACEMENTS) {
    it(`is framed ${name}`, async () => {
      const load = figures[`./${id}/Figure.astro`];
      expect(load, `src/diagrams/${id}/Figure.astro`).toBeDefined();
      const html = await container.renderToString((await load()).default, { props: { ...props } });
      const nodes = DomUtils.findAll(() => true, parseDocument(html).children);
      const frame = figureFrame(diagram, props);
      const where = `src/diagrams/${id}/Figure.astro ${name}`;

      const figure = nodes.find((node) => node.name === 'figure' && node.attribs.class?.split(' ').includes('diagram-figure'));
      expect(figure, `${where}: draw inside <DiagramFigure info={info} {...Astro.props}>`).toBeDefined();
      expect(figure!.attribs.id, `${where}: the frame's anchor`).toBe(diagram.anchor);
      expect(nodes.filter((node) => node.attribs.id === diagram.anchor)).toHaveLength(1);

      // Named by its "Figure N." caption inside it, or in an embed by the embed's title.
      const label = figure!.attribs['aria-labelledby'];
      const numbered = DomUtils.findAll((node) => DomUtils.textContent(node).trim().startsWith(frame.number), [figure!]);
      if (frame.titled) {
        expect(label).toBe(frame.captionId);
        const caption = DomUtils.findOne((node) => node.attribs.id === frame.captionId, [figure!]);
        expect(caption, `${where}: a caption with id ${frame.captionId} (caption="drawing" draws it itself)`).not.toBeNull();
        expect(DomUtils.textContent(caption!).trim(), `${where}: the caption starts with "${frame.number}"`).toMatch(
          new RegExp(`^${frame.number.replace('.', '\\.')} \\S`),
        );
      } else {
        expect(label).toBe(EMBED_TITLE_ID);
      }
      // One element, the innermost, begins with the number: one caption.
      expect(
        numbered.filter((node) => !numbered.some((other) => other !== node && DomUtils.getChildren(node).includes(other))).length,
      ).toBeLessThanOrEqual(1);

      // Its headings start at the frame's level and never skip one going down.
      const levels = headingLevels(figure!);
      const top = FIGURE_TOP_HEADING;
      if (levels.length > 0) expect(Math.min(...levels), `${where}: its top headings are ${frame.heading(0)} (frame.heading())`).toBe(top);
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level - levels[index - 1], `${where}: heading ${index + 1} skips a level (${levels.join(', ')})`).toBeLessThanOrEqual(1);
      });
      if (levels.length > 0) expect(levels[0], `${where}: its first heading`).toBe(top);

      // The tools follow it on its page, and only there.
      const tools = nodes.find((node) => node.attribs.id === `tools-${id}`);
      expect(Boolean(tools), `${where}: the figure tools`).toBe(frame.tools);
    });
  }
});

it('on its page, a figure without the tools handed in fails, naming what to add', async () => {
  const load = figures['./matrix/Figure.astro'];
  await expect(container.renderToString((await load()).default, { props: { placement: 'page' } })).rejects.toThrow(
    /the matrix figure on its page \(\/matrix\/\) needs tools=\{DiagramTools\}/,
  );
});
