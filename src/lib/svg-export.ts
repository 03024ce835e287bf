/**
 * A diagram as one self-contained SVG file: its markup (as XHTML inside a foreignObject, so HTML
 * diagrams and SVG diagrams export the same way), the site's CSS inlined, and a header and
 * footer inside the image with the title, the credit, the licence and the source line. Pure
 * string work, used at build (the default view, /downloads/<id>.svg) and in the browser (the
 * view on screen).
 */
import { LICENCE, SITE_NAME } from './embed-code.ts';
import { escapeHtml } from './escape-html.ts';

export interface ExportInput {
  /** The diagram's markup as well-formed XHTML. */
  xhtml: string;
  /** CSS to inline (the site's stylesheets). */
  css: string;
  width: number;
  /** Height of the diagram's content, without header and footer. */
  height: number;
  figure: number;
  title: string;
  /** Text alternative, stored as the SVG's <desc>. */
  alt: string;
  /** The permalink of the view, printed in the footer. */
  permalink: string;
}

export const HEADER_HEIGHT = 56;
export const FOOTER_HEIGHT = 64;

/** CSS that makes the exported page look like the site: the body rules do not apply inside an SVG. */
const BASE_CSS = `
.export-root{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,sans-serif;font-size:16px;line-height:1.5;color:var(--text,#1b1f24);background:var(--bg,#fdfdfb);padding:0 12px;box-sizing:border-box;width:100%;height:100%;overflow:hidden}
.export-root a{color:var(--accent,#0b57a4)}
.export-root button,.export-root input,.export-root select,.export-root [data-needs-js]{display:none}
`;

/** CDATA cannot contain "]]>": split it where it occurs. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export function standaloneSvg(input: ExportInput): string {
  const width = Math.round(input.width);
  const height = Math.round(input.height) + HEADER_HEIGHT + FOOTER_HEIGHT;
  const footerY = HEADER_HEIGHT + Math.round(input.height);
  const titleText = `Figure ${input.figure}. ${input.title}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="export-title export-desc">`,
    `<title id="export-title">${escapeHtml(`${titleText} (${SITE_NAME})`)}</title>`,
    `<desc id="export-desc">${escapeHtml(input.alt)}</desc>`,
    `<style>${cdata(`${input.css}\n${BASE_CSS}`)}</style>`,
    `<rect width="100%" height="100%" fill="var(--bg, #fdfdfb)"/>`,
    `<text x="12" y="34" font-family="system-ui, sans-serif" font-size="22" font-weight="700" fill="var(--text, #1b1f24)">${escapeHtml(titleText)}</text>`,
    `<foreignObject x="0" y="${HEADER_HEIGHT}" width="${width}" height="${Math.round(input.height)}">`,
    `<div xmlns="http://www.w3.org/1999/xhtml" class="export-root">${input.xhtml}</div>`,
    `</foreignObject>`,
    `<g font-family="system-ui, sans-serif" font-size="14" fill="var(--text, #1b1f24)">`,
    `<text x="12" y="${footerY + 24}" class="export-credit">${escapeHtml(`Credit: ${SITE_NAME}. Licence: ${LICENCE.name} (${LICENCE.url}). The order's text is in the public domain.`)}</text>`,
    `<text x="12" y="${footerY + 46}" class="export-source">${escapeHtml(`Source: Executive Order 14186 (90 Fed. Reg. 8767) and the sources cited at ${input.permalink}`)}</text>`,
    `</g>`,
    `</svg>`,
  ].join('\n');
}
