/** The dated content changes, newest first (content/changes/changes.yaml). */
import { getCollection } from 'astro:content';
import type { Change } from '../lib/schema/changes.ts';

export async function getChanges(): Promise<Change[]> {
  const entries = await getCollection('changes');
  // The file lists them newest first (the content check enforces it); keep that order.
  return entries.sort((a, b) => a.data.position - b.data.position).map(({ data: { position: _position, ...change } }) => change);
}
