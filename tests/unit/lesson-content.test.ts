/**
 * The kit's 50-minute lesson (content/teach/lesson-kit.yaml, `lesson`): its minutes add up, it
 * opens with a warm-up and closes with an exit ticket, its parts name the kit's activities and
 * questions, and its answers quote the order word for word. Each failure edits a copy of the real
 * content and must name the file and the field, as the build prints it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonKitSchema, type LessonKit } from '../../src/lib/schema/teach.ts';
import { problemsAfterEdit } from '../shared/edited-content.ts';

const FILE = 'content/teach/lesson-kit.yaml';
const { lesson } = lessonKitSchema.parse(parse(readFileSync(FILE, 'utf8')));
const kitProblems = (edit: (kit: LessonKit) => void) => problemsAfterEdit<LessonKit>(FILE, edit);

describe('the 50-minute lesson', () => {
  it('runs 50 minutes: its parts add up to exactly 50, warm-up first, exit ticket last, with a timed activity between', () => {
    expect(lesson.minutes).toBe(50);
    expect(lesson.segments.reduce((sum, part) => sum + part.minutes, 0)).toBe(50);
    expect(lesson.segments[0].kind).toBe('warm-up');
    expect(lesson.segments.at(-1)!.kind).toBe('exit-ticket');
    expect(lesson.segments.filter((part) => part.kind === 'activity').length).toBeGreaterThanOrEqual(1);
    expect(kitProblems(() => {})).toEqual([]);
  });

  it('fails when the minutes do not add up, saying by how much', () => {
    expect(
      kitProblems((kit) => {
        kit.lesson.segments[1].minutes += 5;
      }),
    ).toEqual(["content/teach/lesson-kit.yaml: lesson.segments: the parts' minutes add up to 55, not the lesson's 50"]);
  });

  it('fails without a warm-up first or an exit ticket last', () => {
    expect(
      kitProblems((kit) => {
        kit.lesson.segments.reverse();
      }),
    ).toEqual([
      'content/teach/lesson-kit.yaml: lesson.segments[0].kind: a lesson opens with a warm-up',
      `content/teach/lesson-kit.yaml: lesson.segments[${lesson.segments.length - 1}].kind: a lesson closes with an exit ticket`,
    ]);
  });

  it('fails on an activity or a question the kit does not have, and on an activity part without one', () => {
    expect(
      kitProblems((kit) => {
        kit.lesson.segments[1].activity = 'no-such-diagram';
        kit.lesson.segments[3].question = 'no-such-question';
      }),
    ).toEqual([
      'content/teach/lesson-kit.yaml: lesson.segments[1].activity: no activity for the diagram "no-such-diagram" in activities',
      'content/teach/lesson-kit.yaml: lesson.segments[3].question: unknown question id "no-such-question" (not in questions)',
    ]);
    expect(
      kitProblems((kit) => {
        delete kit.lesson.segments[1].activity;
      }),
    ).toEqual(['content/teach/lesson-kit.yaml: lesson.segments[1].activity: an activity part names its `activity`']);
  });

  it("fails on an answer's quote that is not word for word, naming the task", () => {
    expect(
      kitProblems((kit) => {
        kit.lesson.segments[4].tasks[1].cite!.quote = 'Within 90 days of the date of this order';
      }),
    ).toEqual([
      'content/teach/lesson-kit.yaml: lesson.segments[4].tasks[1].cite.quote: the quote "Within 90 days of the date of this order" is not word for word in Sec. 3 (sec-3)',
    ]);
  });
});
