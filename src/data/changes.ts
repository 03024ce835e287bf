/** The dated content changes, newest first (content/changes/changes.yaml). */
import type { Change } from '../lib/schema/changes.ts';
import { getList } from './site.ts';

/** The file lists them newest first (the content check enforces it); the list keeps that order. */
export function getChanges(): Promise<Change[]> {
  return getList('changes');
}
