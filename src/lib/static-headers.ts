/**
 * The `_headers` file for static hosts that read it (Netlify, Cloudflare Pages): security headers
 * on every page, framing forbidden everywhere except the embed pages, and CORS on the files embeds
 * load (a sandboxed frame has an opaque origin, so its module scripts are cross-origin requests).
 *
 * Hosts merge the headers of every rule a path matches, so a blanket "no framing" rule on /*
 * would also forbid the embeds. Instead, each page that may not be framed gets its own rule,
 * generated from the build's list of pages, so every page added later is covered.
 */

export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export const NO_FRAMING: Record<string, string> = {
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
};

export const EMBED_HEADERS: Record<string, string> = {
  'Content-Security-Policy': 'frame-ancestors *',
};

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
};

function rule(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * The file's text. `pages` are site paths of built pages ("/", "/order/", "/embed/layers/");
 * `base` is the base path ("/" or "/golden-dome/").
 */
export function headersFile(pages: readonly string[], base = '/'): string {
  const prefix = base.replace(/\/$/, '');
  const framed = (page: string) => page.startsWith('/embed/');
  const rules = [
    rule(`${prefix}/*`, COMMON_HEADERS),
    ...[...new Set(pages)]
      .filter((page) => !framed(page))
      .sort()
      .map((page) => rule(`${prefix}${page}`, NO_FRAMING)),
    rule(`${prefix}/embed/*`, EMBED_HEADERS),
    rule(`${prefix}/_astro/*`, CORS_HEADERS),
    rule(`${prefix}/pagefind/*`, CORS_HEADERS),
    rule(`${prefix}/data/*`, CORS_HEADERS),
  ];
  return `# Generated at build by src/node/integrations/static-headers.ts; see docs/DEPLOY.md.\n${rules.join('\n\n')}\n`;
}
