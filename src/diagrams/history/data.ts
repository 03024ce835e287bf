/** Build-time inputs of the history of the order: the events, with computed dates resolved. */
import { getCollection } from 'astro:content';
import { resolveHistory } from './model.ts';

export async function getHistory() {
  const entries = await getCollection('history');
  return resolveHistory(entries.map((entry) => entry.data));
}
