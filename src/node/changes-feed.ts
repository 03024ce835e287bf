/**
 * The Atom feed of dated content changes (/changes.xml), written by the `feed` library so that
 * escaping and the Atom 1.0 structure are not ours to get wrong. Build time only.
 */
import { Feed } from 'feed';
import type { Change } from '../lib/schema/changes.ts';
import { escapeHtml } from '../lib/escape-html.ts';

export interface FeedSite {
  /** Absolute address of the site's root, with the base path and a trailing slash. */
  root: string;
  title: string;
}

/** The page a change is about, absolute: its first listed page. */
export function changeLink(change: Pick<Change, 'pages'>, root: string): string {
  return new URL(change.pages[0].replace(/^\//, ''), root).href;
}

/** Atom 1.0 XML for `changes` (newest first), each entry linking to the first page it changed. */
export function buildChangesFeed(changes: readonly Change[], site: FeedSite): string {
  const changesPage = new URL('changes/', site.root).href;
  const feed = new Feed({
    id: changesPage,
    title: `What's new: ${site.title}`,
    description: 'Dated changes to the content of the site: new sources, corrected facts, events added.',
    link: changesPage,
    language: 'en',
    // The newest change dates the feed, so that rebuilding without a change does not look like news.
    updated: changes.length > 0 ? new Date(`${changes[0].date}T00:00:00Z`) : new Date(0),
    generator: false,
    feedLinks: { atom: new URL('changes.xml', site.root).href },
    copyright: 'CC BY 4.0',
    author: { name: site.title, link: site.root },
  });
  for (const change of changes) {
    const pages = change.pages.map((page) => new URL(page.replace(/^\//, ''), site.root).href);
    feed.addItem({
      id: `${changesPage}#${change.id}`,
      title: change.title,
      link: pages[0],
      date: new Date(`${change.date}T00:00:00Z`),
      // The library marks summaries as HTML; ours are plain text, so they are escaped.
      description: escapeHtml(change.summary),
      content: `<p>${escapeHtml(change.summary)}</p><p>Pages changed: ${pages.map((page) => `<a href="${escapeHtml(page)}">${escapeHtml(page)}</a>`).join(', ')}</p>`,
    });
  }
  return feed.atom1();
}
