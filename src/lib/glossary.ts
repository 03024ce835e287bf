/**
 * Finding glossary terms in prose, so that the first use of each term on a page links to its
 * definition (and, with JavaScript, opens it in a popover). Pure: used by the rehype plugin for
 * MDX bodies and by TermText.astro for text from YAML.
 */

/** A phrase that marks a term in prose. */
export interface TermPhrase {
  id: string;
  phrase: string;
}

/** Every term's phrases (its name and aliases, lower-cased), longest first so "boost phase" wins over "boost". */
export function termPhrases(terms: readonly { id: string; term: string; aliases: readonly string[] }[]): TermPhrase[] {
  const phrases = terms.flatMap((term) =>
    [...new Set([term.term.toLowerCase(), ...term.aliases.map((alias) => alias.toLowerCase())])].map((phrase) => ({ id: term.id, phrase })),
  );
  return phrases.sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
}

export type Segment = { text: string; term?: undefined } | { text: string; term: string };

const WORD = /[\p{L}\p{N}]/u;

/**
 * Split `text` into plain segments and term segments: the first whole-word occurrence (any case)
 * of each term not yet in `used`. Adds the terms it marks to `used`, so a page marks each term once.
 */
export function splitByTerms(text: string, phrases: readonly TermPhrase[], used: Set<string>): Segment[] {
  const lower = text.toLowerCase();
  const found: { start: number; end: number; id: string }[] = [];
  for (const { id, phrase } of phrases) {
    if (used.has(id) || found.some((match) => match.id === id)) continue;
    let from = 0;
    for (;;) {
      const start = lower.indexOf(phrase, from);
      if (start === -1) break;
      const end = start + phrase.length;
      const wholeWord = (start === 0 || !WORD.test(lower[start - 1])) && (end === lower.length || !WORD.test(lower[end]));
      const overlaps = found.some((match) => start < match.end && match.start < end);
      if (wholeWord && !overlaps) {
        found.push({ start, end, id });
        break;
      }
      from = start + 1;
    }
  }
  found.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let position = 0;
  for (const match of found) {
    if (match.start > position) segments.push({ text: text.slice(position, match.start) });
    segments.push({ text: text.slice(match.start, match.end), term: match.id });
    used.add(match.id);
    position = match.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}
