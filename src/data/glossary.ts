/** The glossary, loaded once per build: terms in alphabetical order, by id, and their phrases for matching. */
import { getCollection } from 'astro:content';
import { termPhrases, type TermPhrase } from '../lib/glossary.ts';
import type { Term } from '../lib/schema/glossary.ts';

let cached: Promise<{ terms: Term[]; byId: Map<string, Term>; phrases: TermPhrase[] }> | undefined;

export function getGlossary() {
  cached ??= (async () => {
    const terms = (await getCollection('glossary')).map((entry) => ({
      ...entry.data,
      definition: entry.data.definition.replace(/\s+/g, ' ').trim(),
    }));
    terms.sort((a, b) => a.term.localeCompare(b.term, 'en'));
    return { terms, byId: new Map(terms.map((term) => [term.id, term])), phrases: termPhrases(terms) };
  })();
  return cached;
}
