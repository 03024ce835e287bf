/**
 * Everything an educator copies: embed snippets (a plain iframe that keeps its shape with CSS
 * alone, the same with the optional resize script, a static image) and citations of a figure in
 * APA, MLA, Chicago and BibTeX. Pure string functions, used by the embed dialog in the browser,
 * by the oEmbed files at build, and by tests.
 */
import { fitEmbedShape, frameBoxStyle, frameHeight, type EmbedShape } from './embed-shape.ts';
import type { DiagramInfo } from './diagram-types.ts';
import { escapeHtml } from './escape-html.ts';

export const SITE_NAME = 'Golden Dome, Explained';
/** The id of an embed page's title (its h1): a diagram that carries its own title heading on
 * the full page leaves it out in an embed and is labelled by this one instead. */
export const EMBED_TITLE_ID = 'embed-title';
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export type Theme = 'auto' | 'light' | 'dark';

export interface EmbedOptions {
  theme: Theme;
  showTitle: boolean;
}

/** Keep only the parameters the diagram's view reads, with their values (for permalinks and embeds). */
export function viewParams(diagram: Pick<DiagramInfo, 'params'>, search: string): URLSearchParams {
  const from = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const kept = new URLSearchParams();
  for (const name of diagram.params) {
    const value = from.get(name);
    if (value !== null && value !== '' && value.length <= 100) kept.set(name, value);
  }
  return kept;
}

/** The URL of the embed page for a view and options. `siteUrl` is the site's origin and base path. */
export function embedUrl(siteUrl: string, diagram: DiagramInfo, view: URLSearchParams, options: EmbedOptions): string {
  const params = new URLSearchParams(view);
  if (options.theme !== 'auto') params.set('theme', options.theme);
  if (!options.showTitle) params.set('title', '0');
  const query = params.toString();
  return `${siteUrl.replace(/\/$/, '')}/embed/${diagram.id}/${query ? `?${query}` : ''}`;
}

/** The full page of a view: the permalink that citations and credits point to. */
export function permalink(siteUrl: string, diagram: DiagramInfo, view: URLSearchParams): string {
  const query = view.toString();
  return `${siteUrl.replace(/\/$/, '')}${diagram.page}${query ? `?${query}` : ''}#${diagram.anchor}`;
}

/** The shape of a diagram's frame for hosts that strip scripts, fitted to its measurements. */
export function embedShape(diagram: DiagramInfo): EmbedShape {
  return fitEmbedShape(diagram.embed.measured, diagram.embed.width);
}

/** The frame's height at a width, where the host strips scripts (and the height oEmbed gives). */
export function embedHeight(diagram: DiagramInfo, width = diagram.embed.width): number {
  return frameHeight(embedShape(diagram).lines, width, diagram.embed.width);
}

const IFRAME_STYLE = 'position:absolute;top:0;left:0;width:100%;height:100%;border:0;';
/** What the frame may do: run its scripts, and open links in new tabs that are not sandboxed. */
export const IFRAME_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

export function iframeSnippet(diagram: DiagramInfo, src: string): string {
  // The outer box caps the width; the inner one's padding, a percentage of that width, gives the height.
  return `<div class="golden-dome-embed" style="max-width:${diagram.embed.width}px"><div class="golden-dome-embed-frame" style="${frameBoxStyle(embedShape(diagram))}"><iframe src="${escapeHtml(src)}" title="${escapeHtml(`Figure ${diagram.figure}: ${diagram.title} (${SITE_NAME})`)}" style="${IFRAME_STYLE}" sandbox="${IFRAME_SANDBOX}" loading="lazy" referrerpolicy="no-referrer"></iframe></div></div>`;
}

/** The iframe, marked for the resize script, and the script itself (it fits the frame to its content). */
export function scriptSnippet(diagram: DiagramInfo, src: string, scriptUrl: string): string {
  return `${iframeSnippet(diagram, src).replace('<iframe ', '<iframe data-golden-dome-embed ')}\n<script src="${escapeHtml(scriptUrl)}" async></script>`;
}

/** A static picture of the default view, linking to the full page, for hosts that allow no frames. */
export function imageSnippet(diagram: DiagramInfo, imageUrl: string, pageUrl: string): string {
  return `<a href="${escapeHtml(pageUrl)}"><img src="${escapeHtml(imageUrl)}" alt="${escapeHtml(diagram.alt)}" style="max-width:100%;height:auto" loading="lazy"></a>`;
}

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The MLA Handbook's abbreviations: months of up to four letters in full, September as "Sept.". */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** [year, month (1–12), day] of an ISO date ("2026-03-05"); throws naming the value otherwise. */
function isoDateParts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`citeFigure: "${date}" is not an ISO date (YYYY-MM-DD)`);
  return [year, month, day];
}

/** Citations of a figure at a permalink. `published` is the site's build date, `accessed` today (ISO dates). */
export function citeFigure(diagram: DiagramInfo, url: string, published: string, accessed: string): Citations {
  const [year] = isoDateParts(published);
  const [ay, am, ad] = isoDateParts(accessed);
  const title = `Figure ${diagram.figure}: ${diagram.title}`;
  const accessedLong = `${MONTHS[am - 1]} ${ad}, ${ay}`;
  const accessedMla = `${ad} ${MLA_MONTHS[am - 1]} ${ay}`;
  const key = `goldendome${year}${diagram.id.replace(/[^a-z0-9]/g, '')}`;
  return {
    apa: `${SITE_NAME}. (${year}). ${title} [Interactive diagram]. ${url}`,
    mla: `“${title}.” ${SITE_NAME}, ${year}, ${url}. Accessed ${accessedMla}.`,
    chicago: `${SITE_NAME}. “${title}.” ${year}. ${url} (accessed ${accessedLong}).`,
    bibtex: `@misc{${key},\n  author = {{${SITE_NAME}}},\n  title = {{${title}}},\n  year = {${year}},\n  howpublished = {\\url{${url}}},\n  note = {Interactive diagram, ${LICENCE.name}. Accessed ${accessed}}\n}`,
  };
}
