import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { htmlFiles } from '../../scripts/lib/link-check.ts';
import { runTogetherWords } from '../shared/run-together.ts';

/**
 * Words stay apart in the built text: no page runs a word into the inline element beside it
 * ("radiusR + h"), as Astro 7's default whitespace rules did to every paragraph Prettier wraps
 * (astro.config.mjs sets compressHTML: true; tests/shared/run-together.ts says what counts).
 */
test('no built page runs two words together', () => {
  const pages = htmlFiles('dist');
  expect(pages.length).toBeGreaterThan(30);
  const problems = pages.flatMap((file) => runTogetherWords(readFileSync(file, 'utf8')).map((words) => `${file}: "${words}"`));
  expect(problems).toEqual([]);
});
