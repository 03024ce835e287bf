/**
 * Islands that hydrate on the reader's first interaction (`client:interaction`) do not need their
 * props until then, yet Astro writes them into the page as a `props` attribute, before the
 * server-rendered diagram they belong to (for the layered diagram, about 13 KB of gzip before the
 * picture). After the build, each such island's props move to a JSON file named by a hash of its
 * content (so identical props on several pages are one cached file) and the island keeps only
 * its address, `data-props-src`; the directive (src/directives/interaction.ts) fetches it when
 * it hydrates. String work only: the integration (integrations/island-props.ts) writes the files.
 */
import { createHash } from 'node:crypto';
import { decodeHTMLAttribute } from 'entities';

/** The island start tags whose props can wait: those that hydrate on interaction. */
const INTERACTION_ISLAND = /<astro-island\b[^>]*\bclient="interaction"[^>]*>/g;
const PROPS_ATTRIBUTE = /\sprops="([^"]*)"/;

export interface MovedProps {
  /** The page with each interaction island's props replaced by `data-props-src`. */
  html: string;
  /** The JSON files to write: file name (under the props folder) → content. */
  files: Map<string, string>;
}

/** The file name for a props JSON: a content hash, so it can be cached for good. */
export function propsFileName(json: string): string {
  return `${createHash('sha256').update(json).digest('base64url').slice(0, 16)}.json`;
}

/**
 * Move the props of every `client:interaction` island in `html` to files under `folderUrl` (the
 * site path of the folder, with the base path, ending in a slash). Islands without props are
 * left alone; an island's props that are not valid JSON fail the build, naming the page.
 */
export function moveIslandProps(html: string, folderUrl: string, page = 'the page'): MovedProps {
  const files = new Map<string, string>();
  const moved = html.replace(INTERACTION_ISLAND, (tag) => {
    const match = PROPS_ATTRIBUTE.exec(tag);
    if (!match) return tag;
    const json = decodeHTMLAttribute(match[1]);
    try {
      JSON.parse(json);
    } catch (error) {
      throw new Error(`${page}: an island's props are not JSON (${(error as Error).message})`, { cause: error });
    }
    const name = propsFileName(json);
    files.set(name, json);
    return tag.replace(PROPS_ATTRIBUTE, ` data-props-src="${folderUrl}${name}"`);
  });
  return { html: moved, files };
}
