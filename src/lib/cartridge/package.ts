/**
 * A cartridge as the bytes of its .imscc file: a zip (fflate) of the manifest and every
 * resource's file. Every entry gets the same fixed time and the files go in a fixed order, so
 * the same content always gives the same bytes (two builds, the same SHA-256).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { manifestXml } from './manifest.ts';
import type { Cartridge } from './model.ts';

/** Every file of the cartridge by its path in the package, the manifest first. Throws on a path used twice. */
export function cartridgeFiles(cartridge: Cartridge): Map<string, string> {
  const files = new Map<string, string>([['imsmanifest.xml', manifestXml(cartridge)]]);
  for (const resource of cartridge.modules.flatMap((module) => module.resources)) {
    if (files.has(resource.path)) throw new Error(`cartridge "${cartridge.id}": two files at "${resource.path}"`);
    files.set(resource.path, resource.content);
  }
  return files;
}

/**
 * The .imscc file. `modified` (YYYY-MM-DD) is the date written for every entry: a date from the
 * content, never the build's clock. Zip stores a local date and time without a zone, and fflate
 * takes them from a Date's local fields, so the Date is made from local fields too: the same
 * bytes in every time zone.
 */
export function packCartridge(cartridge: Cartridge, modified: string): Uint8Array<ArrayBuffer> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(modified);
  if (!match) throw new Error(`packCartridge: "${modified}" is not an ISO date (YYYY-MM-DD)`);
  // fflate writes the entry's time from the Date's local fields: build one whose local fields are the date.
  const mtime = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12, 0, 0);
  const entries: Zippable = {};
  for (const [path, content] of cartridgeFiles(cartridge)) entries[path] = [strToU8(content), { mtime, level: 9 }];
  // A copy over a plain ArrayBuffer: what a Response body takes (fflate's type allows a shared buffer).
  return new Uint8Array(zipSync(entries));
}
