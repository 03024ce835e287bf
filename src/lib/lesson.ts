/**
 * The 50-minute lesson as a timetable: each part with the minute it starts and ends, for the
 * sequence on /teach/, the worksheet and the answer key (src/components/teach/LessonSheet.astro)
 * and their copies in the course cartridge (src/lib/cartridge/course.ts). Pure.
 */
import { SEGMENT_KIND_LABELS, type Lesson, type LessonSegment } from './schema/teach.ts';

export interface TimedSegment extends Omit<LessonSegment, 'tasks'> {
  /** The tasks, numbered through the whole lesson (so "question 7" is the same on both handouts). */
  tasks: (LessonSegment['tasks'][number] & { number: number })[];
  /** The number of its first task. */
  firstTask: number;
  /** 1-based place in the lesson. */
  number: number;
  /** Minutes from the start of the lesson. */
  from: number;
  to: number;
  /** "Warm-up", "Activity", … */
  kindLabel: string;
  /** "0–5 min" */
  clock: string;
}

export function lessonTimetable(lesson: Lesson): TimedSegment[] {
  let from = 0;
  let task = 0;
  return lesson.segments.map((part, index) => {
    const to = from + part.minutes;
    const firstTask = task + 1;
    const tasks = part.tasks.map((entry) => ({ ...entry, number: ++task }));
    const timed = {
      ...part,
      tasks,
      firstTask,
      number: index + 1,
      from,
      to,
      kindLabel: SEGMENT_KIND_LABELS[part.kind],
      clock: `${from}–${to} min`,
    };
    from = to;
    return timed;
  });
}

/** Where the lesson's two handouts are served (site paths). */
export const WORKSHEET_PATH = '/teach/worksheet/';
export const ANSWER_KEY_PATH = '/teach/answer-key/';
