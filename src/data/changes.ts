/**
 * "What's new": the written changes (content/changes/changes.yaml) and the history events added
 * since (content/history/events.yaml, `added`), newest first; and how current the record is
 * (content/history/searched.yaml).
 */
import { getCollection } from 'astro:content';
import { latestEventDate, mergeChanges } from '../lib/changes.ts';
import type { Change, SearchRecord } from '../lib/schema/changes.ts';

export async function getChanges(): Promise<Change[]> {
  const entries = await getCollection('changes');
  // The file lists them newest first (the content check enforces it); keep that order.
  const written = entries.sort((a, b) => a.data.position - b.data.position).map(({ data: { position: _position, ...change } }) => change);
  const events = (await getCollection('history')).map((entry) => entry.data);
  return mergeChanges(written, events);
}

/** When developments were last searched for, and the date of the newest event the record holds. */
export async function getSearchRecord(): Promise<SearchRecord & { latestEvent: string | null }> {
  const [record] = await getCollection('searchRecord');
  const events = (await getCollection('history')).map((entry) => entry.data);
  const { id: _id, ...fields } = record.data;
  return { ...fields, latestEvent: latestEventDate(events) };
}
