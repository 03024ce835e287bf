/** Build-time inputs of the space-interceptor explorable, shared by its page and its embed. */
import { getLand } from './land.ts';
import { getRecord, href, sourceRef } from '../../data/site.ts';
import { GLOBE_SIZE, globePath, initialGlobeRotation } from './globe.ts';
import { ASSUMED_INPUTS, defaultInputs, presetsFromFuels } from './model.ts';
import type { ReferencePoint } from './types.ts';
import { compactPathData } from '../../lib/path-data.ts';

/** The globe centres on a launch point near North Korea's longitude; the model ignores longitude. */
export const LAUNCH_LON = 127;

/**
 * The land outline at the globe's first view, drawn at build by GlobeLand.astro. It is not an
 * island prop: as slot markup it reaches the page once, where a prop would send it twice. It is
 * written in relative steps (compactPathData): the same outline to a tenth of a pixel, in about
 * 60% of the gzip of d3's absolute path (12.6 to 7.2 KB on the explorable's page).
 */
export function getInitialLandPath(): string {
  return compactPathData(
    globePath({ rotation: initialGlobeRotation([LAUNCH_LON, ASSUMED_INPUTS.launchLatDeg]), size: GLOBE_SIZE }, getLand()),
  );
}

/** The fuels' sourced boost times (content/diagrams/kill-chain.yaml): the presets, and the default's burn time. */
export async function getFuels() {
  return (await getRecord('killChain')).fuels;
}

/** The default scenario (the first fuel) and one preset per fuel. */
export async function getScenarios() {
  const fuels = await getFuels();
  return { defaults: defaultInputs(fuels[0].boostSeconds), presets: presetsFromFuels(fuels) };
}

export async function getExplorerInputs() {
  const references: ReferencePoint[] = await Promise.all(
    (await getRecord('spaceInterceptors')).references.map(async (reference) => {
      const { label, href: link } = await sourceRef(reference.source);
      const via = reference.via ? await sourceRef(reference.via) : null;
      return {
        label: reference.label,
        value: reference.value,
        atLeast: reference.atLeast,
        sizedFor: reference.sizedFor,
        text: reference.text,
        sourceLabel: via ? `${label}, as reported in ${via.label}` : label,
        href: link ?? via?.href ?? null,
      };
    }),
  );
  return { landUrl: href('/data/land-110m.json'), launchLon: LAUNCH_LON, references, ...(await getScenarios()) };
}
