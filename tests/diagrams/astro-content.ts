/**
 * `astro:content` for the diagram snapshot tests: each collection of src/lib/content/table.ts read
 * from the content files by the same reader the content check uses (src/node/content.ts), without
 * Astro's content layer. Under Vitest, Astro reads collections from a data store that only
 * `astro dev` writes (.astro/data-store.json), so a fresh checkout, or a stale store, would render
 * the diagrams from no data or old data; syncing the store before each run takes 20 s.
 * Installed with `vi.mock('astro:content', () => import('./astro-content.ts'))`.
 */
import { readCollection } from '../../src/node/content.ts';
import { CONTENT, type CollectionName } from '../../src/lib/content/table.ts';

/** content.config.ts calls it; the collection is what it declares. */
export const defineCollection = <T>(collection: T): T => collection;

/** The entries of a collection, in file order, as Astro's `getCollection` returns them. */
export async function getCollection(name: string): Promise<{ id: string; data: unknown }[]> {
  if (!(name in CONTENT)) throw new Error(`astro:content (test): no collection "${name}" in src/lib/content/table.ts`);
  return readCollection('.', name as CollectionName);
}
