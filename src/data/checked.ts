/** When each content file was last checked against its sources (content/checked.yaml). Build only. */
import { lastChecked } from '../lib/content/checked.ts';
import { getRecord } from './site.ts';

/** The oldest check date of the content files a page shows (see lastChecked). */
export async function pageChecked(files: readonly string[]): Promise<string | null> {
  return lastChecked(await getRecord('checked'), files);
}
