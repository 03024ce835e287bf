/** Build-time inputs of the crosswalk of layer names, shared by /matrix/ and its embed. */
import { getCollection } from 'astro:content';

export async function getCrosswalk() {
  const [crosswalk] = await getCollection('crosswalk');
  return crosswalk.data;
}
