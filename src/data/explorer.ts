/** Build-time inputs of the space-interceptor explorable, shared by its page and its embed. */
import { getLand } from './land.ts';
import { href, sourceRef } from './site.ts';
import { GLOBE_SIZE, globePath, initialGlobeRotation } from '../lib/globe.ts';
import { DEFAULT_INPUTS } from '../lib/sbi-model.ts';

/** The globe centres on a launch point near North Korea's longitude; the model ignores longitude. */
export const LAUNCH_LON = 127;

/**
 * The land outline at the globe's first view, drawn at build by GlobeLand.astro. It is not an
 * island prop: as slot markup it reaches the page once, where a prop would send it twice.
 */
export function getInitialLandPath(): string {
  return globePath({ rotation: initialGlobeRotation([LAUNCH_LON, DEFAULT_INPUTS.launchLatDeg]), size: GLOBE_SIZE }, getLand());
}

export async function getExplorerInputs() {
  const ref = async (id: string) => {
    const { label, href: link } = await sourceRef(id);
    return { sourceLabel: label, href: link };
  };
  return {
    landUrl: href('/data/land-110m.json'),
    launchLon: LAUNCH_LON,
    references: [
      {
        label: 'APS study, 2003',
        value: 1600,
        text: 'At least about 1,600 space-based interceptors to defend against one solid-fuel ICBM from North Korea, even with assumptions the study called “extremely optimistic” (as reported by SpaceNews)',
        ...(await ref('spacenews-2003-aps')),
      },
      {
        label: 'CBO, 2026 (notional system)',
        value: 7800,
        text: 'About 7,800 space-based interceptors in a notional national system of four interceptor layers, as reported; orbits of 300–500 km and “three to five minutes available in the boost phase”',
        ...(await ref('cbo-2026-nmd-costs')),
      },
    ],
  };
}
