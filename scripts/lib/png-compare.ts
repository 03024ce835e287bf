/**
 * Two folders of PNGs compared pixel by pixel (pixelmatch on pngjs's decoding): for each image
 * of the reference folder, how many pixels the other folder's image of the same name differs
 * in. Used to hold a change to the link-preview pipeline to the cards it drew before
 * (`npm run compare:previews`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface ImageComparison {
  name: string;
  /** Pixels that differ (threshold 0: any change of any channel counts), or null when the image cannot be compared. */
  differing: number | null;
  total: number;
  problem?: string;
}

/** One image against its reference; `threshold` 0 counts every change. */
export function comparePng(
  reference: Buffer,
  candidate: Buffer,
  threshold = 0,
): { differing: number | null; total: number; problem?: string } {
  const a = PNG.sync.read(reference);
  const b = PNG.sync.read(candidate);
  const total = a.width * a.height;
  if (a.width !== b.width || a.height !== b.height) {
    return { differing: null, total, problem: `size ${b.width}×${b.height}, not ${a.width}×${a.height}` };
  }
  return { differing: pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold, includeAA: true }), total };
}

/** Every PNG of `referenceDir` against the one of the same name in `candidateDir`. */
export function comparePngFolders(referenceDir: string, candidateDir: string): ImageComparison[] {
  const names = readdirSync(referenceDir)
    .filter((name) => name.endsWith('.png'))
    .sort();
  if (names.length === 0) throw new Error(`No PNG images in ${referenceDir} to compare against.`);
  return names.map((name) => {
    const candidate = join(candidateDir, name);
    if (!existsSync(candidate)) return { name, differing: null, total: 0, problem: `missing from ${candidateDir}` };
    return { name, ...comparePng(readFileSync(join(referenceDir, name)), readFileSync(candidate)) };
  });
}
