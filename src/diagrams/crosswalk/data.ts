/** Build-time inputs of the crosswalk of layer names, shared by /matrix/ and its embed. */
import { getRecord } from '../../data/site.ts';

export function getCrosswalk() {
  return getRecord('crosswalk');
}
