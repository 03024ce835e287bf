/** Build-time inputs of the requirements matrix, shared by /matrix/ and its embed. */
import { getCollection } from 'astro:content';
import { getElements, getOrder } from '../../data/site.ts';
import { buildMatrix } from './model.ts';

export async function getMatrixRows() {
  const [requirements] = await getCollection('requirements');
  const order = await getOrder();
  const elements = (await getElements()).map((entry) => entry.data);
  return buildMatrix(
    requirements.data.rows,
    elements,
    order.map((paragraph) => paragraph.id),
  );
}
