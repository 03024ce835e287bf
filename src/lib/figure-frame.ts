/**
 * How a diagram's figure is framed where it stands: its anchor, what names it, its "Figure N."
 * caption, the tags of its headings, and whether the figure tools follow. Read by the one frame
 * every figure uses (src/components/site/DiagramFigure.astro) and by each
 * src/diagrams/<id>/Figure.astro for the tags of its own headings, so both agree. Pure.
 */
import { EMBED_TITLE_ID } from './embed-code.ts';
import type { DiagramDeclaration } from './diagram-types.ts';

/**
 * `page`: on the diagram's full page (the figure tools follow it); `excerpt`: on another page
 * (the home page: no tools); `embed`: on /embed/<id>/, under the embed's title (its h1).
 */
export type FigurePlacement = 'page' | 'excerpt' | 'embed';

/** What every Figure.astro takes, and hands on to DiagramFigure. */
export interface FigureProps {
  placement?: FigurePlacement;
  /**
   * On the figure's page: the figure tools component (src/components/site/DiagramTools.astro),
   * which the page imports and hands in for the frame to place. Imported by the frame, its styles
   * would ride along on every page and embed that shows the figure (the home page's first round
   * trip and the embeds' byte budgets, quality.spec.ts, have no room for them).
   */
  tools?: unknown;
}

/**
 * The level of a figure's top headings, wherever it stands: right under the page's h1 (a page
 * may open a section before it, whose h2 the figure's headings then stand beside), or under the
 * embed's h1. One level for every figure, so a figure's own headings need no word from its page.
 */
export const FIGURE_TOP_HEADING = 2;

export type HeadingTag = 'h2' | 'h3' | 'h4';

export interface FigureFrame {
  /** The id the page, the permalinks and the citations point to (the registry's `anchor`). */
  anchor: string;
  /** The caption's id; the figure is labelled by it, or in an embed by the embed's title. */
  captionId: string;
  labelledBy: string;
  /** "Figure 3.", the caption's first words. */
  number: string;
  /** Whether the figure shows a title and a caption of its own (in an embed, the embed's h1 is both). */
  titled: boolean;
  /** The tag of a heading `depth` levels below the figure's top headings. */
  heading: (depth?: 0 | 1) => HeadingTag;
  /** Whether the figure tools (embed, downloads, citations) follow. */
  tools: boolean;
}

export function figureFrame(
  info: Pick<DiagramDeclaration, 'id' | 'figure' | 'anchor'>,
  { placement = 'page' }: FigureProps = {},
): FigureFrame {
  const embedded = placement === 'embed';
  return {
    anchor: info.anchor,
    captionId: `${info.anchor}-caption`,
    labelledBy: embedded ? EMBED_TITLE_ID : `${info.anchor}-caption`,
    number: `Figure ${info.figure}.`,
    titled: !embedded,
    heading: (depth = 0) => `h${FIGURE_TOP_HEADING + depth}` as HeadingTag,
    tools: placement === 'page',
  };
}
