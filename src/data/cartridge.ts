/**
 * The course cartridge and the per-diagram cartridges at build time: the lesson kit, the order,
 * the sources and the debate from the collections, the diagrams from the registry (passed in by
 * the routes: src/data does not import diagrams), written by
 * src/lib/cartridge/ into .imscc bytes. Every entry's date is the lesson kit's check date
 * (content/checked.yaml), so two builds of the same content give the same bytes.
 */
import { getCollection } from 'astro:content';
import type { DiagramInfo } from '../lib/diagram-types.ts';
import { courseCartridge, diagramCartridge, type CourseInput } from '../lib/cartridge/course.ts';
import { packCartridge } from '../lib/cartridge/package.ts';
import { pageChecked } from './checked.ts';
import { getDebate } from './reporting.ts';
import { getOrderById, getSourcesById } from './site.ts';
import { siteUrl } from './embeds.ts';

/** Where the cartridges are served (site paths). */
export const COURSE_CARTRIDGE_PATH = '/teach/golden-dome.imscc';
export const diagramCartridgePath = (id: string) => `/teach/cartridges/${id}.imscc`;

async function courseInput(diagrams: readonly DiagramInfo[]): Promise<CourseInput> {
  const [kit] = await getCollection('lessonKit');
  return {
    kit: kit.data,
    diagrams,
    order: await getOrderById(),
    sources: await getSourcesById(),
    positions: (await getDebate()).positionsById,
    site: siteUrl(),
  };
}

function stamp(): string {
  const date = pageChecked(['teach/lesson-kit.yaml']);
  if (!date) throw new Error('content/checked.yaml: teach/lesson-kit.yaml needs a date (the cartridges are stamped with it)');
  return date;
}

export async function courseCartridgeBytes(diagrams: readonly DiagramInfo[]): Promise<Uint8Array<ArrayBuffer>> {
  return packCartridge(courseCartridge(await courseInput(diagrams)), stamp());
}

export async function diagramCartridgeBytes(diagrams: readonly DiagramInfo[], id: string): Promise<Uint8Array<ArrayBuffer>> {
  return packCartridge(diagramCartridge(await courseInput(diagrams), id), stamp());
}
