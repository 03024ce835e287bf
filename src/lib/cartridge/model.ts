/**
 * A course as an IMS Common Cartridge 1.1 holds it, before it is written out: modules of items,
 * each item one resource with one file. Pure types; manifest.ts writes the manifest, package.ts
 * the zip, course.ts builds one from the lesson kit.
 */

/** The kinds of resource the cartridge uses, and the type each has in the manifest (CC 1.1). */
export const RESOURCE_TYPES = {
  webcontent: 'webcontent',
  discussion: 'imsdt_xmlv1p1',
  weblink: 'imswl_xmlv1p1',
  assessment: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
} as const;

export type ResourceKind = keyof typeof RESOURCE_TYPES;

export interface CartridgeResource {
  /** Its identifier in the manifest: an XML name, unique in the cartridge. */
  id: string;
  title: string;
  kind: ResourceKind;
  /** Where its one file sits inside the package, and the file's text. */
  path: string;
  content: string;
}

export interface CartridgeModule {
  id: string;
  title: string;
  resources: readonly CartridgeResource[];
}

export interface Cartridge {
  /** The manifest's identifier (an XML name). */
  id: string;
  title: string;
  description: string;
  /** The rights statement (licence and attribution). */
  rights: string;
  keywords: readonly string[];
  modules: readonly CartridgeModule[];
}

/** An XML name from an id of ours ("kill-chain" → "kill-chain"; one starting with a digit gets a prefix). */
export function xmlName(prefix: string, id: string): string {
  const name = `${prefix}${id}`.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}
