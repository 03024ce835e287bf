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

/**
 * The other way round: no inline element ends in a space that a mark then follows ("ICBM ,",
 * '" midcourse "'), as glossary terms did when a component laid the link's text out on lines of
 * its own under compressHTML: true (TermText.astro writes it with set:text).
 */
test('no built page leaves a space between an inline element’s last word and the punctuation after it', () => {
  const spaced = /[^\s>]{1,30}\s+<\/(?:a|abbr|b|cite|code|em|i|q|span|strong|time)>(?:[,.;:!?)”’]|&quot;)/g;
  const problems = htmlFiles('dist').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(spaced)].map(([match]) => `${file}: "${match}"`),
  );
  expect(problems).toEqual([]);
});
