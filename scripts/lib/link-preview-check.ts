/**
 * Checks the link previews of a built site the way a chat app reads them: open-graph-scraper (the
 * library many unfurlers use) parses each page's HTML, with no network; then each page must have
 * og:title, og:description, og:type, og:url equal to its canonical address, an absolute
 * og:image with its width, height and alt text, and twitter:card=summary_large_image; and the
 * image must be a file of the build that is a 1200×630 PNG (read from its IHDR chunk).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ogs from 'open-graph-scraper';
import { htmlFiles } from '../../src/build/site-files.ts';

export interface PreviewProblem {
  /** The page, as a path under the build (/layers/index.html). */
  page: string;
  problem: string;
}

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The page's canonical address, from <link rel="canonical">. */
function canonicalOf(html: string): string | undefined {
  return /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(html)?.[1] ?? /<link[^>]*href="([^"]+)"[^>]*rel="canonical"/.exec(html)?.[1];
}

/**
 * The problems of one page's preview tags.
 * @param site the site's absolute URL with its base path (SITE_URL + BASE_PATH): images must be under it
 */
export async function checkPagePreview(html: string, page: string, dist: string, site: string): Promise<PreviewProblem[]> {
  const problems: string[] = [];
  const { result } = await ogs({ html, onlyGetOpenGraphInfo: true });
  for (const [field, name] of [
    ['ogTitle', 'og:title'],
    ['ogDescription', 'og:description'],
    ['ogType', 'og:type'],
    ['ogUrl', 'og:url'],
  ] as const) {
    if (!result[field]?.trim()) problems.push(`no ${name}`);
  }
  if (result.twitterCard !== 'summary_large_image')
    problems.push(`twitter:card is ${result.twitterCard ?? 'missing'}, not summary_large_image`);
  const canonical = canonicalOf(html);
  if (result.ogUrl && result.ogUrl !== canonical)
    problems.push(`og:url ${result.ogUrl} is not the canonical address ${canonical ?? '(none)'}`);
  const images = result.ogImage ?? [];
  if (images.length !== 1) problems.push(`${images.length} og:image, not one`);
  for (const image of images) {
    if (!image.alt?.trim()) problems.push(`og:image ${image.url} has no og:image:alt`);
    if (String(image.width) !== '1200' || String(image.height) !== '630') {
      problems.push(`og:image:width × height is ${image.width ?? '?'} × ${image.height ?? '?'}, not 1200 × 630`);
    }
    if (!image.url.startsWith(site)) {
      problems.push(`og:image ${image.url} is not an absolute address under ${site}`);
      continue;
    }
    const file = join(dist, decodeURIComponent(new URL(image.url).pathname.slice(new URL(site).pathname.length)));
    if (!existsSync(file)) {
      problems.push(`og:image ${image.url} is not in the build (${file})`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (!size) problems.push(`og:image ${image.url} is not a PNG`);
    else if (size.width !== 1200 || size.height !== 630)
      problems.push(`og:image ${image.url} is ${size.width}×${size.height}, not 1200×630`);
  }
  return problems.map((problem) => ({ page, problem }));
}

/** A page kept out of search engines (the 404 page) is not one anybody shares: it has no preview. */
export const isUnlisted = (html: string) => /<meta name="robots" content="noindex"/.test(html);

/** Every listed page's problems, and how many pages were read (unlisted ones aside). */
export async function checkLinkPreviews(dist: string, site: string): Promise<{ pages: number; problems: PreviewProblem[] }> {
  const files = htmlFiles(dist).filter((file) => !isUnlisted(readFileSync(file, 'utf8')));
  const problems: PreviewProblem[] = [];
  for (const file of files) {
    const page = `/${relative(dist, file).split('\\').join('/')}`;
    problems.push(...(await checkPagePreview(readFileSync(file, 'utf8'), page, dist, site)));
  }
  return { pages: files.length, problems };
}
