/**
 * Adds a stylesheet to the document once (by its address) and tells when it has arrived: for CSS
 * that only an interaction needs, so the first paint does not wait for it or carry it. The promise
 * resolves on an error too: what the stylesheet styles still works unstyled, and a click the
 * reader made must not wait forever. The site's CSP allows stylesheets from its own origin.
 */
const requested = new Map<string, Promise<void>>();

export function ensureStylesheet(href: string, doc: Document = document): Promise<void> {
  const absolute = new URL(href, doc.baseURI).href;
  const known = requested.get(absolute);
  if (known) return known;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = absolute;
  const arrived = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  requested.set(absolute, arrived);
  doc.head.append(link);
  return arrived;
}
