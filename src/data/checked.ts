/** When each content file was last checked against its sources (content/checked.yaml). Build only. */
import { parse as parseYaml } from 'yaml';
import checkedText from '../../content/checked.yaml?raw';
import { checkedSchema } from '../lib/schema/changes.ts';
import { lastChecked } from '../lib/content/checked.ts';

const dates = checkedSchema.parse(parseYaml(checkedText));

/** The oldest check date of the content files a page shows (see lastChecked). */
export function pageChecked(files: readonly string[]): string | null {
  return lastChecked(dates, files);
}
