/**
 * Rules for the debate (content/debate/positions.yaml, costs.yaml) and for the sources every
 * position rests on, so that balance and attribution cannot drift back:
 * - every position names a person or an organisation (not "officials" or "analysts"), is dated,
 *   and rests on a source in sources.yaml that our checks have not flagged unreliable;
 * - nonpartisan analysts (sources marked `analyst`) are analysis, never a side, and only they are;
 * - the sides get the same room: supporters and critics differ by at most one position, and each
 *   side argues the substance (at least one position of kind `argument`, not only announcements);
 * - the debate is current: a position and its source date from the program's start (2025) on,
 *   unless the position is marked `historical`.
 * Pure: callers pass parsed data and get problems naming file, field and value.
 */
import type { CitationProblem } from './citations.ts';
import type { CostEstimate, Position } from '../schema/debate.ts';
import type { Source } from '../schema/source.ts';

/** Words that stand for people who are not named: a position must name who speaks. */
const UNNAMED = /\b(unnamed|anonymous|unidentified|officials|analysts|observers|experts|sources|critics|supporters|some)\b/i;

/** The most that the number of supporters' and critics' positions may differ by. */
export const BALANCE_TOLERANCE = 1;

/** The year the program began (the order was signed on January 27, 2025). */
export const PROGRAM_START_YEAR = 2025;

const SIDE_NAMES = { for: 'supporters', against: 'critics' } as const;

/** Which side of the balance a position counts on, if any. */
export function sideOf(position: Pick<Position, 'group' | 'stance'>): 'for' | 'against' | null {
  if (position.stance === 'supports' && (position.group === 'us-government' || position.group === 'supporters')) return 'for';
  if (position.stance === 'critical' && position.group === 'critics') return 'against';
  return null;
}

export function checkPositions(file: string, positions: readonly Position[], sources: ReadonlyMap<string, Source>): CitationProblem[] {
  const problems: CitationProblem[] = [];
  // Unknown source ids and repeated ids are the generic content check's (src/lib/content/check.ts).
  positions.forEach((position, index) => {
    const at = `[${index}]`;
    for (const field of ['person', 'organisation'] as const) {
      const name = position[field];
      if (name && UNNAMED.test(name))
        problems.push({
          file,
          field: `${at}.${field}`,
          message: `"${name}" does not name who speaks: give a named person or organisation`,
        });
    }
    if (position.via) {
      const via = sources.get(position.via);
      if (via?.flagged)
        problems.push({
          file,
          field: `${at}.via`,
          message: `the source "${via.id}" is flagged unreliable (${via.flagged}); a position may not rest on it`,
        });
    }
    const side = sideOf(position);
    if (side && !position.kind)
      problems.push({
        file,
        field: `${at}.kind`,
        message: `the ${SIDE_NAMES[side]}' positions need a kind: "argument" (it argues the substance) or "announcement" (a decision, a figure or a verdict)`,
      });
    const before = (date: string) => Number(date.slice(0, 4)) < PROGRAM_START_YEAR;
    if (!position.historical && before(position.date))
      problems.push({
        file,
        field: `${at}.date`,
        message: `${position.date} is before the program began (${PROGRAM_START_YEAR}): use a current statement, or mark the position historical: true`,
      });
    const source = sources.get(position.source);
    if (!source) return;
    if (!position.historical && before(source.date) && !before(position.date))
      problems.push({
        file,
        field: `${at}.source`,
        message: `the source "${source.id}" is dated ${source.date}, before the program began (${PROGRAM_START_YEAR}): cite a current source, or mark the position historical: true`,
      });
    if (source.flagged)
      problems.push({
        file,
        field: `${at}.source`,
        message: `the source "${source.id}" is flagged unreliable (${source.flagged}); a position may not rest on it`,
      });
    if (source.analyst && position.stance !== 'analysis') {
      problems.push({
        file,
        field: `${at}.stance`,
        message: `${source.publisher} is a nonpartisan analyst: its findings take stance "analysis", not "${position.stance}"`,
      });
    }
    if (!source.analyst && position.stance === 'analysis') {
      problems.push({
        file,
        field: `${at}.stance`,
        message: `stance "analysis" is for nonpartisan analysts (sources marked analyst); "${source.id}" is not one`,
      });
    }
    if ((position.group === 'analysis') !== (position.stance === 'analysis')) {
      problems.push({ file, field: `${at}.group`, message: 'analysts are in group "analysis" with stance "analysis", and no one else is' });
    }
  });
  const count = (side: 'for' | 'against') => positions.filter((position) => sideOf(position) === side).length;
  const [supporters, critics] = [count('for'), count('against')];
  if (Math.abs(supporters - critics) > BALANCE_TOLERANCE) {
    problems.push({
      file,
      field: '(balance)',
      message: `supporters have ${supporters} positions and critics ${critics}: the sides may differ by at most ${BALANCE_TOLERANCE}`,
    });
  }
  for (const side of ['for', 'against'] as const) {
    const ofSide = positions.filter((position) => sideOf(position) === side);
    // A position without a kind is reported above; judge the side once every position has one.
    const judged = ofSide.length > 0 && ofSide.every((position) => position.kind);
    if (judged && !ofSide.some((position) => position.kind === 'argument'))
      problems.push({
        file,
        field: '(arguments)',
        message: `the ${SIDE_NAMES[side]}' positions are all announcements: give the side at least one position of kind "argument" that argues the substance`,
      });
  }
  return problems;
}

export function checkCosts(file: string, costs: readonly CostEstimate[], sources: ReadonlyMap<string, Source>): CitationProblem[] {
  return costs.flatMap((estimate, index) => {
    const source = sources.get(estimate.source);
    if (source && estimate.kind === 'analyst' && !source.analyst) {
      return [
        {
          file,
          field: `[${index}].kind`,
          message: `"analyst" is for nonpartisan analysts; the source "${source.id}" is not marked analyst`,
        },
      ];
    }
    return [];
  });
}
