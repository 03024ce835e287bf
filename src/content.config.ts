/**
 * The content collections: the rows of src/lib/content/table.ts (all content lives in /content, not
 * src/content) on Astro's loaders. MDX folders take glob(); every other file takes file() with the
 * table's own parsing, so Astro and the content check read each file the same way.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT, loaderEntries, type CollectionName } from './lib/content/table.ts';

type Collections = { [K in CollectionName]: { loader: ReturnType<typeof file>; schema: (typeof CONTENT)[K]['schema'] } };

export const collections = Object.fromEntries(
  Object.entries(CONTENT).map(([name, { path, shape, schema }]) => [
    name,
    defineCollection({
      loader:
        shape === 'mdx'
          ? glob({ pattern: '*.mdx', base: `./${path}` })
          : file(path, { parser: (text) => loaderEntries(name as CollectionName, text, path) as Record<string, unknown>[] }),
      schema,
    }),
  ]),
) as unknown as Collections;
