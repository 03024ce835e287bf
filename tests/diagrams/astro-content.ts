/**
 * `astro:content` for the diagram snapshot tests: the collections of src/content.config.ts, loaded
 * from the content files each time a test asks, without Astro's content layer. Under Vitest,
 * Astro reads collections from a data store that only `astro dev` writes (.astro/data-store.json),
 * so a fresh checkout, or a stale store, would render the diagrams from no data or old data;
 * syncing the store before each run takes 20 s. This runs the collections' own `file()` loaders
 * (so their parsers are not copied here) with their own schemas; the element pages (an MDX
 * `glob()`) are read by the same function the build's citation check uses.
 * Installed with `vi.mock('astro:content', () => import('./astro-content.ts'))`.
 */
import { pathToFileURL } from 'node:url';
import { readElementFiles } from '../../src/node/content-files.ts';
import { elementSchema } from '../../src/lib/schema/element.ts';

interface Entry {
  id: string;
  data: unknown;
}
interface Collection {
  loader: { name: string; load: (context: unknown) => Promise<void> };
  schema: { parse: (data: unknown) => unknown };
}

/** content.config.ts calls it; the collection is what it declares. */
export const defineCollection = <T>(collection: T): T => collection;

const ROOT = pathToFileURL(`${process.cwd()}/`);
const loaded = new Map<string, Promise<Entry[]>>();

async function load(name: string): Promise<Entry[]> {
  const { collections } = (await import('../../src/content.config.ts')) as unknown as { collections: Record<string, Collection> };
  const collection = collections[name];
  if (!collection) throw new Error(`astro:content (test): no collection "${name}" in src/content.config.ts`);
  if (name === 'elements') {
    return readElementFiles('.').map(({ file, frontmatter }) => ({
      id: file.replace(/^.*\/|\.mdx?$/g, ''),
      data: elementSchema.parse(frontmatter),
    }));
  }
  if (collection.loader.name !== 'file-loader') {
    throw new Error(
      `astro:content (test): "${name}" uses the ${collection.loader.name}; tests/diagrams/astro-content.ts reads only file() collections and the elements`,
    );
  }
  const entries = new Map<string, Entry>();
  const fail = (message: string) => {
    throw new Error(`astro:content (test): ${name}: ${message}`);
  };
  await collection.loader.load({
    collection: name,
    config: { root: ROOT, prerenderConflictBehavior: 'error' },
    logger: { error: fail, warn: fail, info: () => {}, debug: () => {} },
    parseData: async ({ data }: { data: unknown }) => collection.schema.parse(data),
    store: {
      clear: () => entries.clear(),
      set: (entry: Entry) => entries.set(entry.id, { id: entry.id, data: entry.data }),
    },
  });
  return [...entries.values()];
}

/** The entries of a collection, in file order, as Astro's `getCollection` returns them. */
export function getCollection(name: string): Promise<Entry[]> {
  if (!loaded.has(name)) loaded.set(name, load(name));
  return loaded.get(name)!;
}
