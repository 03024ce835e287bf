/**
 * The requirements matrix: each requirement with the phases and threats it concerns, filled from
 * the elements that cite its passage, and a sort order for its deadline. Pure; the page renders
 * it and a small script sorts and filters the table.
 */
import { PHASES, THREATS, type Phase, type Threat } from '../../lib/vocabulary.ts';
import type { Requirement } from '../../lib/schema/matrix.ts';
import type { ElementData } from '../../lib/schema/element.ts';

export interface MatrixRow extends Requirement {
  /** Elements that cite the passage, in reading order. */
  elements: { id: string; title: string }[];
  /** For each phase, how many citing elements act in it. */
  phaseCounts: Record<Phase, number>;
  /** For each threat, how many citing elements concern it. */
  threatCounts: Record<Threat, number>;
  /** Position of the deadline in time: 60 days first, then after the architecture, then none. */
  deadlineRank: number;
  /** Position in the order. */
  orderRank: number;
}

const DEADLINE_RANK = { 'sixty-days': 0, 'after-architecture': 1, none: 2 } as const;

export function buildMatrix(
  requirements: readonly Requirement[],
  elements: readonly Pick<ElementData, 'id' | 'title' | 'phases' | 'threats' | 'cites'>[],
  passageOrder: readonly string[],
): MatrixRow[] {
  return requirements.map((requirement) => {
    const citing = elements.filter((element) => element.cites.some((cite) => cite.passage === requirement.passage));
    const count = <K extends string>(keys: readonly K[], pick: (element: (typeof citing)[number]) => readonly string[]) =>
      Object.fromEntries(keys.map((key) => [key, citing.filter((element) => pick(element).includes(key)).length])) as Record<K, number>;
    return {
      ...requirement,
      elements: citing.map(({ id, title }) => ({ id, title })),
      phaseCounts: count(PHASES, (element) => element.phases),
      threatCounts: count(THREATS, (element) => element.threats),
      deadlineRank: DEADLINE_RANK[requirement.when.kind],
      orderRank: passageOrder.indexOf(requirement.passage),
    };
  });
}
