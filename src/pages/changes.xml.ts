/** /changes.xml: the Atom feed of dated content changes (content/changes/changes.yaml). */
import type { APIRoute } from 'astro';
import { getChanges } from '../data/changes.ts';
import { buildChangesFeed } from '../node/changes-feed.ts';
import { SITE_NAME } from '../lib/embed-code.ts';

export const GET: APIRoute = async ({ site }) => {
  const root = new URL(import.meta.env.BASE_URL, site).href;
  return new Response(buildChangesFeed(await getChanges(), { root, title: SITE_NAME }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
