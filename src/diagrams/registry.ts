/**
 * Every diagram on the site: the list of the diagrams' folders, each declaring itself in its
 * info.ts, with the embed sizes that scripts/measure-embeds.ts measured (embed-sizes.json). The
 * embed pages (injected at /embed/<id>/ from each folder's Embed.astro), the oEmbed files, the CSV
 * and SVG downloads, the figure tools, the lesson kit's checks and the tests all iterate over it:
 * a new diagram is a folder and a line here.
 */
import sizes from './embed-sizes.json' with { type: 'json' };
import type { DiagramDeclaration, DiagramInfo, EmbedSizes } from '../lib/diagram-types.ts';
import { info as layers } from './layers/info.ts';
import { info as killChain } from './kill-chain/info.ts';
import { info as history } from './history/info.ts';
import { info as matrix } from './matrix/info.ts';
import { info as crosswalk } from './crosswalk/info.ts';
import { info as spaceInterceptors } from './space-interceptors/info.ts';

export type { DiagramInfo } from '../lib/diagram-types.ts';

/** The diagrams in figure order. */
export const DECLARED: readonly DiagramDeclaration[] = [layers, killChain, history, matrix, crosswalk, spaceInterceptors];

/** Frame widths at which embed pages are measured: phones, tablets, the columns of learning platforms, desktops. */
export const MEASURED_WIDTHS = [320, 375, 480, 600, 768, 900, 1000, 1100, 1300] as const;

/**
 * Until a new diagram is measured, its frame is sized as if its content were 1,200 px tall at
 * every width (a test fails until `npm run measure:embeds` has measured it).
 */
function unmeasured(width: number): EmbedSizes {
  return { measured: MEASURED_WIDTHS.filter((w) => w <= width).map((w) => [w, 1200] as const), exportHeight: 1200 };
}

/**
 * The measured sizes of every diagram, by id, read from the file `npm run measure:embeds` writes.
 * Checked here because the file is generated: a malformed entry fails the build naming the file.
 */
export function readEmbedSizes(json: unknown, file = 'src/diagrams/embed-sizes.json'): Record<string, EmbedSizes> {
  const isPair = (value: unknown): value is [number, number] =>
    Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0);
  if (typeof json !== 'object' || json === null) throw new Error(`${file}: expected an object of embed sizes by diagram id`);
  return Object.fromEntries(
    Object.entries(json).map(([id, entry]) => {
      const { measured, exportHeight } = (entry ?? {}) as { measured?: unknown; exportHeight?: unknown };
      if (!Array.isArray(measured) || !measured.every(isPair) || typeof exportHeight !== 'number') {
        throw new Error(
          `${file}: "${id}" needs "measured" as [width, height] pairs and a numeric "exportHeight"; run npm run measure:embeds`,
        );
      }
      return [id, { measured, exportHeight }];
    }),
  );
}

export const EMBED_SIZES: Readonly<Record<string, EmbedSizes>> = readEmbedSizes(sizes);

export const DIAGRAMS: readonly DiagramInfo[] = DECLARED.map((diagram) => ({
  ...diagram,
  embed: { width: diagram.embedWidth, ...(EMBED_SIZES[diagram.id] ?? unmeasured(diagram.embedWidth)) },
}));

export function diagramById(id: string): DiagramInfo | undefined {
  return DIAGRAMS.find((diagram) => diagram.id === id);
}
