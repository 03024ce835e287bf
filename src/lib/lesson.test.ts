import { describe, expect, it } from 'vitest';
import { lessonTimetable } from './lesson.ts';
import type { Lesson, LessonSegment } from './schema/teach.ts';

const task = { prompt: 'p', lines: 1, answer: 'a' };
const part = (kind: LessonSegment['kind'], minutes: number, tasks = 1): LessonSegment => ({
  kind,
  title: kind,
  minutes,
  teacher: 't',
  tasks: Array.from({ length: tasks }, () => task),
});

describe('lessonTimetable', () => {
  it('gives each part the minutes it starts and ends at, one after another, and numbers tasks through the lesson', () => {
    const lesson: Lesson = { title: 'x', minutes: 20, segments: [part('warm-up', 5), part('activity', 12, 2), part('exit-ticket', 3)] };
    const timed = lessonTimetable(lesson);
    expect(timed.map(({ number, from, to, clock, kindLabel, firstTask }) => ({ number, from, to, clock, kindLabel, firstTask }))).toEqual([
      { number: 1, from: 0, to: 5, clock: '0–5 min', kindLabel: 'Warm-up', firstTask: 1 },
      { number: 2, from: 5, to: 17, clock: '5–17 min', kindLabel: 'Activity', firstTask: 2 },
      { number: 3, from: 17, to: 20, clock: '17–20 min', kindLabel: 'Exit ticket', firstTask: 4 },
    ]);
    expect(timed.flatMap((segment) => segment.tasks.map((entry) => entry.number))).toEqual([1, 2, 3, 4]);
  });
});
