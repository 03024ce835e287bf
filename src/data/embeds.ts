/** Absolute addresses for embeds and oEmbed: the site's origin and base path, from SITE_URL and BASE_PATH. */
import { embedHeight, embedUrl, iframeSnippet, SITE_NAME } from '../lib/embed-code.ts';
import type { DiagramInfo } from '../lib/diagram-types.ts';

/** The site's public URL with its base path, without a trailing slash. */
export function siteUrl(): string {
  return new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href.replace(/\/$/, '');
}

/** The oEmbed response for a diagram's default view (oEmbed 1.0, type "rich"). */
export function oembedFor(diagram: DiagramInfo) {
  const url = embedUrl(siteUrl(), diagram, new URLSearchParams(), { theme: 'auto', showTitle: true });
  return {
    version: '1.0',
    type: 'rich',
    title: `Figure ${diagram.figure}: ${diagram.title}`,
    provider_name: SITE_NAME,
    provider_url: `${siteUrl()}/`,
    html: iframeSnippet(diagram, url),
    width: diagram.embed.width,
    height: embedHeight(diagram),
    cache_age: 86400,
  };
}
