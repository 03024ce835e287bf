/**
 * The tour's file (content/tour/steps.yaml): its self-check quotes the order word for word like
 * every other quote, and a broken self-check fails the content check (the build's first step)
 * naming the file and the field. Each case edits a copy of the real content.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tourSchema, type Tour } from '../../src/lib/schema/tour.ts';
import { problemsAfterEdit } from '../shared/edited-content.ts';

const FILE = 'content/tour/steps.yaml';
const real = (): Tour => tourSchema.parse(parse(readFileSync(FILE, 'utf8')));
/** The content check's lines about the tour, for a copy of the content whose tour file is `edit`ed. */
const tourProblems = (edit: (tour: Tour) => void) => problemsAfterEdit<Tour>(FILE, edit);

describe('the tour self-check', () => {
  it('has three or four questions, each with exactly one right option, and passes the check', () => {
    const tour = real();
    expect(tour.selfCheck.length).toBeGreaterThanOrEqual(3);
    expect(tour.selfCheck.length).toBeLessThanOrEqual(4);
    for (const question of tour.selfCheck) expect(question.options.filter((option) => option.correct)).toHaveLength(1);
    expect(tourProblems(() => {})).toEqual([]);
  });

  it('fails on a quote that is not word for word, naming the file, the question and the passage', () => {
    expect(
      tourProblems((tour) => {
        tour.selfCheck[2].cite.quote = tour.selfCheck[2].cite.quote.replace('countervalue', 'counterforce');
      }),
    ).toEqual([
      expect.stringMatching(
        /^content\/tour\/steps\.yaml: selfCheck\[2\]\.cite\.quote: the quote ".*counterforce.*" is not word for word in Sec\. 3\(a\)\(iv\) \(sec-3-a-iv\)$/,
      ),
    ]);
  });

  it('fails on an unknown passage', () => {
    expect(
      tourProblems((tour) => {
        tour.selfCheck[0].cite.passage = 'sec-3-a-ix';
      }),
    ).toEqual([expect.stringMatching(/^content\/tour\/steps\.yaml: selfCheck\[0\]\.cite\.passage: unknown passage id "sec-3-a-ix"/)]);
  });

  it('fails on a question with two right options, or none', () => {
    expect(
      tourProblems((tour) => {
        tour.selfCheck[1].options.forEach((option) => (option.correct = true));
        tour.selfCheck[3].options.forEach((option) => (option.correct = false));
      }),
    ).toEqual([
      'content/tour/steps.yaml: selfCheck[1].options: exactly one option must be correct',
      'content/tour/steps.yaml: selfCheck[3].options: exactly one option must be correct',
    ]);
  });

  it('still checks the steps, now under `steps`', () => {
    expect(
      tourProblems((tour) => {
        tour.steps[1].cites[0].quote = 'Acceleration of the deployment of the tracking layer';
      }),
    ).toEqual([expect.stringMatching(/^content\/tour\/steps\.yaml: steps\[1\]\.cites\[0\]\.quote: the quote /)]);
  });
});
