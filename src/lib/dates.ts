/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no time zone can move a day.
 */

/** The date `days` after `isoDate`: addDays('2025-01-27', 60) is '2025-03-28'. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 28, 2025" from "2025-03-28"; "May 2025" from "2025-05"; "2025" from "2025". */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!month) return String(year);
  if (!day) return `${LONG_MONTHS[month - 1]} ${year}`;
  return `${LONG_MONTHS[month - 1]} ${day}, ${year}`;
}
