/**
 * "What's new": the written changes (content/changes/changes.yaml) and the history events added
 * since (content/history/events.yaml, `added`), newest first; and how current the record is
 * (content/history/searched.yaml).
 */
import { latestEventDate, mergeChanges } from '../lib/changes.ts';
import type { Change, SearchRecord } from '../lib/schema/changes.ts';
import { getList, getRecord } from './site.ts';

export async function getChanges(): Promise<Change[]> {
  // The file lists them newest first (the content check enforces it); keep that order.
  const written = (await getList('changes')).map(({ position: _position, ...change }) => change);
  return mergeChanges(written, await getList('history'));
}

/** When developments were last searched for, and the date of the newest event the record holds. */
export async function getSearchRecord(): Promise<SearchRecord & { latestEvent: string | null }> {
  return { ...(await getRecord('searchRecord')), latestEvent: latestEventDate(await getList('history')) };
}
