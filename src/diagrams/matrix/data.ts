/** Build-time inputs of the requirements matrix, shared by /matrix/ and its embed. */
import { getElements, getList, getOrder } from '../../data/site.ts';
import { buildMatrix } from './model.ts';

export async function getMatrixRows() {
  const requirements = await getList('requirements');
  const order = await getOrder();
  const elements = (await getElements()).map((entry) => entry.data);
  return buildMatrix(
    requirements,
    elements,
    order.map((paragraph) => paragraph.id),
  );
}
