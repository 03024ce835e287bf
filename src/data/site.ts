/**
 * Access to the content collections for pages and components, sorted and indexed the way the
 * site presents them. Astro-only (it imports astro:content); pure logic stays in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import meta from '../../content/order/meta.json';
import { elementsByPassage } from '../lib/content/citations.ts';
import { withBase } from '../lib/paths.ts';
import { sortElements } from '../lib/elements.ts';
import { shortSourceLabel } from '../lib/source-label.ts';
import type { OrderMeta } from '../lib/order.ts';
import type { CollectionData, CollectionName } from '../lib/content/table.ts';

export type ElementEntry = CollectionEntry<'elements'>;
export type OrderEntry = CollectionEntry<'order'>;
export type SourceEntry = CollectionEntry<'sources'>;

export const orderMeta: OrderMeta & typeof meta = meta;

type ListName = { [K in CollectionName]: CollectionData<K> extends { position: number } ? K : never }[CollectionName];

/** A list's entries (src/lib/content/table.ts), in the file's order. */
export async function getList<K extends ListName>(name: K): Promise<CollectionData<K>[]> {
  const entries = (await getCollection(name)) as unknown as { data: CollectionData<K> }[];
  return entries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
}

/** A record's one value (src/lib/content/table.ts). */
export async function getRecord<K extends CollectionName>(name: K): Promise<CollectionData<K>> {
  const [entry] = (await getCollection(name)) as unknown as { data: CollectionData<K> }[];
  return entry.data;
}

/** Every paragraph of the order, in document order. */
export async function getOrder(): Promise<OrderEntry['data'][]> {
  return getList('order');
}

/** The order's paragraphs by id. */
export async function getOrderById(): Promise<Map<string, OrderEntry['data']>> {
  return new Map((await getOrder()).map((paragraph) => [paragraph.id, paragraph]));
}

/**
 * Every element in reading order: by layer (space sensors, boost, midcourse, terminal, across the
 * chain, policy), then by `sequence` within the layer. Lists, previous/next and focus order use it.
 */
export async function getElements(): Promise<ElementEntry[]> {
  const entries = await getCollection('elements');
  return sortElements(entries.map((entry) => ({ entry, data: entry.data }))).map(({ entry }) => entry);
}

/** Passage id → the elements that cite it, in flight order. */
export async function getElementsByPassage(): Promise<Map<string, ElementEntry['data'][]>> {
  return elementsByPassage((await getElements()).map((entry) => entry.data));
}

/** Sources by id. */
export async function getSourcesById(): Promise<Map<string, SourceEntry['data']>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((entry) => [entry.data.id, entry.data]));
}

/** A source as a short label ("CBO, 2026") and its address, for inline attributions in diagrams. */
export async function sourceRef(id: string): Promise<{ label: string; href: string | null }> {
  const source = (await getSourcesById()).get(id);
  if (!source) throw new Error(`Unknown source id "${id}".`);
  return { label: shortSourceLabel(source), href: source.url ?? null };
}

/** A site path with the deployment base path in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
