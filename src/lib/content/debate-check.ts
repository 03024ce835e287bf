/**
 * Rules for the debate (content/debate/positions.yaml, costs.yaml) and for the sources every
 * position rests on, so that balance and attribution cannot drift back:
 * - every position names a person or an organisation (not "officials" or "analysts"), is dated,
 *   and rests on a source in sources.yaml that our checks have not flagged unreliable;
 * - nonpartisan analysts (sources marked `analyst`) are analysis, never a side, and only they are;
 * - the sides get the same room: supporters and critics differ by at most one position.
 * Pure: callers pass parsed data and get problems naming file, field and value.
 */
import type { CitationProblem } from './citations.ts';
import type { CostEstimate, Position } from '../schema/debate.ts';
import type { Source } from '../schema/source.ts';

/** Words that stand for people who are not named: a position must name who speaks. */
const UNNAMED = /\b(unnamed|anonymous|unidentified|officials|analysts|observers|experts|sources|critics|supporters|some)\b/i;

/** The most that the number of supporters' and critics' positions may differ by. */
export const BALANCE_TOLERANCE = 1;

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
    const source = sources.get(position.source);
    if (!source) return;
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
