/** How a source is named in short, beside a claim it supports (a diagram's fade reasons, a phase's duration). */
import type { Source } from './schema/source.ts';

/** "CBO, 2021" from a source: the publisher's first words and the year. */
export function shortSourceLabel(source: Source): string {
  const publisher = source.publisher.replace(/\s*\(.*\)\s*$/, '');
  const abbreviations: Record<string, string> = {
    'Congressional Budget Office': 'CBO',
    'Congressional Research Service': 'CRS',
    'Missile Defense Agency': 'MDA',
    'American Physical Society': 'APS',
    'Government Accountability Office': 'GAO',
  };
  return `${abbreviations[publisher] ?? publisher}, ${source.date.slice(0, 4)}`;
}
