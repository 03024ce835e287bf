/** How a source is named in short, beside a claim it supports (a diagram's fade reasons, a phase's duration). */
import { formatLongDate } from './dates.ts';
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

/**
 * The parts of a full citation, as SourceCitation.astro shows them and the course cartridge
 * writes them as text: primary or secondary, the author when named, the publisher, the title (in
 * brackets when it is our description) and the date (marked when it is an archive or reading date).
 */
export function citationParts(source: Source): { standing: string; author?: string; publisher: string; title: string; date: string } {
  const date = {
    published: formatLongDate(source.date),
    archived: `archived ${formatLongDate(source.date)}`,
    read: `undated; read ${formatLongDate(source.date)}`,
  }[source.dateKind];
  return {
    standing: source.standing === 'primary' ? 'Primary' : 'Secondary',
    author: source.author,
    publisher: source.publisher,
    title: source.titleDescribed ? `[${source.title}]` : source.title,
    date,
  };
}

/** A full citation as one line of text: "Primary. Missile Defense Agency, BMD Basics (undated; read March 1, 2026)." */
export function citationText(source: Source): string {
  const { standing, author, publisher, title, date } = citationParts(source);
  return `${standing}. ${author ? `${author}, ` : ''}${publisher}, ${title} (${date}).`;
}
