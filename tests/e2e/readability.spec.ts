/**
 * Plain language, measured (issue 29): the parts a student reads first are held to a
 * Flesch-Kincaid grade of 9 or below, over the built text. Each part is declared where it is
 * rendered, with `data-readability="<part>"` on the element that holds our words; quotations (the
 * order's or a person's own words) are left out, since we may not simplify them
 * (tests/shared/readability.ts). The grade is taken over each part as a whole, as a reader meets it,
 * and the report names the hardest items so that a writer knows where to start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { selectAll } from 'css-select';
import { textContent, getAttributeValue } from 'domutils';
import type { Element } from 'domhandler';
import { expect, test } from './fixtures.ts';
import { htmlFiles } from '../../scripts/lib/link-check.ts';
import { readingGrade, withoutQuotations } from '../shared/readability.ts';

/** The parts held to the grade, and where each must appear. */
const PARTS = {
  home: '/',
  tour: '/tour/',
  'element summaries': '/elements/',
  glossary: '/glossary/',
  debate: '/debate/',
  costs: '/costs/',
  'explorable introduction': '/explore/space-interceptors/',
  worksheet: '/teach/worksheet/',
} as const;
const MAX_GRADE = 9;

/** Every marked text in the build, by part. */
function markedTexts(): Map<string, { page: string; text: string }[]> {
  const parts = new Map<string, { page: string; text: string }[]>();
  for (const file of htmlFiles('dist')) {
    const page = file.slice('dist'.length).replace(/index\.html$/, '');
    const document = parseDocument(readFileSync(join(file), 'utf8'));
    for (const node of selectAll('[data-readability]', document) as unknown as Element[]) {
      const part = getAttributeValue(node, 'data-readability')!;
      const text = textContent(node).replace(/\s+/g, ' ').trim();
      if (text) parts.set(part, [...(parts.get(part) ?? []), { page, text }]);
    }
  }
  return parts;
}

const texts = markedTexts();

for (const [part, page] of Object.entries(PARTS)) {
  test(`${part} reads at grade ${MAX_GRADE} or below`, () => {
    const items = texts.get(part) ?? [];
    expect(
      items.some((item) => item.page === page),
      `no text marked data-readability="${part}" on ${page}`,
    ).toBe(true);
    const grade = readingGrade(items.map((item) => withoutQuotations(item.text)).join(' '));
    const hardest = items
      .map((item) => ({ grade: readingGrade(withoutQuotations(item.text)), ...item }))
      .sort((a, b) => b.grade - a.grade)
      .slice(0, 5)
      .map((item) => `${item.grade.toFixed(1)} ${item.page}: ${item.text.slice(0, 100)}`);
    expect(grade, `${part}: grade ${grade.toFixed(1)}; the hardest items:\n${hardest.join('\n')}`).toBeLessThanOrEqual(MAX_GRADE);
  });
}

test('no part is marked that the test does not hold to the grade', () => {
  expect([...texts.keys()].filter((part) => !(part in PARTS))).toEqual([]);
});
