// `npm run compare:previews -- <reference folder> [candidate folder, default dist/og]`: the link-preview
// cards of a build against a kept copy, pixel by pixel; one line per card, exit 1 if any differs.
import { comparePngFolders } from './lib/png-compare.ts';

const [reference, candidate = 'dist/og'] = process.argv.slice(2);
if (!reference) {
  console.error('Usage: npm run compare:previews -- <folder of reference PNGs> [folder to check, default dist/og]');
  process.exit(2);
}
const results = comparePngFolders(reference, candidate);
for (const { name, differing, total, problem } of results) {
  console.log(`${name}: ${problem ?? `${differing} of ${total} pixels differ`}`);
}
const failed = results.filter((result) => result.differing !== 0);
console.log(
  failed.length === 0
    ? `All ${results.length} cards are pixel-identical to ${reference}.`
    : `${failed.length} of ${results.length} cards differ from ${reference}.`,
);
process.exit(failed.length === 0 ? 0 : 1);
