/** Build-time inputs of the history of the order: the events, with computed dates resolved. */
import { getList } from '../../data/site.ts';
import { resolveHistory } from './model.ts';

export async function getHistory() {
  return resolveHistory(await getList('history'));
}
